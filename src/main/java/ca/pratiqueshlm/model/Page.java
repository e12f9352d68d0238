package ca.pratiqueshlm.model;

import java.util.List;

/** A reference page: a synthesis across documents, linked to the fiches it discusses. */
public record Page(
        String slug,
        String sourcePath,
        @Field(value = "titre", required = true, constraint = Constraint.ONE_LINE, doc = "Titre de la page")
        String title,
        @Field(value = "resume", required = true, constraint = Constraint.ONE_LINE, doc = "Une phrase de présentation")
        String summary,
        @Field(value = "ordre", doc = "Rang dans le menu des pages de référence", example = "1")
        Integer order,
        @Field(value = "sources", required = true, doc = "Sources de la page, avec leurs repères")
        List<SourceRef> sources,
        @Field(value = "fiches", ref = Registry.FICHE, doc = "Fiches dont la page traite")
        List<String> fiches,
        String body) {}
