package ca.pratiqueshlm.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command in a new process and measures its wall time, launch to exit, and its peak resident
 * memory (Linux {@code VmHWM}, sampled while it runs; 0 where /proc is absent).
 */
final class ProcessTimer {
    private final Path logs;

    ProcessTimer(Path logs) {
        this.logs = logs;
    }

    /** Wall seconds and peak resident memory of one run. */
    record Measure(double seconds, long peakKb) {}

    /** The command line of a Java main class run with {@code classpath} and {@code options}. */
    static List<String> java(String classpath, List<String> options, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(args);
        return command;
    }

    /** Runs {@code command}; a failed run is an error, with the end of its output. */
    Measure time(String label, List<String> command) throws IOException, InterruptedException {
        settle();
        Path log = log(label);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = 0;
        while (!process.waitFor(10, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, peakKb(status));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (process.exitValue() != 0) {
            throw new IOException(label + " a échoué (code " + process.exitValue() + ") :\n" + tail(log));
        }
        return new Measure(seconds, peak);
    }

    /**
     * Writes back what earlier runs left in the page cache, untimed, so that the kernel does not write it
     * on the two cores during this run: the 10,000-fiche builds leave about a gigabyte, which the kernel
     * wrote 30 s later, while the real site was being timed. Without {@code sync}, nothing is done.
     */
    private static void settle() throws InterruptedException {
        try {
            new ProcessBuilder("sync").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            // No sync command here: the runs are timed as they come.
        }
    }

    /** Starts a long-running command (a preview server) with its output going to a log. */
    Process start(String label, List<String> command, Path workingFolder) throws IOException {
        return new ProcessBuilder(command).directory(workingFolder.toFile()).redirectErrorStream(true)
                .redirectOutput(log(label).toFile()).start();
    }

    Path log(String label) {
        return logs.resolve(label.replaceAll("[^A-Za-z0-9.-]+", "_") + ".log");
    }

    static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }

    /** The process's peak resident set so far; 0 once it has exited or without /proc. */
    private static long peakKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // exited between two samples
        }
        return 0;
    }
}
