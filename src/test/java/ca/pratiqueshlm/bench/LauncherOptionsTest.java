package ca.pratiqueshlm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark runs each build with the options the {@code fiches} launcher gives that build. */
class LauncherOptionsTest {
    @Test
    void aBuildWithPdfsGetsTheParallelCollectorAndALargerYoungGeneration() {
        List<String> options = Benchmark.forBuild(Benchmark.LAUNCHER_OPTIONS, List.of("build", "--project", "."));

        assertTrue(options.contains(Benchmark.PARALLEL_COLLECTOR));
        assertFalse(options.contains(Benchmark.SERIAL_COLLECTOR), "one collector only, or the JVM refuses to start");
        assertTrue(options.containsAll(Benchmark.WITH_PDF_OPTIONS));
        assertFalse(options.containsAll(Benchmark.WITHOUT_PDF_OPTIONS));
    }

    @Test
    void aBuildWithoutPdfsKeepsTheSerialCollectorAndCompilesSooner() {
        List<String> options = Benchmark.forBuild(Benchmark.LAUNCHER_OPTIONS, List.of("build", "--no-pdf"));

        assertTrue(options.contains(Benchmark.SERIAL_COLLECTOR));
        assertFalse(options.contains(Benchmark.PARALLEL_COLLECTOR));
        assertTrue(options.containsAll(Benchmark.WITHOUT_PDF_OPTIONS));
    }

    @Test
    void optionsGivenWithJvmAndOtherCommandsAreLeftAsTheyAre() {
        List<String> given = List.of("-Xint");
        assertEquals(given, Benchmark.forBuild(given, List.of("build")));
        assertEquals(Benchmark.LAUNCHER_OPTIONS, Benchmark.forBuild(Benchmark.LAUNCHER_OPTIONS, List.of("check")));
    }
}
