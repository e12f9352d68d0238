package ca.pratiqueshlm.opendata;

import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.FicheMemo;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.model.SiteConfig;
import ca.pratiqueshlm.output.GeneratedFile;
import ca.pratiqueshlm.plan.Paths;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * {@code fiches.json}: every fiche with every structured field under its YAML name, plus the
 * registries its ids refer to, so the file stands alone. Documented in docs/OPEN-DATA.md.
 */
public final class JsonExport {
    public static final String PATH = "fiches.json";
    /** Raised when the shape of the file changes in a way that breaks readers. */
    public static final int VERSION = 1;

    /** Two-space indentation and "\n" whatever the platform, so the bytes never depend on the machine. */
    private static final ObjectWriter WRITER = writer();

    private JsonExport() {}

    private static ObjectWriter writer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("").withObjectEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        // An ObjectWriter is immutable and thread-safe; it copies the printer for each use.
        return new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).writer(printer);
    }

    public static GeneratedFile file(Site site) {
        return file(site, new FicheMemo<>());
    }

    /**
     * @param texts each fiche's JSON text, kept between the preview's builds: the fiches are most of the
     *              file, and writing them was most of its cost
     */
    static GeneratedFile file(Site site, FicheMemo<byte[]> texts) {
        return file(site, texts, new AtomicReference<>());
    }

    /** The file's text around its fiches, for the settings, registries and fiche count it was made from. */
    public record Frame(SiteConfig config, Registries registries, int fiches, String text) {
        boolean isFor(Site site) {
            // Registries compared by identity first: the preview keeps the same object while unchanged.
            return fiches == site.fiches().size() && config.equals(site.config())
                    && (registries == site.registries() || registries.equals(site.registries()));
        }
    }

    /** @param frame the text around the fiches, kept between the preview's builds */
    static GeneratedFile file(Site site, FicheMemo<byte[]> texts, AtomicReference<Frame> frame) {
        Frame known = frame.get();
        if (known == null || !known.isFor(site)) {
            known = new Frame(site.config(), site.registries(), site.fiches().size(),
                    text(tree(site, fiches -> RecordTree.object().textNode(""))));
            frame.set(known);
        }
        String head = known.text();
        // Strings escape their quotes, so this root-level field can only be the placeholder.
        String placeholder = "\n  \"fiches\": \"\"";
        int at = head.indexOf(placeholder);
        List<byte[]> parts = new ArrayList<>(2 * site.fiches().size() + 3);
        parts.add(utf8(head.substring(0, at + placeholder.length() - 2)));
        if (site.fiches().isEmpty()) {
            parts.add(utf8("[]"));
        } else {
            byte[] separator = utf8("[\n    ");
            byte[] next = utf8(",\n    ");
            for (Fiche fiche : site.fiches()) {
                parts.add(separator);
                separator = next;
                // A fiche is two levels deep: its own text, every line indented by two levels more.
                parts.add(texts.of(fiche, f -> utf8(text(fiche(site, f)).replace("\n", "\n    "))));
            }
            parts.add(utf8("\n  ]"));
        }
        parts.add(utf8(head.substring(at + placeholder.length()) + "\n"));
        return GeneratedFile.joined(PATH, parts);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static ObjectNode tree(Site site) {
        return tree(site, fiches -> {
            ArrayNode array = RecordTree.object().arrayNode();
            fiches.forEach(f -> array.add(fiche(site, f)));
            return array;
        });
    }

    private static ObjectNode tree(Site site, Function<List<Fiche>, JsonNode> fichesNode) {
        ObjectNode root = RecordTree.object();
        root.put("version", VERSION);
        root.put("titre", site.config().title());
        root.put("editeur", site.config().publisher());
        root.put("url", site.config().baseUrl());
        root.put("documentation", site.config().baseUrl() + "donnees.html");
        root.put("nombre_de_fiches", site.fiches().size());
        root.set("fiches", fichesNode.apply(site.fiches()));
        ObjectNode registries = root.putObject("registres");
        var r = site.registries();
        registries.set("categories", RecordTree.value(r.categories()));
        registries.set("regions", RecordTree.value(r.regions()));
        registries.set("populations", RecordTree.value(r.populations()));
        registries.set("partenaires", RecordTree.value(r.partners()));
        registries.set("themes", RecordTree.value(r.themes()));
        registries.set("retombees", RecordTree.value(r.outcomes()));
        registries.set("sources", RecordTree.value(r.sources()));
        registries.set("programmes", RecordTree.value(r.programmes()));
        return root;
    }

    private static ObjectNode fiche(Site site, Fiche fiche) {
        ObjectNode node = RecordTree.object();
        node.put("slug", fiche.slug());
        node.put("url", site.config().baseUrl() + Paths.fiche(fiche.slug()));
        node.setAll(RecordTree.of(fiche));
        node.put("texte", fiche.body().strip());
        return node;
    }

    static byte[] write(ObjectNode tree) {
        return (text(tree) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String text(JsonNode tree) {
        try {
            return WRITER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON export", e);
        }
    }
}
