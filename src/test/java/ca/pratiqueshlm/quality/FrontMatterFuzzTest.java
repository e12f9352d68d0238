package ca.pratiqueshlm.quality;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.SourceFile;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Registry;
import ca.pratiqueshlm.markdown.MarkdownRenderer;
import ca.pratiqueshlm.validation.DocumentLoader;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Jazzer fuzz tests. In the normal test command they run in regression mode: each seed of
 * src/test/resources/ca/pratiqueshlm/quality/FrontMatterFuzzTestInputs/&lt;method&gt;/ once, in seconds.
 * A real fuzzing run is {@code JAZZER_FUZZ=1 mvn test -Dtest='FrontMatterFuzzTest#loadingAFicheNeverThrows'}
 * (see docs/SECURITY.md); findings are written next to the seeds and then replayed by every build.
 */
class FrontMatterFuzzTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private static final Map<Registry, List<String>> KNOWN_IDS = Map.of(
            Registry.CATEGORY, List.of("vivre-ensemble", "participation-locataires"),
            Registry.REGION, List.of("03", "12"),
            Registry.POPULATION, List.of("familles", "aines"),
            Registry.PARTNER, List.of("omh-test"),
            Registry.OUTCOME, List.of("liens"),
            Registry.SOURCE, List.of("source-test"),
            Registry.PROGRAMME, List.of(),
            Registry.FICHE, List.of("jardin-test"));
    private static final Set<String> ACTIVE = Set.of("script", "iframe", "object", "embed", "form", "style",
            "svg", "math", "base", "meta", "link", "input", "textarea", "button");
    private static final Pattern DANGEROUS_SCHEME = Pattern.compile("^(javascript|vbscript|data):.*", Pattern.DOTALL);

    /** Split, YAML reading and binding: any text gives a fiche or explained problems, never an exception. */
    @FuzzTest(maxDuration = "10m")
    void loadingAFicheNeverThrows(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8).replace("\r\n", "\n");
        SourceFile file = new SourceFile(Path.of("content/fiches/fuzz.md"), text);
        List<Diagnostic> problems = new ArrayList<>();

        Optional<Fiche> fiche = new DocumentLoader(KNOWN_IDS, renderer).load(file, Fiche.class, problems);

        assertTrue(fiche.isPresent() != !problems.isEmpty(), "a fiche, or the reasons there is none: " + problems);
        for (Diagnostic problem : problems) {
            assertTrue(problem.path().equals("content/fiches/fuzz.md"), problem::format);
            assertFalse(problem.message().isBlank(), problem::format);
        }
    }

    /**
     * Whatever the body, it is rendered within the limits or refused with a message, never an exception;
     * and the rendered HTML has no script, no event handler and no script address.
     */
    @FuzzTest(maxDuration = "10m")
    void renderedBodiesAreInert(byte[] input) {
        String markdown = new String(input, StandardCharsets.UTF_8);
        if (renderer.tryRender(markdown) instanceof MarkdownRenderer.Rendering.Refused refused) {
            assertFalse(refused.message().isBlank());
            return;
        }
        String html = renderer.render(markdown);
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertFalse(ACTIVE.contains(element.normalName()), html);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on") || name.equals("style"), html);
                String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                assertFalse(DANGEROUS_SCHEME.matcher(value).matches(), html);
            }
        }
    }
}
