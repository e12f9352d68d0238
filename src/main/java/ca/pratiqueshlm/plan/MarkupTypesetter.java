package ca.pratiqueshlm.plan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Applies {@link FrenchTypography} to the text between the tags of serialized HTML or XML, copying
 * tags, attributes, comments, scripts, styles and code byte for byte. It works on the string the
 * template engine wrote, so a page is not re-parsed and re-serialized: only its text changes.
 */
final class MarkupTypesetter {
    private static final Set<String> RAW_TEXT = Set.of("script", "style");
    /** Marks an element with {@code translate="no"} (a URL, an identifier) in the context stack. */
    private static final String NOT_PROSE = "translate-no:";

    private final String in;
    private final StringBuilder out;
    private final boolean html;
    private final Set<String> xmlTextElements;
    /** Open elements that decide how text is treated (verbatim, plain, or XML text elements). */
    private final Deque<String> context = new ArrayDeque<>();
    private int i;

    private MarkupTypesetter(String in, boolean html, Set<String> xmlTextElements) {
        this.in = in;
        this.out = new StringBuilder(in.length() + 256);
        this.html = html;
        this.xmlTextElements = xmlTextElements;
    }

    static String html(String html) {
        return new MarkupTypesetter(html, true, Set.of()).run();
    }

    static String xml(String xml, Set<String> textElements) {
        return new MarkupTypesetter(xml, false, textElements).run();
    }

    private String run() {
        while (i < in.length()) {
            int lt = in.indexOf('<', i);
            int end = lt < 0 ? in.length() : lt;
            text(i, end);
            i = end;
            if (lt >= 0) {
                markup();
            }
        }
        return out.toString();
    }

    /** Typesets {@code in[from, to)}, a run of text between two tags, into {@code out}. */
    private void text(int from, int to) {
        if (from == to) {
            return;
        }
        String current = context.peek();
        boolean prose = html ? current == null || FrenchTypography.PLAIN.contains(current)
                : current != null && xmlTextElements.contains(current);
        boolean ordinals = html && current == null;
        // Most runs (the indentation between tags, a name, a label) hold nothing a rule changes: copied
        // as they are, without the copy into a string of their own and the rules' scans of it, which took
        // more of a page's rendering than the template engine did (profiled).
        if (!prose || !FrenchTypography.mayChange(in, from, to, ordinals)) {
            out.append(in, from, to);
        } else {
            out.append(FrenchTypography.escapedText(in.substring(from, to), ordinals));
        }
    }

    private void markup() {
        if (in.startsWith("<!--", i)) {
            copyThrough("-->");
        } else if (in.startsWith("<![CDATA[", i)) {
            copyThrough("]]>");
        } else {
            int start = i;
            copyTag();
            tagSeen(in.substring(start, i));
        }
    }

    /** Copies one tag up to its closing {@code >}, ignoring any {@code >} inside a quoted attribute. */
    private void copyTag() {
        char quote = 0;
        int j = i + 1;
        for (; j < in.length(); j++) {
            char c = in.charAt(j);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
        }
        int end = Math.min(j + 1, in.length());
        out.append(in, i, end);
        i = end;
    }

    private void copyThrough(String terminator) {
        int end = in.indexOf(terminator, i);
        end = end < 0 ? in.length() : end + terminator.length();
        out.append(in, i, end);
        i = end;
    }

    private void tagSeen(String tag) {
        boolean closing = tag.startsWith("</");
        String name = name(tag, closing ? 2 : 1);
        if (name.isEmpty() || tag.endsWith("/>")) {
            return;
        }
        if (html && !closing && RAW_TEXT.contains(name)) {
            int end = closingTag(name);
            out.append(in, i, end);
            i = end;
            return;
        }
        if (closing) {
            if (context.peek() != null && name.equals(base(context.peek()))) {
                context.pop();
            }
        } else if (tracked(name, tag)) {
            context.push(name);
        }
    }

    /**
     * Where the closing tag of raw-text element {@code name} starts, in any case, or the end of the
     * input, searched in place rather than by lower-casing the whole page for each script (profiled).
     */
    private int closingTag(String name) {
        for (int at = in.indexOf("</", i); at >= 0; at = in.indexOf("</", at + 2)) {
            if (in.regionMatches(true, at + 2, name, 0, name.length())) {
                return at;
            }
        }
        return in.length();
    }

    /** Whether an opening tag changes how the text inside it is treated. */
    private boolean tracked(String name, String tag) {
        if (!html) {
            return true;
        }
        if (!context.isEmpty() && isVerbatim(context.peek())) {
            return name.equals(base(context.peek()));
        }
        if (tag.contains("translate=\"no\"")) {
            context.push(NOT_PROSE + name);
            return false;
        }
        return FrenchTypography.VERBATIM.contains(name) || FrenchTypography.PLAIN.contains(name);
    }

    private static String base(String entry) {
        return entry.startsWith(NOT_PROSE) ? entry.substring(NOT_PROSE.length()) : entry;
    }

    private static boolean isVerbatim(String name) {
        return FrenchTypography.VERBATIM.contains(name) || name.startsWith(NOT_PROSE);
    }

    private static String name(String tag, int from) {
        int j = from;
        while (j < tag.length() && (Character.isLetterOrDigit(tag.charAt(j)) || tag.charAt(j) == '-' || tag.charAt(j) == ':')) {
            j++;
        }
        return tag.substring(from, j).toLowerCase(Locale.ROOT);
    }
}
