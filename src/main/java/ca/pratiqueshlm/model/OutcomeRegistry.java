package ca.pratiqueshlm.model;

import java.util.List;

/** The content of retombees.yaml: themes, then outcomes. */
public record OutcomeRegistry(
        @Field(value = "themes", required = true, doc = "Thèmes") List<OutcomeTheme> themes,
        @Field(value = "retombees", required = true, doc = "Retombées") List<Outcome> outcomes) {}
