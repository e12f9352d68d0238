package ca.pratiqueshlm.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Runs a Java main class in a fresh JVM and measures its wall time, start to exit. */
final class ProcessTimer {
    private final String java;
    private final String classpath;
    private final Path logs;
    private final List<String> jvmOptions;

    /**
     * @param classpath this JVM's class path, made absolute so the child may run from anywhere
     * @param jvmOptions options for every child JVM, ours and JBake's alike (none by default)
     */
    ProcessTimer(String classpath, Path logs, List<String> jvmOptions) {
        this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        this.classpath = Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator));
        this.logs = logs;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** The command as it will run, for the report. */
    List<String> command(String mainClass, List<String> args) {
        return command(mainClass, args, jvmOptions);
    }

    /** The command with the given JVM options instead of the default ones. */
    List<String> command(String mainClass, List<String> args, List<String> options) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(args);
        return command;
    }

    /** Seconds from launch to exit; a failed run is an error, with the end of its output. */
    double time(String label, String mainClass, List<String> args) throws IOException, InterruptedException {
        return time(label, mainClass, args, jvmOptions);
    }

    /** {@link #time(String, String, List)} with the given JVM options. */
    double time(String label, String mainClass, List<String> args, List<String> options)
            throws IOException, InterruptedException {
        Path log = logs.resolve(label.replaceAll("[^A-Za-z0-9.-]+", "_") + ".log");
        ProcessBuilder builder = new ProcessBuilder(command(mainClass, args, options))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        int code = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != 0) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
            throw new IOException(label + " a échoué (code " + code + ") :\n" + tail);
        }
        return seconds;
    }
}
