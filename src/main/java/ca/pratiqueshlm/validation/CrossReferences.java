package ca.pratiqueshlm.validation;

import ca.pratiqueshlm.content.YamlNode;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import ca.pratiqueshlm.diagnostics.SourceFile;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.model.Source;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks what a document says about other things than itself: that a locator is of the kind its source
 * uses ("page 2" in a source located by sections cannot be found by a reader), and that a link to a fiche
 * names a fiche that exists.
 */
public final class CrossReferences {
    public static final CrossReferences NONE = new CrossReferences(Map.of(), List.of());

    private static final Pattern PAGE = Pattern.compile("(?i)^\\s*(p\\.|pages?)\\s*\\d.*");
    private static final Pattern SLIDE = Pattern.compile("(?i)^\\s*(diapo|diapositives?)\\s*\\d.*");
    /** A Markdown link to a fiche: "(../fiches/x.html)", "(x.md)", "(fiches/x.html#a)". */
    private static final Pattern FICHE_LINK =
            Pattern.compile("\\]\\(\\s*<?((?:\\.\\./)?(?:fiches/)?([a-z0-9][a-z0-9-]*)\\.(?:html|md))(?:#[^)\\s>]*)?>?\\)");

    private final Map<String, String> locatorKinds;
    private final Collection<String> ficheSlugs;

    /**
     * @param locatorKinds for each source id, what its locators designate ("sections", "diapositives")
     * @param ficheSlugs the fiches of the site, for links between fiches
     */
    public CrossReferences(Map<String, String> locatorKinds, Collection<String> ficheSlugs) {
        this.locatorKinds = Map.copyOf(locatorKinds);
        this.ficheSlugs = List.copyOf(ficheSlugs);
    }

    public static CrossReferences of(Registries registries, Collection<String> ficheSlugs) {
        return new CrossReferences(registries.sources().stream().filter(s -> s.locators() != null)
                .collect(Collectors.toMap(Source::id, s -> s.locators().toLowerCase(Locale.ROOT))), ficheSlugs);
    }

    /** Locators anywhere in the front matter: every mapping with a source ("id" or "source") and a "repere". */
    void checkLocators(SourceFile file, YamlNode node, List<Diagnostic> sink) {
        if (node instanceof YamlNode.Sequence sequence) {
            sequence.items().forEach(item -> checkLocators(file, item, sink));
        } else if (node instanceof YamlNode.Mapping mapping) {
            YamlNode.Entry locator = mapping.entries().get("repere");
            String source = text(mapping.entries().get("source")).orElse(text(mapping.entries().get("id")).orElse(""));
            if (locator != null && locator.value() instanceof YamlNode.Scalar scalar && locatorKinds.containsKey(source)) {
                checkLocator(file, scalar, source, locatorKinds.get(source), sink);
            }
            mapping.entries().values().forEach(entry -> checkLocators(file, entry.value(), sink));
        }
    }

    private static void checkLocator(SourceFile file, YamlNode.Scalar scalar, String source, String kind, List<Diagnostic> sink) {
        boolean bySections = kind.contains("section");
        boolean bySlides = kind.contains("diapo");
        if (!(bySections || bySlides) || kind.contains("page")) {
            return; // a source located by pages, or described in other words: nothing to compare with
        }
        String text = scalar.text().strip();
        if (PAGE.matcher(text).matches() || SLIDE.matcher(text).matches() && !bySlides) {
            String example = bySlides ? "« diapositive 12 »" : "« section « Conclusion » »";
            sink.add(Diagnostic.at(file, scalar.position(), "repère « " + text + " » : la source « " + source
                    + " » se repère par " + kind, "indiquez " + (bySlides ? "la diapositive" : "la section")
                    + " où se trouve l'information, par exemple " + example));
        }
    }

    /** Links between fiches in a Markdown body. */
    void checkLinks(SourceFile file, String body, int firstLine, List<Diagnostic> sink) {
        // A link is written "](…)": a body without one needs no line-by-line search.
        if (ficheSlugs.isEmpty() || !body.contains("](")) {
            return;
        }
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher link = FICHE_LINK.matcher(lines[i]);
            while (link.find()) {
                String slug = link.group(2);
                boolean aboutFiches = link.group(1).contains("fiches/") || link.group(1).endsWith(".md");
                if (aboutFiches && !ficheSlugs.contains(slug)) {
                    sink.add(Diagnostic.at(file, new Position(firstLine + i, link.start(1) + 1),
                            "lien vers une fiche qui n'existe pas : « " + link.group(1) + " »",
                            Suggestions.closest(slug, ficheSlugs)
                                    .map(s -> "vouliez-vous dire « ../fiches/" + s + ".html » ?")
                                    .orElse("écrivez « ../fiches/<nom-du-fichier>.html » avec le nom d'une fiche de content/fiches/")));
                }
            }
        }
    }

    private static java.util.Optional<String> text(YamlNode.Entry entry) {
        return entry != null && entry.value() instanceof YamlNode.Scalar scalar
                ? java.util.Optional.of(scalar.text().strip()) : java.util.Optional.empty();
    }
}
