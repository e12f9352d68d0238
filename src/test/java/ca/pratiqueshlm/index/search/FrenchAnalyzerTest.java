package ca.pratiqueshlm.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchAnalyzerTest {

    @Test
    void foldsCaseAccentsAndLigatures() {
        assertEquals("reinsertion aines trois-rivieres oeuvre", FrenchAnalyzer.fold("Réinsertion AÎNÉS Trois-Rivières Œuvre"));
    }

    @Test
    void splitsOnApostrophesAndHyphensAndDropsElisionsAndFunctionWords() {
        assertEquals(List.of("offic"), FrenchAnalyzer.terms("l'office"));
        assertEquals(List.of("offic"), FrenchAnalyzer.terms("L’Office"));
        assertEquals(List.of("troi", "rivier"), FrenchAnalyzer.terms("Trois-Rivières"));
        assertEquals(List.of("jardin", "collect", "omh", "montmagny"),
                FrenchAnalyzer.terms("Jardin collectif à l'OMH de Montmagny"));
        assertEquals(List.of("entraid"), FrenchAnalyzer.terms("qu'entraide"));
    }

    @Test
    void keepsAcronymsNumbersAndShortWords() {
        assertEquals(List.of("shq", "omhm", "2013", "hlm"), FrenchAnalyzer.terms("SHQ, OMHM en 2013 : des HLM"));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
            "locataire, locataires",
            "jardin, jardins",
            "jardin, jardinage",
            "participer, participation",
            "participants, participation",
            "police, policiers",
            "policière, police",
            "aînés, aînée",
            "sociaux, sociale",
            "réinsertion, réinsérer",
            "intervention, intervenant",
            "consulter, consultation",
            "habitation, habitants",
            "sécurité, sécurités",
    })
    void inflectionsShareAStem(String one, String other) {
        assertEquals(FrenchAnalyzer.terms(one), FrenchAnalyzer.terms(other));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource({"jardin, jeunes", "rive, rivière", "police, politique", "office, officiel", "aînés, ainsi", "transport, transition"})
    void differentWordsStayApart(String one, String other) {
        assertNotEquals(FrenchAnalyzer.terms(one), FrenchAnalyzer.terms(other));
    }

    @Test
    void stemsNeverShortenBelowFourLettersAndLeaveDigitsAlone() {
        assertEquals("action", FrenchStemmer.stem("action"));
        assertEquals("aine", FrenchStemmer.stem("aines"));
        assertEquals("rive", FrenchStemmer.stem("rives"));
        assertEquals("ete", FrenchStemmer.stem("ete"));
        assertEquals("2e", FrenchStemmer.stem("2e"));
        assertEquals("covid19", FrenchStemmer.stem("covid19"));
    }
}
