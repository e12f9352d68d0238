package ca.pratiqueshlm.bench;

import ca.pratiqueshlm.bench.ProcessTimer.Measure;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs what is compared in rounds, one run of each per round, and keeps the median of each. On this
 * shared machine a slow minute then weighs on every contestant alike: run one after the other, stock
 * JBake's three builds took a minute and the ratio to ours moved with whatever else ran in that minute
 * (docs/BENCHMARK.md, twentieth session).
 */
final class Rounds {
    /** One timed run; {@code round} counts from 1. */
    interface TimedRun {
        Measure run(int round) throws IOException, InterruptedException;
    }

    private Rounds() {}

    /**
     * The median wall time of {@code rounds} runs of each contestant, in the contestants' order, each with
     * the highest peak memory seen in its runs.
     */
    static List<Measure> interleaved(int rounds, List<TimedRun> contestants) throws IOException, InterruptedException {
        return medians(rounds, contestants, false);
    }

    /**
     * As {@link #interleaved}, the order reversed every other round: on a shared machine the second build
     * of a pair is often the faster, and always putting one kind second flattered it.
     */
    static List<Measure> alternating(int rounds, List<TimedRun> contestants) throws IOException, InterruptedException {
        return medians(rounds, contestants, true);
    }

    private static List<Measure> medians(int rounds, List<TimedRun> contestants, boolean alternate)
            throws IOException, InterruptedException {
        double[][] seconds = new double[contestants.size()][rounds];
        long[] peaks = new long[contestants.size()];
        for (int round = 0; round < rounds; round++) {
            for (int turn = 0; turn < contestants.size(); turn++) {
                int c = alternate && round % 2 == 1 ? contestants.size() - 1 - turn : turn;
                Measure measure = contestants.get(c).run(round + 1);
                seconds[c][round] = measure.seconds();
                peaks[c] = Math.max(peaks[c], measure.peakKb());
            }
        }
        List<Measure> medians = new ArrayList<>();
        for (int c = 0; c < contestants.size(); c++) {
            medians.add(new Measure(median(seconds[c]), peaks[c]));
        }
        return List.copyOf(medians);
    }

    /** The middle value, or the mean of the two middle ones; NaN when there is none. */
    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
