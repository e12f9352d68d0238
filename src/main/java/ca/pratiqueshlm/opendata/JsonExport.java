package ca.pratiqueshlm.opendata;

import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.output.GeneratedFile;
import ca.pratiqueshlm.plan.Paths;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * {@code fiches.json}: every fiche with every structured field under its YAML name, plus the
 * registries its ids refer to, so the file stands alone. Documented in docs/OPEN-DATA.md.
 */
public final class JsonExport {
    public static final String PATH = "fiches.json";
    /** Raised when the shape of the file changes in a way that breaks readers. */
    public static final int VERSION = 1;

    private JsonExport() {}

    public static GeneratedFile file(Site site) {
        return new GeneratedFile(PATH, write(tree(site)));
    }

    static ObjectNode tree(Site site) {
        ObjectNode root = RecordTree.object();
        root.put("version", VERSION);
        root.put("titre", site.config().title());
        root.put("editeur", site.config().publisher());
        root.put("url", site.config().baseUrl());
        root.put("documentation", site.config().baseUrl() + "donnees.html");
        root.put("nombre_de_fiches", site.fiches().size());
        ArrayNode fiches = root.putArray("fiches");
        site.fiches().forEach(f -> fiches.add(fiche(site, f)));
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

    /** Two-space indentation and "\n" whatever the platform, so the bytes never depend on the machine. */
    static byte[] write(ObjectNode tree) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("").withObjectEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        ObjectWriter writer = new ObjectMapper()
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .writer(printer);
        try {
            return (writer.writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON export", e);
        }
    }
}
