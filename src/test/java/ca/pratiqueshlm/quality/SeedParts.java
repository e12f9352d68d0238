package ca.pratiqueshlm.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of one source text that a locator (« repère ») can designate, and the text a locator
 * designates. The five seeds are PDF extractions of two shapes:
 * <ul>
 * <li>a slide deck (LeBlanc et Vachon): each slide's number is a lone number on its own line under the
 * slide's title; a slide runs from its title (the nearest « # » heading or plain title lines above the
 * number) to the title of the next numbered slide;</li>
 * <li>documents cut into titled sections: Markdown headings where the extraction kept them, otherwise
 * (CACDS, Bergeron et al.) lines written all in capitals. A section runs from its title to the next
 * heading of the same or a higher level; a title that is a plain line (a box, a table or photo caption,
 * a sub-title in lower case) runs to the next heading of any level.</li>
 * </ul>
 * « ensemble du document » (or « du bulletin ») designates the whole text. A locator that names no
 * slide or no title of its seed designates nothing: {@link #designate} then returns empty.
 */
final class SeedParts {
    private static final Pattern SLIDE_NUMBER = Pattern.compile("^\\s*(\\d{1,2})\\s*$");
    private static final Pattern SLIDES = Pattern.compile("diapositives?\\s+([0-9 ,à\\-–et]+)");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*(?:-|–|à)\\s*(\\d+)|(\\d+)");
    private static final Pattern QUOTED = Pattern.compile("«\\s*(.+?)\\s*»");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    /** Words that say what kind of part a locator names, not which one. */
    private static final Pattern KIND_WORDS = Pattern.compile(
            "^(?:sections?|encadrés?|tableaux?|photo|dont|note sous le|ligne du total|la section)\\s+",
            Pattern.CASE_INSENSITIVE);

    private final List<String> lines;
    private final boolean slides;
    private final boolean markdown;
    private final Map<String, String> untitled;

    SeedParts(String text, boolean slides) {
        this(text, slides, Map.of());
    }

    /**
     * @param untitled parts a locator names that carry no title in the text (a table), each mapped to the
     *     title of the section that holds it
     */
    SeedParts(String text, boolean slides, Map<String, String> untitled) {
        this.lines = List.of(text.split("\n", -1));
        this.slides = slides;
        this.markdown = lines.stream().anyMatch(l -> MARKDOWN_HEADING.matcher(l).matches());
        this.untitled = untitled;
    }

    /** The raw text the locator designates, or empty when it names no part of this seed. */
    Optional<String> designate(String locator) {
        String lower = locator.toLowerCase(Locale.ROOT);
        if (lower.startsWith("ensemble du")) {
            return Optional.of(String.join("\n", lines));
        }
        return slides ? slides(lower) : sections(locator);
    }

    // --- Slides ----------------------------------------------------------------------------------

    private Optional<String> slides(String locator) {
        Matcher m = SLIDES.matcher(locator);
        if (!m.find()) {
            return Optional.empty();
        }
        List<Integer> wanted = new ArrayList<>();
        Matcher r = RANGE.matcher(m.group(1));
        while (r.find()) {
            if (r.group(3) != null) {
                wanted.add(Integer.parseInt(r.group(3)));
            } else {
                for (int n = Integer.parseInt(r.group(1)); n <= Integer.parseInt(r.group(2)); n++) {
                    wanted.add(n);
                }
            }
        }
        StringBuilder text = new StringBuilder();
        for (int n : wanted) {
            Optional<String> slide = slide(n);
            if (slide.isEmpty()) {
                return Optional.empty();
            }
            text.append(slide.get()).append('\n');
        }
        return wanted.isEmpty() ? Optional.empty() : Optional.of(text.toString());
    }

    private Optional<String> slide(int number) {
        List<Integer> markers = new ArrayList<>();
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = SLIDE_NUMBER.matcher(lines.get(i));
            if (m.matches()) {
                markers.add(i);
                if (Integer.parseInt(m.group(1)) == number) {
                    at = markers.size() - 1;
                }
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        int from = titleStart(markers.get(at), at == 0 ? -1 : markers.get(at - 1));
        int to = at + 1 < markers.size() ? titleStart(markers.get(at + 1), markers.get(at)) : lines.size();
        return Optional.of(String.join("\n", lines.subList(from, to)));
    }

    /** The first line of a slide's title: up from its number to a « # » title, stopping at a list item. */
    private int titleStart(int marker, int previousMarker) {
        int start = marker;
        for (int i = marker - 1; i > previousMarker; i--) {
            String line = lines.get(i).strip();
            if (line.startsWith("- ") || line.startsWith("✦")) {
                break;
            }
            if (!line.isEmpty()) {
                start = i;
            }
            if (line.startsWith("# ")) {
                break;
            }
        }
        return start;
    }

    // --- Sections --------------------------------------------------------------------------------

    private record Span(int from, int to) {
        boolean within(Span other) {
            return !equals(other) && from >= other.from && to <= other.to;
        }
    }

    private Optional<String> sections(String locator) {
        List<String> quoted = new ArrayList<>();
        Matcher q = QUOTED.matcher(locator);
        while (q.find()) {
            quoted.add(q.group(1));
        }
        String plain = QUOTED.matcher(locator).replaceAll(",");
        List<Span> spans = new ArrayList<>();
        for (String title : quoted) {
            List<Span> found = titled(title);
            if (found.isEmpty()) {
                return Optional.empty(); // a quoted title is a promise: it must be in the seed
            }
            spans.addAll(found);
        }
        for (String segment : plain.split("[,;:()]|\\bet\\b")) {
            untitled.forEach((name, section) -> {
                if (key(segment).startsWith(key(name))) {
                    spans.addAll(titled(section));
                }
            });
            String title = KIND_WORDS.matcher(segment.strip()).replaceFirst("").strip();
            if (!title.isEmpty()) {
                spans.addAll(titled(title));
            }
        }
        List<Span> narrowest = spans.stream()
                .filter(s -> spans.stream().noneMatch(other -> other.within(s))).distinct().toList();
        if (narrowest.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        narrowest.forEach(s -> text.append(String.join("\n", lines.subList(s.from, s.to))).append('\n'));
        return Optional.of(text.toString());
    }

    /** Every span titled so in the seed (a title may be used twice, e.g. « Au niveau organisationnel »). */
    private List<Span> titled(String title) {
        String key = key(title);
        List<Span> spans = new ArrayList<>();
        if (key.isEmpty()) {
            return spans;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (key(lines.get(i)).equals(key)) {
                int level = level(lines.get(i));
                int end = i + 1;
                while (end < lines.size() && !(level(lines.get(end)) > 0
                        && (level == 0 || level(lines.get(end)) <= level))) {
                    end++;
                }
                spans.add(new Span(i, end));
            }
        }
        return spans;
    }

    /** 1-6 for a heading (Markdown level, or 1 for a line in capitals in a seed without Markdown), else 0. */
    private int level(String line) {
        Matcher m = MARKDOWN_HEADING.matcher(line);
        if (markdown) {
            return m.matches() ? m.group(1).length() : 0;
        }
        String text = line.replace("*", "").strip();
        boolean capitals = text.codePoints().filter(Character::isLetter).count() >= 4
                && text.codePoints().noneMatch(Character::isLowerCase)
                && text.codePoints().noneMatch(Character::isDigit);
        return capitals ? 1 : 0;
    }

    /** A title's letters and digits only, in lower case: spacing, quotes, tags and punctuation differ. */
    static String key(String title) {
        String t = title.replaceAll("<[^>]+>", "").replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder();
        t.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }
}
