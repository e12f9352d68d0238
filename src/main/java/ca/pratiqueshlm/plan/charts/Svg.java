package ca.pratiqueshlm.plan.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes SVG markup as text. Every attribute value and text is escaped here, so chart classes never
 * build markup by concatenation, and numbers are written the same way on every machine (no locale,
 * at most one decimal), so the same data gives byte-identical pictures.
 */
final class Svg {
    private final StringBuilder out = new StringBuilder(4096);

    /** {@code <tag a="v"…>}: attributes come as name, value pairs; a null value leaves the attribute out. */
    Svg open(String tag, Object... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** {@code <tag a="v"…/>}. */
    Svg empty(String tag, Object... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** {@code <tag a="v"…>text</tag>}. */
    Svg element(String tag, String text, Object... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Svg text(String text) {
        appendEscaped(text);
        return this;
    }

    Svg close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(Object[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value != null) {
                String text = value instanceof Number n ? number(n.doubleValue()) : value.toString();
                out.append(' ').append(attributes[i]).append("=\"");
                appendEscaped(text);
                out.append('"');
            }
        }
    }

    /** "12", "12.5", "-3": one decimal at most, a dot, no exponent, whatever the default locale. */
    static String number(double value) {
        // Most coordinates are whole: written as BigDecimal would, without making one (a 10,000-fiche
        // build writes a few million numbers).
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /**
     * Appends {@code text} with the five XML special characters escaped, straight into the picture; fine
     * for text and for quoted attribute values.
     */
    private void appendEscaped(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            String entity = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null) {
                out.append(text, run, i).append(entity);
                run = i + 1;
            }
        }
        out.append(text, run, text.length());
    }
}
