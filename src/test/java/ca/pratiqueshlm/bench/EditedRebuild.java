package ca.pratiqueshlm.bench;

import ca.pratiqueshlm.bench.ProcessTimer.Measure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The real site rebuilt after one fiche changed, without and with its PDFs, as an editor previews a
 * change and then publishes it: the caches are warm, one paragraph is added to a fiche before every
 * build, and the two kinds of build alternate, in turn first and second, so both see the same machine.
 * The PDFs' target is 1.5× the HTML-only time (issue 13).
 */
final class EditedRebuild {
    /** The medians of each kind of build. */
    record Pair(int fiches, Measure html, Measure pdf) {
        double ratio() {
            return pdf.seconds() / html.seconds();
        }
    }

    private final ProcessTimer timer;
    private final String jar;
    private final List<String> options;

    EditedRebuild(ProcessTimer timer, String jar, List<String> options) {
        this.timer = timer;
        this.jar = jar;
        this.options = options;
    }

    Pair measure(Path repository, Path work, int runs) throws IOException, InterruptedException {
        Path project = BenchProjects.realCopy(repository, work.resolve("reel-modifie"));
        Path output = work.resolve("reel-modifie-site");
        List<Path> fiches;
        try (var files = Files.list(project.resolve("content/fiches"))) {
            fiches = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Path edited = fiches.get(fiches.size() / 2);
        // The first builds fill the caches (pages, PDFs): what an editor's clone has after one build.
        build(project, output, false, "reel-modifie-preparation-html");
        build(project, output, true, "reel-modifie-preparation-pdf");
        List<Rounds.TimedRun> kinds = new ArrayList<>();
        for (boolean withPdfs : new boolean[] {false, true}) {
            kinds.add(round -> {
                edit(edited, (round - 1) + (withPdfs ? "b" : "a"));
                return build(project, output, withPdfs, "reel-modifie-" + (withPdfs ? "pdf-" : "html-") + round);
            });
        }
        // Which kind goes first alternates, so both see the same machine.
        List<Measure> medians = Rounds.alternating(runs, kinds);
        return new Pair(fiches.size(), new Measure(medians.get(0).seconds(), 0), medians.get(1));
    }

    private Measure build(Path project, Path output, boolean pdf, String label) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("build", "--project", project.toString(), "--output", output.toString()));
        if (!pdf) {
            args.add(1, "--no-pdf");
        }
        return timer.time(label, ProcessTimer.java(jar, Benchmark.forBuild(options, args), Benchmark.OUR_MAIN, args));
    }

    private static void edit(Path fiche, String mark) throws IOException {
        Files.writeString(fiche, "\nParagraphe de mesure " + mark + ".\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
