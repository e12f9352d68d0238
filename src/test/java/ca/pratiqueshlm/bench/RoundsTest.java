package ca.pratiqueshlm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.bench.ProcessTimer.Measure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundsTest {
    @Test
    void eachRoundRunsEveryContestantOnceAndEachKeepsItsOwnMedianAndPeak() throws Exception {
        List<String> order = new ArrayList<>();
        // The machine slows down in the second round: both contestants pay for it in the same round.
        double[] slowdown = {1.0, 3.0, 1.2};
        Rounds.TimedRun ours = round -> {
            order.add("ours-" + round);
            return new Measure(1.0 * slowdown[round - 1], 100 * round);
        };
        Rounds.TimedRun theirs = round -> {
            order.add("theirs-" + round);
            return new Measure(10.0 * slowdown[round - 1], 50);
        };

        List<Measure> medians = Rounds.interleaved(3, List.of(ours, theirs));

        assertEquals(List.of("ours-1", "theirs-1", "ours-2", "theirs-2", "ours-3", "theirs-3"), order);
        assertEquals(new Measure(1.2, 300), medians.get(0));
        assertEquals(new Measure(12.0, 50), medians.get(1));
    }

    @Test
    void alternatingRoundsPutEachContestantFirstInTurn() throws Exception {
        List<String> order = new ArrayList<>();
        Rounds.TimedRun html = round -> {
            order.add("html-" + round);
            return new Measure(1.0, 0);
        };
        Rounds.TimedRun pdf = round -> {
            order.add("pdf-" + round);
            return new Measure(1.5, 0);
        };

        List<Measure> medians = Rounds.alternating(3, List.of(html, pdf));

        assertEquals(List.of("html-1", "pdf-1", "pdf-2", "html-2", "html-3", "pdf-3"), order);
        assertEquals(1.0, medians.get(0).seconds());
        assertEquals(1.5, medians.get(1).seconds());
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoAndOfNothingIsNotANumber() {
        assertEquals(2.5, Rounds.median(new double[] {4, 1, 3, 2}));
        assertEquals(3.0, Rounds.median(new double[] {5, 3, 1}));
        assertTrue(Double.isNaN(Rounds.median(new double[0])));
    }
}
