package ca.pratiqueshlm.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.model.Coded;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.OutcomeStatement;
import ca.pratiqueshlm.model.PartnerRole;
import ca.pratiqueshlm.model.Site;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/** Parses fiches.json and fiches.csv back and compares them with the fiches of the model. */
public final class OpenDataExpectations {
    private final Site site;
    private final Path output;

    public OpenDataExpectations(Site site, Path output) {
        this.site = site;
        this.output = output;
    }

    public JsonNode json() {
        try {
            return new ObjectMapper().readTree(output.resolve("fiches.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of the CSV as maps from column name to cell, after checking the byte order mark. */
    public List<Map<String, String>> csv() {
        try {
            byte[] bytes = Files.readAllBytes(output.resolve("fiches.csv"));
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3),
                    "le CSV commence par la marque d'ordre UTF-8");
            String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            List<List<String>> rows = CsvReader.parse(text, ';');
            List<String> header = rows.get(0);
            return rows.subList(1, rows.size()).stream().map(row -> {
                assertEquals(header.size(), row.size(), "cellules de " + row.get(0));
                Map<String, String> map = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    map.put(header.get(i), row.get(i));
                }
                return map;
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void verifyAll() {
        verifyJson();
        verifyCsv();
    }

    public void verifyJson() {
        JsonNode root = json();
        assertEquals(site.fiches().size(), root.get("nombre_de_fiches").asInt());
        JsonNode fiches = root.get("fiches");
        assertEquals(site.fiches().stream().map(Fiche::slug).toList(), texts(fiches, "slug"));
        for (int i = 0; i < site.fiches().size(); i++) {
            Fiche fiche = site.fiches().get(i);
            JsonNode node = fiches.get(i);
            String where = fiche.slug() + ": ";
            assertEquals(fiche.title(), node.get("titre").asText(), where);
            assertEquals(fiche.place().region(), node.get("lieu").get("region").asText(), where);
            assertEquals(fiche.place().municipality(), textOrNull(node.get("lieu").get("municipalite")), where);
            assertEquals(fiche.period().start(), node.get("periode").get("debut").asInt(), where);
            assertEquals(fiche.partners().stream().map(PartnerRole::id).toList(), texts(node.get("partenaires"), "id"), where);
            assertEquals(fiche.partners().stream().map(PartnerRole::role).toList(),
                    StreamSupport.stream(node.get("partenaires").spliterator(), false)
                            .map(p -> textOrNull(p.get("role"))).toList(), where);
            assertEquals(fiche.outcomes().stream().map(OutcomeStatement::id).toList(), texts(node.get("retombees"), "id"), where);
            assertEquals(fiche.outcomes().stream().map(OutcomeStatement::statement).toList(),
                    texts(node.get("retombees"), "enonce"), where);
            assertEquals(fiche.housingTypes().stream().map(Coded::code).toList(),
                    StreamSupport.stream(node.get("types_habitation").spliterator(), false).map(JsonNode::asText).toList());
            assertEquals(fiche.funding().stream().map(f -> f.amount().stripTrailingZeros()).toList(),
                    StreamSupport.stream(node.get("financement").spliterator(), false)
                            .map(f -> f.get("montant").decimalValue().stripTrailingZeros()).toList(), where);
            assertEquals(fiche.updated().toString(), node.get("mise_a_jour").asText(), where);
            assertEquals(fiche.body().strip(), node.get("texte").asText(), where);
        }
        JsonNode partners = root.get("registres").get("partenaires");
        assertEquals(site.registries().partners().size(), partners.size());
    }

    public void verifyCsv() {
        List<Map<String, String>> rows = csv();
        assertEquals(site.fiches().size(), rows.size(), "une ligne par fiche");
        for (int i = 0; i < rows.size(); i++) {
            Fiche fiche = site.fiches().get(i);
            Map<String, String> row = rows.get(i);
            String where = fiche.slug() + ": ";
            assertEquals(fiche.slug(), row.get("slug"));
            assertEquals(fiche.title(), row.get("titre"), where);
            assertEquals(fiche.summary(), row.get("resume"), where);
            assertEquals(fiche.place().region(), row.get("region_code"), where);
            assertEquals(site.registries().region(fiche.place().region()).orElseThrow().name(), row.get("region"), where);
            assertEquals(fiche.partners().stream().map(PartnerRole::id).toList(), list(row.get("partenaires_ids")), where);
            assertEquals(fiche.partners().stream().map(p -> site.registries().partner(p.id()).orElseThrow().displayName())
                    .toList(), list(row.get("partenaires")), where);
            assertEquals(fiche.outcomes().stream().map(OutcomeStatement::id).distinct().toList(),
                    list(row.get("retombees_ids")), where);
            assertEquals(fiche.objectives(), list(row.get("objectifs")), where);
            assertEquals(fiche.context() == null ? "" : fiche.context(), row.get("contexte"), where);
        }
    }

    private static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split(" \\| ", -1));
    }

    private static List<String> texts(JsonNode array, String key) {
        assertTrue(array.isArray(), "tableau attendu");
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(key).asText()).toList();
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
