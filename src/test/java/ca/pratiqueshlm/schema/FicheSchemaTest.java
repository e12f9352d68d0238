package ca.pratiqueshlm.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Field;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.testing.TestSite;
import ca.pratiqueshlm.validation.RegistryLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FicheSchemaTest {
    private static Registries realRegistries() {
        List<Diagnostic> problems = new ArrayList<>();
        Registries registries = new RegistryLoader(new ProjectLayout(TestSite.REPOSITORY)).load(problems);
        assertEquals(List.of(), problems, "the real registries must load");
        return registries;
    }

    @Test
    void committedSchemaIsWhatTheGeneratorProducesFromTheRealContent() throws Exception {
        String committed = Files.readString(TestSite.REPOSITORY.resolve(FicheSchema.PATH), StandardCharsets.UTF_8);
        assertEquals(new FicheSchema(realRegistries()).json(), committed,
                FicheSchema.PATH + " is stale (a registry or the model changed): run « mvn -q -B -DskipTests package && "
                        + FicheSchema.COMMAND + " » and commit the file");
    }

    @Test
    void rootListsEveryFicheKeyRequiresTheRequiredOnesAndRefusesOthers() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(new FicheSchema(realRegistries()).json());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertFalse(schema.get("additionalProperties").asBoolean());
        Set<String> keys = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        Arrays.stream(Fiche.class.getRecordComponents()).map(c -> c.getAnnotation(Field.class)).filter(Objects::nonNull)
                .forEach(f -> {
                    keys.add(f.value());
                    if (f.required()) {
                        required.add(f.value());
                    }
                });
        Set<String> listed = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(listed::add);
        assertEquals(keys, listed);
        assertEquals(required, new TreeSet<>(texts(schema.get("required"))));
        schema.get("properties").properties().forEach(e ->
                assertTrue(e.getValue().get("description").asText().matches(".*\\p{L}.*\\. (Obligatoire|Facultatif)\\."),
                        "French description for " + e.getKey()));
        schema.get("$defs").properties().forEach(def ->
                assertFalse(def.getValue().get("additionalProperties").asBoolean(), def.getKey() + " refuses unknown keys"));
    }

    @Test
    void aFreeTextListMayInsteadSayItsSourceDoesNotGiveIt() throws Exception {
        JsonNode objectives = new ObjectMapper().readTree(new FicheSchema(realRegistries()).json())
                .get("properties").get("objectifs");
        List<String> alternatives = new ArrayList<>();
        objectives.get("anyOf").forEach(a -> alternatives.add(a.has("const") ? a.get("const").asText()
                : a.get("type").asText()));
        assertEquals(List.of("array", Fiche.NOT_STATED), alternatives,
                "an editor's « objectifs: non précisé par la source » is valid in the editor too");
        assertFalse(new ObjectMapper().readTree(new FicheSchema(realRegistries()).json())
                .get("properties").get("partenaires").has("anyOf"), "a registry list is always a list");
    }

    @Test
    void allowedValuesComeFromTheRegistries() throws Exception {
        Registries registries = realRegistries();
        JsonNode schema = new ObjectMapper().readTree(new FicheSchema(registries).json());
        JsonNode properties = schema.get("properties");
        assertEquals(registries.categories().stream().map(c -> c.id()).toList(), texts(properties.at("/categorie/enum")));
        assertEquals(registries.populations().stream().map(p -> p.id()).toList(),
                texts(properties.at("/populations/items/enum")));
        assertEquals(registries.regions().stream().map(r -> r.code()).toList(),
                texts(schema.at("/$defs/Place/properties/region/enum")));
        assertEquals(registries.partners().stream().map(p -> p.id()).toList(),
                texts(schema.at("/$defs/PartnerRole/properties/id/enum")));
        assertEquals(registries.outcomes().stream().map(o -> o.id()).toList(),
                texts(schema.at("/$defs/OutcomeStatement/properties/id/enum")));
        assertEquals(registries.sources().stream().map(s -> s.id()).toList(),
                texts(schema.at("/$defs/SourceRef/properties/id/enum")));
        assertEquals(List.of("actif", "termine", "inconnu"), texts(schema.at("/$defs/DatedStatus/properties/valeur/enum")));
        assertEquals(registries.sources().stream().map(s -> s.id()).toList(),
                texts(schema.at("/$defs/DatedStatus/properties/source/enum")));
        assertEquals(1950, schema.at("/$defs/Period/properties/debut/oneOf/0/minimum").asInt());
        assertEquals("inconnu", schema.at("/$defs/Period/properties/debut/oneOf/1/const").asText(),
                "« inconnu » is a value, not an error");
        assertTrue(texts(schema.at("/$defs/Fiche/properties/types_habitation/items/enum")).contains("inconnu")
                || texts(properties.at("/types_habitation/items/enum")).contains("inconnu"));
    }

    @Test
    void addingAPartnerChangesTheSchemaAndTheCheckSaysWhatToRun(@TempDir Path folder) throws Exception {
        TestSite.copyOfRepository(folder);
        Files.createDirectories(folder.resolve("schema"));
        Files.copy(TestSite.REPOSITORY.resolve(FicheSchema.PATH), folder.resolve(FicheSchema.PATH));
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        String[] verify = {"schema", "--verifier", "--project", folder.toString()};
        assertEquals(0, ca.pratiqueshlm.cli.Main.run(verify, new java.io.PrintWriter(out), new java.io.PrintWriter(err)));

        Path partners = folder.resolve("content/data/partenaires.yaml");
        Files.writeString(partners, Files.readString(partners)
                + "- id: nouveau-partenaire\n  nom: Nouveau partenaire\n  secteur: communautaire\n  alias: []\n");
        assertEquals(1, ca.pratiqueshlm.cli.Main.run(verify, new java.io.PrintWriter(out), new java.io.PrintWriter(err)));
        assertTrue(err.toString().contains(FicheSchema.COMMAND), err.toString());

        String[] write = {"schema", "--project", folder.toString()};
        assertEquals(0, ca.pratiqueshlm.cli.Main.run(write, new java.io.PrintWriter(out), new java.io.PrintWriter(err)));
        assertTrue(Files.readString(folder.resolve(FicheSchema.PATH)).contains("\"nouveau-partenaire\""));
        assertEquals(0, ca.pratiqueshlm.cli.Main.run(verify, new java.io.PrintWriter(out), new java.io.PrintWriter(err)));
    }

    @Test
    void builtSiteServesTheSchemaOfItsOwnRegistries(@TempDir Path folder) {
        TestSite site = TestSite.create(folder).fiche("jardin", "");
        assertTrue(site.build().ok());
        List<Diagnostic> problems = new ArrayList<>();
        Registries fixtures = new RegistryLoader(site.layout()).load(problems);
        assertEquals(new FicheSchema(fixtures).json(), site.read(FicheSchema.PATH));
        assertTrue(site.read(FicheSchema.PATH).contains("\"omh-test\""), "the fixture partner is allowed");
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

}
