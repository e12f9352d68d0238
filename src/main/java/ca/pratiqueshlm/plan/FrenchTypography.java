package ca.pratiqueshlm.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Quebec French typography, applied once at build time to the text a reader sees, so editors keep
 * typing plain text: a no-break space (U+00A0) before « : », a narrow no-break space (U+202F) before
 * « ; ? ! » and inside « », ’ for apostrophes, an en dash in year ranges (2013–2014), … for "...",
 * and raised ordinals (1<sup>re</sup>, 2<sup>e</sup>) where markup is allowed. Every rule only turns
 * what the editor typed into its typographic form, so applying it twice changes nothing. Code, URLs,
 * attributes and the search index are never touched: callers give text only.
 */
public final class FrenchTypography {
    public static final char NBSP = '\u00A0';
    public static final char NNBSP = '\u202F';

    /** Elements whose text is not prose: left exactly as written. */
    static final Set<String> VERBATIM = Set.of("code", "pre", "kbd", "samp", "var", "script", "style", "textarea");
    /** Elements whose content is text only: typeset, but no {@code <sup>} may go in. */
    static final Set<String> PLAIN = Set.of("title", "option", "svg", "textarea");

    private static final Pattern ELLIPSIS = Pattern.compile("\\.\\.\\.");
    private static final Pattern BEFORE_COLON = Pattern.compile("[ \\t\\r\\n\\u00A0]+:");
    private static final Pattern BEFORE_HIGH = Pattern.compile("[ \\t\\r\\n\\u00A0]+([;?!»])");
    private static final Pattern NO_SPACE_BEFORE_CLOSING = Pattern.compile("(?<![ \\t\\r\\n\\u00A0\\u202F])»");
    private static final Pattern AFTER_OPENING = Pattern.compile("«(?:[ \\t\\r\\n\\u00A0]+|(?![\\u202F]))");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<![\\d\\p{L}/.-])((?:1[89]|20)\\d\\d)-((?:1[89]|20)\\d\\d)(?![\\d/-])");
    private static final Pattern ORDINAL = Pattern.compile("(?<![\\p{L}\\d.,/-])(\\d{1,3})(re|er|res|ers|e|es)(?![\\p{L}\\d])");

    private FrenchTypography() {
    }

    /** Typesets plain text (no markup in, none out): spaces, apostrophes, dashes, ellipses. */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // Every page goes through here, text node by text node, and most nodes hold none of the
        // characters a rule needs: each rule runs only where its character is present (profiled).
        String s = text;
        if (s.contains("...")) {
            s = ELLIPSIS.matcher(s).replaceAll("\u2026");
        }
        if (s.indexOf('\'') >= 0) {
            s = apostrophes(s);
        }
        if (s.indexOf(':') >= 0) {
            s = BEFORE_COLON.matcher(s).replaceAll("\u00A0:");
        }
        if (s.indexOf(';') >= 0 || s.indexOf('?') >= 0 || s.indexOf('!') >= 0 || s.indexOf('»') >= 0) {
            s = BEFORE_HIGH.matcher(s).replaceAll("\u202F$1");
        }
        if (s.indexOf('»') >= 0) {
            s = NO_SPACE_BEFORE_CLOSING.matcher(s).replaceAll("\u202F»");
        }
        if (s.indexOf('«') >= 0) {
            s = AFTER_OPENING.matcher(s).replaceAll("«\u202F");
        }
        return hasDigitAround(s, '-') ? YEAR_RANGE.matcher(s).replaceAll("$1\u2013$2") : s;
    }

    /** ’ for every ' that follows a letter (the lookbehind pattern, written out: French is full of them). */
    private static String apostrophes(String s) {
        StringBuilder out = null;
        for (int k = s.indexOf('\''); k >= 0; k = s.indexOf('\'', k + 1)) {
            if (k > 0 && Character.isLetter(s.codePointBefore(k))) {
                if (out == null) {
                    out = new StringBuilder(s);
                }
                out.setCharAt(k, '\u2019');
            }
        }
        return out == null ? s : out.toString();
    }

    /** Whether some {@code c} in {@code s} has an ASCII digit right before and right after it. */
    private static boolean hasDigitAround(String s, char c) {
        for (int k = s.indexOf(c, 1); k >= 0 && k < s.length() - 1; k = s.indexOf(c, k + 1)) {
            if (isDigit(s.charAt(k - 1)) && isDigit(s.charAt(k + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Whether {@link #escapedText} could change {@code text[from, to)}: false when it holds none of the
     * characters a rule starts from (what each rule tests before it runs, in one scan).
     */
    static boolean mayChange(String text, int from, int to, boolean ordinals) {
        for (int k = from; k < to; k++) {
            switch (text.charAt(k)) {
                case '\'', ':', ';', '?', '!', '\u00BB', '\u00AB', '-' -> {
                    return true;
                }
                case '.' -> {
                    if (text.startsWith("...", k)) {
                        return true;
                    }
                }
                case '&' -> {
                    if (text.startsWith("&#39;", k) || text.startsWith("&apos;", k) || text.startsWith("&#x27;", k)) {
                        return true;
                    }
                }
                case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                    if (ordinals && k + 1 < to && (text.charAt(k + 1) == 'e' || text.charAt(k + 1) == 'r')) {
                        return true;
                    }
                }
                default -> {
                    // No rule starts from this character.
                }
            }
        }
        return false;
    }

    /** Whether {@code s} holds a digit followed by "e" or "r", without which no ordinal can match. */
    private static boolean mayHoldOrdinal(String s) {
        for (int k = 0; k < s.length() - 1; k++) {
            if (isDigit(s.charAt(k)) && (s.charAt(k + 1) == 'e' || s.charAt(k + 1) == 'r')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Typesets already-escaped HTML text (no tags): {@link #text} plus ordinals as {@code <sup>} when
     * {@code ordinals} is set. Entities stay as they are, except the escaped apostrophe and quote, which
     * need no escaping in text.
     */
    static String escapedText(String escaped, boolean ordinals) {
        String s = text(escaped.replace("&#39;", "'").replace("&apos;", "'").replace("&#x27;", "'"));
        return ordinals && mayHoldOrdinal(s) ? ORDINAL.matcher(s).replaceAll("$1<sup>$2</sup>") : s;
    }

    /** The classes whose code decides the typeset text: a cache of what is typeset later keys on them. */
    public static List<Class<?>> implementation() {
        return List.of(FrenchTypography.class, MarkupTypesetter.class);
    }

    /** Typesets a whole HTML page or fragment: text only, ordinals raised; see {@link MarkupTypesetter}. */
    public static String html(String html) {
        return MarkupTypesetter.html(html);
    }

    /** Typesets an XML document (a feed): only the text of the {@code textElements}, never raised ordinals. */
    public static String xml(String xml, Set<String> textElements) {
        return MarkupTypesetter.xml(xml, textElements);
    }

    /** Typesets the text nodes under {@code root} in place (for jsoup documents, such as the PDFs'). */
    public static void apply(Element root) {
        for (TextNode node : textNodes(root)) {
            String typeset = text(node.getWholeText());
            Matcher m = ORDINAL.matcher(typeset);
            if (inside(node, PLAIN) || !m.find()) {
                if (!typeset.equals(node.getWholeText())) {
                    node.text(typeset);
                }
                continue;
            }
            m.reset();
            Node anchor = node;
            int last = 0;
            while (m.find()) {
                Node before = new TextNode(typeset.substring(last, m.end(1)));
                Node sup = new Element("sup").text(m.group(2));
                anchor.after(before);
                before.after(sup);
                anchor = sup;
                last = m.end();
            }
            anchor.after(new TextNode(typeset.substring(last)));
            node.remove();
        }
    }

    private static List<TextNode> textNodes(Element root) {
        List<TextNode> nodes = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode t && !inside(t, VERBATIM)) {
                nodes.add(t);
            }
        });
        return nodes;
    }

    private static boolean inside(Node node, Set<String> names) {
        for (Node n = node.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && (names.contains(e.normalName()) || "no".equals(e.attr("translate")))) {
                return true;
            }
        }
        return false;
    }
}
