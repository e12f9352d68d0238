package ca.pratiqueshlm.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a locator designates a slide or a section of a source text shaped like the seeds. */
class SeedPartsTest {
    private static final String DECK = """
            # Plan de la présentation

            2

            - Un plan

            # Initiatives favorisant le « vivre ensemble » :

            ## 1. Place de la Rive

            11

            - 179 logements

            # Initiatives favorisant le « vivre ensemble » :

            ## 1. Place de la Rive

            12

            - Diminution des plaintes

            Initiatives de concertation :
            2. Entente spécifique

            29

            - 159 organismes
            """;

    private static final String BULLETIN = """
            # Les facteurs

            ## LES FACTEURS CONTEXTUELS

            Des colloques.

            ### Les colloques régionaux 2007-2008

            Environ 1315 intervenants.

            ## La Coalition de la Petite Bourgogne en santé

            Une soixantaine de dealers.

            # Les retombées

            ### VIE ASSOCIATIVE

            Associations (18)

            ### QUALITÉ DE VIE

            Transport
            """;

    private static final String REPORT = """
            PROJET CLIC

            LIGNE DU TEMPS DU PROJET

            15 OCT 2020
            quatre étapes

            RÉSULTATS DE RECHERCHE

            AU NIVEAU ORGANISATIONNEL

            des liens

            AU NIVEAU TEMPOREL

            AU NIVEAU ORGANISATIONNEL

            une coordonnatrice
            """;

    @Test
    void aSlideRunsFromItsTitleToTheNextSlidesTitle() {
        SeedParts deck = new SeedParts(DECK, true);
        String eleven = deck.designate("diapositive 11").orElseThrow();
        assertTrue(eleven.contains("179 logements") && eleven.contains("Place de la Rive"));
        assertFalse(eleven.contains("Diminution des plaintes"));
        assertFalse(deck.designate("diapositive 12").orElseThrow().contains("179"));
        String twelve = deck.designate("diapositive 12").orElseThrow();
        assertFalse(twelve.contains("Entente spécifique"), "a plain-text title belongs to its own slide");
        assertTrue(deck.designate("diapositive 29").orElseThrow().contains("2. Entente spécifique"));
    }

    @Test
    void slideListsAndRangesAreUnions() {
        SeedParts deck = new SeedParts(DECK, true);
        assertTrue(deck.designate("diapositives 11-12").orElseThrow().contains("Diminution des plaintes"));
        assertTrue(deck.designate("diapositives 11 à 12").orElseThrow().contains("179"));
        assertTrue(deck.designate("diapositives 2, 11 et 29").orElseThrow().contains("159 organismes"));
    }

    @Test
    void aSlideThatDoesNotExistDesignatesNothing() {
        SeedParts deck = new SeedParts(DECK, true);
        assertEquals(Optional.empty(), deck.designate("diapositive 13"));
        assertEquals(Optional.empty(), deck.designate("diapositives 11-13"));
        assertEquals(Optional.empty(), deck.designate("section « Plan de la présentation »"));
    }

    @Test
    void aSectionRunsToTheNextHeadingOfItsLevel() {
        SeedParts bulletin = new SeedParts(BULLETIN, false);
        String context = bulletin.designate("section « Les facteurs contextuels »").orElseThrow();
        assertTrue(context.contains("1315"), "a section holds its boxes");
        assertFalse(context.contains("dealers"));
        String box = bulletin.designate("encadré « Les colloques régionaux 2007-2008 »").orElseThrow();
        assertTrue(box.contains("1315"));
        assertFalse(box.contains("Des colloques."));
    }

    @Test
    void aFinerPartNamedAfterTheSectionNarrowsIt() {
        SeedParts bulletin = new SeedParts(BULLETIN, false);
        String part = bulletin.designate("section « Les retombées », Vie associative").orElseThrow();
        assertTrue(part.contains("(18)"));
        assertFalse(part.contains("Transport"));
        assertTrue(bulletin.designate("section « Les retombées »").orElseThrow().contains("Transport"));
    }

    @Test
    void aQuotedTitleThatIsNotInTheSourceDesignatesNothing() {
        SeedParts bulletin = new SeedParts(BULLETIN, false);
        assertEquals(Optional.empty(), bulletin.designate("section « Les retombées », « Vie sociale »"));
        assertEquals(Optional.empty(), bulletin.designate("encadré « Les colloques régionaux 2008 »"));
        assertEquals(Optional.empty(), bulletin.designate("diapositive 3"));
    }

    @Test
    void withoutMarkdownHeadingsLinesInCapitalsAreTheHeadings() {
        SeedParts report = new SeedParts(REPORT, false);
        String timeline = report.designate("section « Ligne du temps du projet »").orElseThrow();
        assertTrue(timeline.contains("quatre étapes"), "a date in capitals is not a heading");
        assertFalse(timeline.contains("des liens"));
        String organisational = report.designate("section « Au niveau organisationnel »").orElseThrow();
        assertTrue(organisational.contains("des liens") && organisational.contains("une coordonnatrice"),
                "a title used twice designates both parts");
    }

    @Test
    void anUntitledPartIsLookedForInTheSectionThatHoldsIt() {
        SeedParts bulletin = new SeedParts(BULLETIN, false, java.util.Map.of("tableau des associations", "Vie associative"));
        String table = bulletin.designate("tableau des associations de locataires").orElseThrow();
        assertTrue(table.contains("(18)"));
        assertFalse(table.contains("Transport"));
        assertEquals(Optional.empty(), new SeedParts(BULLETIN, false).designate("tableau des associations"));
    }

    @Test
    void theWholeDocument() {
        assertTrue(new SeedParts(REPORT, false).designate("ensemble du document").orElseThrow().contains("PROJET CLIC"));
    }
}
