package ca.pratiqueshlm.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Funding;
import ca.pratiqueshlm.model.KeyFigure;
import ca.pratiqueshlm.model.OutcomeStatement;
import ca.pratiqueshlm.model.Page;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.model.Source;
import ca.pratiqueshlm.model.SourceRef;
import ca.pratiqueshlm.testing.TestSite;
import ca.pratiqueshlm.validation.ContentLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every key figure, every amount and every quotation (« … ») of the real content is found in the
 * text of a source it cites, so a mistyped figure or a misquoted sentence fails the build. The source
 * texts live beside the repository ({@code ../shared/seeds/}, or {@code -Dseeds.dir=…}); without them
 * the test is skipped and says why.
 */
class FactCheckTest {
    /** Which seed file holds the text of each source of content/data/sources.yaml. */
    static final Map<String, String> SEED_OF_SOURCE = Map.of(
            "leblanc-vachon-2014", "000_1556d60d29a81b73.txt",
            "erhlm-2014", "001_2d55c6a71d7354cd.txt",
            "bernier-2016", "002_2f9e5759b92b8451.txt",
            "cacds-2004", "003_4fd32114a1df8eda.txt",
            "bergeron-2024", "004_1041d83fd684caa9.txt");
    /** A quotation shorter than this is a word used as a name (« actif », « skate »), not a citation. */
    private static final int SHORTEST_CHECKED_QUOTE = 3;
    private static final Pattern QUOTE = Pattern.compile("«\\s*(.+?)\\s*»", Pattern.DOTALL);
    private static final Pattern ELLIPSIS = Pattern.compile("\\[\\s*(?:\\.\\.\\.|…)\\s*\\]|\\.\\.\\.|…");

    /** Parts the fiches name that have no title of their own in the text: the section that holds each. */
    private static final Map<String, Map<String, String>> UNTITLED_PARTS = Map.of("bernier-2016", Map.of(
            "tableau des projets", "Les Équipes locales élargies (ÉLÉ) et la mesure de soutien à leur plan d'action"));
    /** The one source cut into slides; the others are cut into titled sections. */
    private static final String SLIDE_DECK = "leblanc-vachon-2014";
        /** A parenthesis, one level of nested parentheses allowed: (Bernier, 2016, section « La 1re Entente (2008-2012) »). */
    /** What precedes a section title inside a locator: « section « … » », « encadré « … », « … » et « … » ». */
    private static final Pattern LOCATOR_TITLE_BEFORE = Pattern.compile(
            "(?:\\b(?:sections?|encadré|tableau|photo)|»\\s*(?:,|et))\\s*$");
    private static final Pattern REFERENCE = Pattern.compile("\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)");

    private static final List<String> NUMBER_WORDS = List.of("zéro", "une?", "deux", "trois", "quatre", "cinq",
            "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize",
            "dix-sept", "dix-huit", "dix-neuf", "vingt");
    /**
     * Key figures an editor counted in the part their locator names rather than read there: the part
     * holds what was counted, not the number. Each one says so in its label.
     */
    private static final List<String> COUNTED = List.of(
            "equipes-locales-elargies: 9"); // the rows of the ÉLÉ projects table

    private static Site site;
    private static Map<String, String> sourceTexts;
    private static Map<String, SeedParts> seedParts;

    @BeforeAll
    static void load() {
        Path seeds = Path.of(System.getProperty("seeds.dir",
                TestSite.REPOSITORY.resolve("../shared/seeds").toString())).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(seeds), "fact-check skipped: the source texts are not at " + seeds
                + " (clone shared/ beside the repository, or pass -Dseeds.dir=…)");
        site = new ContentLoader(new ProjectLayout(TestSite.REPOSITORY)).load().get();
        sourceTexts = new TreeMap<>();
        seedParts = new TreeMap<>();
        SEED_OF_SOURCE.forEach((id, file) -> {
            String raw = read(seeds.resolve(file));
            sourceTexts.put(id, normalize(raw));
            seedParts.put(id, new SeedParts(raw, id.equals(SLIDE_DECK), UNTITLED_PARTS.getOrDefault(id, Map.of())));
        });
    }

    @Test
    void everySourceHasItsText() {
        List<String> ids = site.registries().sources().stream().map(s -> s.id()).toList();
        assertEquals(ids.stream().sorted().toList(), List.copyOf(sourceTexts.keySet()),
                "each source of content/data/sources.yaml needs its text in SEED_OF_SOURCE");
    }

    @Test
    void everyKeyFigureIsWrittenInItsSource() {
        List<String> missing = new ArrayList<>();
        for (Fiche fiche : site.fiches()) {
            for (KeyFigure figure : fiche.keyFigures()) {
                if (!figurePattern(figure.value()).matcher(sourceTexts.get(figure.source())).find()) {
                    missing.add(fiche.slug() + ": « " + figure.value() + " » (" + figure.label() + ") absent de "
                            + figure.source() + ", " + figure.locator());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyAmountIsWrittenInItsSource() {
        List<String> missing = new ArrayList<>();
        for (Fiche fiche : site.fiches()) {
            for (Funding funding : fiche.funding()) {
                String digits = funding.amount().stripTrailingZeros().toPlainString();
                if (!figurePattern(digits).matcher(sourceTexts.get(funding.source())).find()) {
                    missing.add(fiche.slug() + ": " + digits + " $ absent de " + funding.source() + ", " + funding.locator());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyQuotationIsInASourceItCites() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Fiche fiche : site.fiches()) {
            List<String> cited = citedSources(fiche.sources(), fiche.keyFigures().stream().map(KeyFigure::source));
            for (String quote : quotations(read(TestSite.REPOSITORY.resolve(fiche.sourcePath())))) {
                checked++;
                if (!foundIn(quote, cited)) {
                    missing.add(fiche.sourcePath() + ": « " + quote + " » absent de " + cited);
                }
            }
        }
        for (Page page : site.pages()) {
            List<String> cited = citedSources(page.sources(), java.util.stream.Stream.empty());
            for (String quote : quotations(read(TestSite.REPOSITORY.resolve(page.sourcePath())))) {
                checked++;
                if (!foundIn(quote, cited)) {
                    missing.add(page.sourcePath() + ": « " + quote + " » absent de " + cited);
                }
            }
        }
        assertTrue(checked > 100, "the content quotes its sources: " + checked + " quotations checked");
        assertEquals(List.of(), missing);
    }

    @Test
    void everyKeyFigureAndAmountIsInThePartItsLocatorDesignates() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Fiche fiche : site.fiches()) {
            for (KeyFigure figure : fiche.keyFigures()) {
                checked++;
                figureProblem(fiche.slug(), figure).ifPresent(wrong::add);
            }
            for (Funding funding : fiche.funding()) {
                checked++;
                String digits = funding.amount().stripTrailingZeros().toPlainString();
                locatedProblem(funding.source(), funding.locator(), digits)
                        .ifPresent(p -> wrong.add(fiche.slug() + ": montant " + digits + " $, repère « "
                                + funding.locator() + " » de " + funding.source() + " : " + p));
            }
        }
        assertTrue(checked > 50, checked + " figures and amounts checked at their locator");
        assertEquals("", String.join("\n", wrong));
    }

    @Test
    void everyQuotationWithALocatorIsInThePartItDesignates() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        List<Source> sources = site.registries().sources();
        List<String> files = new ArrayList<>();
        site.fiches().forEach(f -> files.add(f.sourcePath()));
        site.pages().forEach(p -> files.add(p.sourcePath()));
        for (String file : files) {
            for (LocatedQuote located : locatedQuotes(read(TestSite.REPOSITORY.resolve(file)), sources)) {
                checked++;
                Optional<String> part = seedParts.get(located.source()).designate(located.locator());
                if (part.isEmpty()) {
                    wrong.add(file + ": « " + located.quote() + " », repère « " + located.locator()
                            + " » introuvable dans " + located.source());
                } else if (!quoteFound(located.quote(), normalize(part.get()))) {
                    wrong.add(file + ": « " + located.quote() + " » absent de " + located.source() + ", "
                            + located.locator());
                }
            }
        }
        assertTrue(checked >= 15, checked + " quotations checked at their locator");
        assertEquals("", String.join("\n", wrong));
    }

    @Test
    void aQuotationTakesTheNextReferenceOfItsParagraph() {
        List<Source> sources = site.registries().sources();
        String body = "---\ntitre: x\n---\nDes « alliances et de l'entraide » entre les femmes (Bernier, 2016,\n"
                + "tableau des projets des ÉLÉ). Une « gestion arbitraire de l'OMHL » (diapositive 18).\n\n"
                + "« Ensemble, on est plus forts » (Bergeron et al., 2024). « Le silence et la crainte règnent » "
                + "(Équipe de recherche en HLM, 2014, encadré « La Coalition de la Petite Bourgogne en santé »).";
        assertEquals(List.of(
                new LocatedQuote("alliances et de l'entraide", "bernier-2016", "tableau des projets des ÉLÉ"),
                new LocatedQuote("gestion arbitraire de l'OMHL", "leblanc-vachon-2014", "diapositive 18"),
                new LocatedQuote("Le silence et la crainte règnent", "erhlm-2014",
                        "encadré « La Coalition de la Petite Bourgogne en santé »")),
                locatedQuotes(body, sources),
                "a reference without a locator locates nothing; a section title in a locator is not a quotation");
    }

    /** A quotation of the body and the part of a source its reference names. */
    record LocatedQuote(String quote, String source, String locator) {}

    /**
     * The quotations of a file's body that the next reference of their paragraph locates: « … » … (Author,
     * year, locator), or (diapositive N) alone, which can only be the slide deck.
     */
    static List<LocatedQuote> locatedQuotes(String file, List<Source> sources) {
        String body = file.startsWith("---") ? file.substring(file.indexOf("\n---", 3) + 4) : file;
        List<LocatedQuote> located = new ArrayList<>();
        for (String paragraph : body.split("\\n\\s*\\n")) {
            Matcher quote = QUOTE.matcher(paragraph);
            while (quote.find()) {
                String text = quote.group(1).replaceAll("\\s+", " ").strip();
                String before = paragraph.substring(0, quote.start());
                if (text.contains("«") || text.split(" ").length < SHORTEST_CHECKED_QUOTE
                        || LOCATOR_TITLE_BEFORE.matcher(before).find()) {
                    continue; // a title inside a locator, not a quotation
                }
                Matcher reference = REFERENCE.matcher(paragraph);
                reference.region(quote.end(), paragraph.length());
                while (reference.find()) {
                    String ref = reference.group(1).replaceAll("\\s+", " ").strip();
                    Optional<Source> source = citedIn(ref, sources);
                    Optional<String> locator = locatorIn(ref);
                    if (source.isEmpty() && locator.isPresent() && locator.get().startsWith("diapositive")) {
                        source = sources.stream().filter(s -> s.id().equals(SLIDE_DECK)).findFirst();
                    }
                    if (source.isPresent() || locator.isPresent()) {
                        source.ifPresent(s -> locator.ifPresent(l -> located.add(new LocatedQuote(text, s.id(), l))));
                        break;
                    }
                }
            }
        }
        return located;
    }

    @Test
    void everyLocatorDesignatesAPartOfItsSource() {
        List<String> wrong = new ArrayList<>();
        for (Fiche fiche : site.fiches()) {
            String first = fiche.sources().get(0).id();
            fiche.sources().forEach(ref -> checkLocator(fiche.slug(), "source", ref.id(), ref.locator(), wrong));
            for (OutcomeStatement outcome : fiche.outcomes()) {
                if (outcome.locator() != null) {
                    String source = outcome.source() != null ? outcome.source() : first;
                    checkLocator(fiche.slug(), "retombée « " + outcome.statement() + " »", source,
                            outcome.locator(), wrong);
                }
            }
        }
        for (Page page : site.pages()) {
            page.sources().forEach(ref ->
                    checkLocator(page.sourcePath().toString(), "source", ref.id(), ref.locator(), wrong));
        }
        assertEquals(List.of(), wrong);
    }

    private static void checkLocator(String where, String what, String source, String locator, List<String> wrong) {
        if (seedParts.get(source).designate(locator).isEmpty()) {
            wrong.add(where + ": " + what + ", repère « " + locator + " » introuvable dans " + source);
        }
    }

    /** The fiche, the figure and the locator of a key figure not where its locator says, or empty. */
    private static Optional<String> figureProblem(String slug, KeyFigure figure) {
        if (COUNTED.contains(slug + ": " + figure.value())) {
            return Optional.empty();
        }
        return locatedProblem(figure.source(), figure.locator(), figure.value())
                .map(p -> slug + ": chiffre clé « " + figure.value() + " » (" + figure.label() + "), repère « "
                        + figure.locator() + " » de " + figure.source() + " : " + p);
    }

    @Test
    void aMistypedLocatorFailsNamingTheFicheTheFigureAndTheLocator() {
        KeyFigure homes = new KeyFigure("179", "logements", "leblanc-vachon-2014", "diapositive 11", null);
        assertEquals(Optional.empty(), figureProblem("place-de-la-rive", homes));
        KeyFigure nextSlide = new KeyFigure("179", "logements", "leblanc-vachon-2014", "diapositive 12", null);
        assertEquals(Optional.of("place-de-la-rive: chiffre clé « 179 » (logements), repère « diapositive 12 » de "
                + "leblanc-vachon-2014 : absent de cette partie de la source"), figureProblem("place-de-la-rive", nextSlide));
        KeyFigure noSuchSection = new KeyFigure("480", "personnes", "erhlm-2014",
                "encadré « Le partenariat intersectoriel aux HLM Place du Fleuve »", null);
        assertEquals(Optional.of("place-de-la-rive: chiffre clé « 480 » (personnes), repère « encadré « Le "
                + "partenariat intersectoriel aux HLM Place du Fleuve » » de erhlm-2014 : ce repère ne désigne "
                + "aucune partie de la source"), figureProblem("place-de-la-rive", noSuchSection));
        KeyFigure otherBox = new KeyFigure("480", "personnes", "erhlm-2014",
                "encadré « Les colloques régionaux 2007-2008 »", null);
        assertTrue(figureProblem("place-de-la-rive", otherBox).isPresent(), "480 is in the Place de la Rive box only");
        KeyFigure words = new KeyFigure("6", "milieux ciblés", "bernier-2016",
                "section « Innovations de la 2e Entente (suite) », Le travail de proximité (TP)", null);
        assertEquals(Optional.empty(), figureProblem("travail-de-proximite-chaudiere-appalaches", words),
                "the source writes « six milieux ciblés »");
        assertTrue(figureProblem("travail-de-proximite-chaudiere-appalaches", new KeyFigure("7", "milieux ciblés",
                "bernier-2016", words.locator(), null)).isPresent());
    }

    /** Why a figure is not where its locator says, or empty when it is there. */
    private static Optional<String> locatedProblem(String source, String locator, String value) {
        Optional<String> part = seedParts.get(source).designate(locator);
        if (part.isEmpty()) {
            return Optional.of("ce repère ne désigne aucune partie de la source");
        }
        return writtenIn(value, normalize(part.get()))
                ? Optional.empty() : Optional.of("absent de cette partie de la source");
    }

    /** A figure as digits, or a small whole number as the word the source writes (« six milieux »). */
    static boolean writtenIn(String value, String normalizedText) {
        if (figurePattern(value).matcher(normalizedText).find()) {
            return true;
        }
        String digits = value.strip();
        if (digits.matches("\\d{1,2}") && Integer.parseInt(digits) < NUMBER_WORDS.size()) {
            return Pattern.compile("(?<![\\p{L}-])" + NUMBER_WORDS.get(Integer.parseInt(digits)) + "(?![\\p{L}-])")
                    .matcher(normalizedText).find();
        }
        return false;
    }

    /** The locator part of a reference « (Author, 2014, diapositive 12) », if it has one. */
    static Optional<String> locatorIn(String reference) {
        Matcher m = Pattern.compile("(diapositives?\\s.*|sections?\\s«.*|encadré\\s«.*|tableau\\s.*)$").matcher(reference);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** The source a reference names (its short author name), the last one when it cites through another. */
    private static Optional<Source> citedIn(String reference, List<Source> sources) {
        Source cited = null;
        int at = -1;
        for (Source source : sources) {
            int i = reference.lastIndexOf(source.shortAuthors() + ", " + source.year());
            if (i > at) {
                at = i;
                cited = source;
            }
        }
        return Optional.ofNullable(cited);
    }

    @Test
    void aMistypedFigureOrQuoteIsCaught() {
        String text = normalize("Profil : 52 % sont des immigrants (15 nationalités) ; 6000\\$/15 137\\$ "
                + "« Le silence et la crainte règnent [...] »");
        assertTrue(figurePattern("52 %").matcher(text).find());
        assertTrue(figurePattern("15137").matcher(text).find(), "an amount may be written with spaces");
        assertFalse(figurePattern("53 %").matcher(text).find());
        assertFalse(figurePattern("5").matcher(text).find(), "a figure is not part of a longer number");
        assertFalse(figurePattern("1513").matcher(text).find());
        assertTrue(quoteFound("le silence et la crainte règnent", text));
        assertFalse(quoteFound("le silence et la peur règnent", text));
    }

    // --- Matching --------------------------------------------------------------------------------

    /** Tolerant only of spacing: "20 h" matches "20h", "15137" matches "15 137", "5" never matches "52". */
    static Pattern figurePattern(String value) {
        String compact = normalize(value).replace(" ", "");
        String regex = compact.chars().mapToObj(c -> Pattern.quote(Character.toString(c)))
                .collect(Collectors.joining("\\s?"));
        if (Character.isDigit(compact.charAt(0))) {
            regex = "(?<!\\d)" + regex;
        }
        if (Character.isDigit(compact.charAt(compact.length() - 1))) {
            // Not the start of a longer number, even one written with a thousands space ("15 137").
            regex = regex + "(?!\\d|\\s\\d{3}(?!\\d))";
        }
        return Pattern.compile(regex);
    }

    private static boolean foundIn(String quote, List<String> sources) {
        return sources.stream().anyMatch(id -> quoteFound(quote, sourceTexts.get(id)));
    }

    /** Each part of the quotation between ellipses appears in the source, whatever the spacing. */
    static boolean quoteFound(String quote, String sourceText) {
        for (String part : ELLIPSIS.split(normalize(quote))) {
            String fragment = part.strip().replaceAll("^[\\s.,;:!?()]+|[\\s.,;:!?()]+$", "");
            if (!fragment.isEmpty() && !sourceText.replace(" ", "").contains(fragment.replace(" ", ""))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> citedSources(List<SourceRef> refs, java.util.stream.Stream<String> more) {
        return java.util.stream.Stream.concat(refs.stream().map(SourceRef::id), more).distinct().sorted().toList();
    }

    /** The quotations of a file long enough to be citations. */
    static List<String> quotations(String text) {
        List<String> quotes = new ArrayList<>();
        Matcher matcher = QUOTE.matcher(text);
        while (matcher.find()) {
            String quote = matcher.group(1).replaceAll("\\s+", " ").strip();
            if (quote.split(" ").length >= SHORTEST_CHECKED_QUOTE) {
                quotes.add(quote);
            }
        }
        return quotes;
    }

    /**
     * One form for comparing: lower case, one kind of apostrophe, of quotation mark and of middle dot, no
     * Markdown emphasis or escapes, no HTML tags, every run of spaces (non-breaking ones too) as one.
     */
    static String normalize(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        t = t.replaceAll("<[^>]+>", " ");
        t = t.replaceAll("[\u2019\u2018\u02BC`´]", "'");
        t = t.replaceAll("[\u201C\u201D\u201E\"«»]", "\""); // a quotation inside a quotation
        t = t.replace('\u2022', '\u00B7').replace('\u2219', '\u00B7');
        t = t.replace("\\", "").replace("*", "").replace("_", " ");
        t = t.replaceAll("[\u00A0\u202F\u2009\u2007\\s]+", " ");
        return t;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
