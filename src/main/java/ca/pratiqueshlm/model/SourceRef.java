package ca.pratiqueshlm.model;

/** A citation: a source document and where in it. */
public record SourceRef(
        @Field(value = "id", required = true, ref = Registry.SOURCE,
                doc = "Identifiant de la source (content/data/sources.yaml)", example = "leblanc-vachon-2014")
        String id,
        @Field(value = "repere", required = true, constraint = Constraint.ONE_LINE,
                doc = "Diapositives, sections ou tableaux utilisés", example = "diapositives 11-12")
        String locator) {}
