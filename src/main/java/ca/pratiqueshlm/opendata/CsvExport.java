package ca.pratiqueshlm.opendata;

import ca.pratiqueshlm.model.Assumption;
import ca.pratiqueshlm.model.Coded;
import ca.pratiqueshlm.model.FicheLabels;
import ca.pratiqueshlm.model.Status;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.FicheMemo;
import ca.pratiqueshlm.model.Funding;
import ca.pratiqueshlm.model.FundingNature;
import ca.pratiqueshlm.model.OutcomeStatement;
import ca.pratiqueshlm.model.PartnerRole;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.model.SourceRef;
import ca.pratiqueshlm.output.GeneratedFile;
import ca.pratiqueshlm.plan.Paths;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code fiches.csv}: one row per fiche, names instead of ids, for a spreadsheet. Written for a French
 * spreadsheet: UTF-8 with a byte order mark (or accents break), semicolons (the comma is the decimal
 * mark), amounts with a decimal comma, lists in one cell joined by " | ", RFC 4180 quoting, CRLF.
 */
public final class CsvExport {
    public static final String PATH = "fiches.csv";
    public static final String LIST_SEPARATOR = " | ";
    static final char SEPARATOR = ';';
    private static final String BOM = "\uFEFF";
    private static final String NEWLINE = "\r\n";

    private CsvExport() {}

    public static GeneratedFile file(Site site) {
        return file(site, new FicheMemo<>());
    }

    /** @param rows each fiche's row in UTF-8, kept between the preview's builds (from the fiche and the registries only) */
    static GeneratedFile file(Site site, FicheMemo<byte[]> rows) {
        Map<String, Function<Fiche, String>> columns = columns(site);
        List<byte[]> parts = new ArrayList<>(site.fiches().size() + 1);
        StringBuilder head = new StringBuilder(BOM);
        row(head, new ArrayList<>(columns.keySet()));
        parts.add(utf8(head));
        for (Fiche fiche : site.fiches()) {
            parts.add(rows.of(fiche, f -> {
                StringBuilder row = new StringBuilder();
                row(row, columns.values().stream().map(column -> column.apply(f)).toList());
                return utf8(row);
            }));
        }
        return GeneratedFile.joined(PATH, parts);
    }

    private static byte[] utf8(StringBuilder text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Column names (the JSON keys where there is one) and how to fill them. */
    static Map<String, Function<Fiche, String>> columns(Site site) {
        Registries r = site.registries();
        Map<String, Function<Fiche, String>> c = new LinkedHashMap<>();
        c.put("slug", Fiche::slug);
        c.put("url", f -> site.config().baseUrl() + Paths.fiche(f.slug()));
        c.put("titre", Fiche::title);
        c.put("resume", Fiche::summary);
        c.put("alias", f -> join(f.aliases().stream()));
        c.put("categorie", f -> r.category(f.category()).orElseThrow().name());
        c.put("categories_secondaires", f -> join(f.secondaryCategories().stream()
                .map(id -> r.category(id).orElseThrow().name())));
        c.put("municipalite", FicheLabels::municipality);
        c.put("mrc", FicheLabels::mrc);
        c.put("region_code", f -> f.place().region());
        c.put("region", f -> r.region(f.place().region()).orElseThrow().name());
        c.put("ensemble", f -> f.place().housingComplex());
        c.put("types_habitation", f -> join(FicheLabels.housingTypes(f).stream()));
        c.put("debut", f -> year(f, f.period().start(), Assumption.START));
        c.put("fin", f -> year(f, f.period().end(), Assumption.END));
        c.put("statut", f -> FicheLabels.status(f.status(), r));
        c.put("statut_annee", f -> f.status().year() == null ? null : String.valueOf(f.status().year()));
        c.put("statut_source", f -> f.status().source());
        c.put("suppose", f -> join(f.assumptions().stream().map(Coded::code)));
        c.put("populations", f -> join(f.populations().stream().map(id -> r.population(id).orElseThrow().name())));
        c.put("programme", f -> f.programme() == null ? null : r.programme(f.programme()).orElseThrow().name());
        c.put("partenaires", f -> join(f.partners().stream().map(p -> r.partner(p.id()).orElseThrow().displayName())));
        c.put("partenaires_ids", f -> join(f.partners().stream().map(PartnerRole::id)));
        c.put("retombees", f -> join(f.outcomes().stream().map(OutcomeStatement::id).distinct()
                .map(id -> r.outcome(id).orElseThrow().label())));
        c.put("retombees_ids", f -> join(f.outcomes().stream().map(OutcomeStatement::id).distinct()));
        c.put("objectifs", f -> join(f.objectives().stream()));
        c.put("activites", f -> join(f.activities().stream()));
        c.put("contexte", Fiche::context);
        c.put("facteurs_facilitants", f -> join(f.facilitatingFactors().stream()));
        c.put("obstacles", f -> join(f.obstacles().stream()));
        c.put("soutien_total", f -> total(f, FundingNature.SUPPORT));
        c.put("cout_total", f -> total(f, FundingNature.TOTAL_COST));
        c.put("sources", f -> join(f.sources().stream().map(SourceRef::id).map(id -> r.source(id).orElseThrow())
                .map(s -> s.authors() + " (" + s.year() + ")")));
        c.put("sources_ids", f -> join(f.sources().stream().map(SourceRef::id)));
        c.put("mise_a_jour", f -> f.updated().toString());
        c.put("verifie_par", Fiche::checkedBy);
        return c;
    }

    /** "2013", "2013 (estimé)", or « inconnu » when the source does not give it (the YAML's word). */
    private static String year(Fiche fiche, Integer year, Assumption assumption) {
        if (year == null) {
            return assumption == Assumption.END && fiche.status().value() == Status.ACTIVE ? null : "inconnu";
        }
        return year + FicheLabels.mark(fiche, assumption, FicheLabels.ESTIMATED);
    }

    private static String join(Stream<String> items) {
        return String.join(LIST_SEPARATOR, items.toList());
    }

    /** Sum of the amounts of one nature, "4500" or "1250,5"; empty when the fiche gives none. */
    private static String total(Fiche fiche, FundingNature nature) {
        List<BigDecimal> amounts = fiche.funding().stream().filter(f -> f.nature() == nature)
                .map(Funding::amount).toList();
        if (amounts.isEmpty()) {
            return null;
        }
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros().toPlainString()
                .replace('.', ',');
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(cell(cells.get(i)));
        }
        out.append(NEWLINE);
    }

    /**
     * Quotes a cell when it holds a separator, a quote, a line break or edge spaces; doubles quotes. A
     * cell a spreadsheet would evaluate as a formula (=, +, -, @ first) gets a leading apostrophe, which
     * spreadsheets show as text.
     */
    static String cell(String raw) {
        if (raw == null) {
            return "";
        }
        String value = isFormula(raw) ? "'" + raw : raw;
        boolean quote = value.indexOf(SEPARATOR) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || !value.equals(value.strip());
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static boolean isFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r'
                || (first == '-' && !value.matches("-\\d[\\d\\s,.]*"));
    }
}
