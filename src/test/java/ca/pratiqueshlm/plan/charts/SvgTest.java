package ca.pratiqueshlm.plan.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SvgTest {
    @Test
    void escapesTextAndAttributesSoContentCannotBreakOutOfTheMarkup() {
        String svg = new Svg().element("text", "L'<b>\"Amitié\" & cie", "aria-label", "a\"><script>").toString();
        assertEquals("<text aria-label=\"a&quot;&gt;&lt;script&gt;\">L&#39;&lt;b&gt;&quot;Amitié&quot; &amp; cie</text>",
                svg);
    }

    @Test
    void writesNumbersTheSameWayWhateverTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.CANADA_FRENCH);
            assertEquals("<rect x=\"12.5\" y=\"3\" width=\"0.3\"/>",
                    new Svg().empty("rect", "x", 12.5, "y", 3.0, "width", 1.0 / 3).toString());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void writesWholeNumbersAsTheOneDecimalRuleDoes() {
        // Whole numbers take a shorter path: it must give the same text as the rule for every other number.
        for (double value : new double[] {0, -0.0, 3, -3, 12, 250, -250, 1e6, 123456789012345.0, 0.04, 0.05, 0.15,
                2.25, -2.35, 999.96}) {
            String rule = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros()
                    .toPlainString();
            assertEquals(rule, Svg.number(value), "pour " + value);
        }
    }

    @Test
    void leavesOutAttributesWithoutValue() {
        assertEquals("<line x1=\"1\"/>", new Svg().empty("line", "x1", 1, "stroke-dasharray", null).toString());
    }

    @Test
    void aChartScaledForPrintKeepsItsProportionsAndItsContent() {
        String chart = ChartFrame.open("c", "test", 800, 200, "Titre", "Description", false)
                .empty("rect", "width", 10, "height", 5).close("svg").toString();
        String scaled = ChartFrame.scaled(chart, 600);
        assertEquals(chart.replace("width=\"800\" height=\"200\"", "width=\"600\" height=\"150\""), scaled);
    }
}
