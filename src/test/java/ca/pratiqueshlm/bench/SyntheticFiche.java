package ca.pratiqueshlm.bench;

import java.util.List;

/** One generated practice, written out both as our fiche and as a stock JBake post. */
record SyntheticFiche(
        String slug,
        String title,
        String summary,
        String category,
        List<String> secondaryCategories,
        String municipality,
        String region,
        String housingType,
        int start,
        Integer end,
        String status,
        List<String> populations,
        List<Role> partners,
        List<Statement> outcomes,
        List<Figure> figures,
        List<String> objectives,
        List<String> activities,
        String context,
        String source,
        String locator,
        String date,
        List<String> paragraphs) {

    record Role(String partner, String role) {}

    record Statement(String outcome, String statement, String indicator) {}

    record Figure(String value, String label, String locator) {}
}
