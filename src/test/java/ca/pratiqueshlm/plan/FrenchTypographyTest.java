package ca.pratiqueshlm.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class FrenchTypographyTest {
    private static final String NB = "\u00A0";
    private static final String NN = "\u202F";

    @Test
    void spacesBeforeHighPunctuationAndInsideGuillemetsCannotBreak() {
        assertEquals("Statut" + NB + ": actif" + NN + "; vraiment" + NN + "? oui" + NN + "!",
                FrenchTypography.text("Statut : actif ; vraiment ? oui !"));
        assertEquals("«" + NN + "Vivre ensemble" + NN + "»", FrenchTypography.text("« Vivre ensemble »"));
        assertEquals("«" + NN + "collé" + NN + "»", FrenchTypography.text("«collé»"));
    }

    @Test
    void apostrophesDashesAndEllipses() {
        assertEquals("l\u2019office d\u2019habitation", FrenchTypography.text("l'office d'habitation"));
        assertEquals("de 2013\u20132015, puis\u2026", FrenchTypography.text("de 2013-2015, puis..."));
    }

    @Test
    void whatIsNotProseStaysAsTyped() {
        assertEquals("14:30 https://exemple.org/a?b=1 2014-03-05", FrenchTypography.text("14:30 https://exemple.org/a?b=1 2014-03-05"));
    }

    @Test
    void applyingTwiceChangesNothing() {
        String once = FrenchTypography.html("<p>« Oui ! » dit l'agente : 1re fois, 2e année...</p>");
        assertEquals(once, FrenchTypography.html(once));
    }

    @Test
    void htmlTextIsTypesetButNotTagsCodeOrUrls() {
        String page = "<!DOCTYPE html><html><head><title>Étape 1re : début</title>"
                + "<script>var a = 'x' ; if (b ? c : d) {}</script><style>a::after { content: ' :'; }</style></head>"
                + "<body><p title=\"Voir : ici\">La 1re fois : l&#39;équipe <a href=\"a.html?x=1 :\">lien</a> !</p>"
                + "<pre><code>a : b</code></pre><span translate=\"no\">https://x.org/2013-2014</span>"
                + "<!-- note : rien --></body></html>";
        String expected = "<!DOCTYPE html><html><head><title>Étape 1re" + NB + ": début</title>"
                + "<script>var a = 'x' ; if (b ? c : d) {}</script><style>a::after { content: ' :'; }</style></head>"
                + "<body><p title=\"Voir : ici\">La 1<sup>re</sup> fois" + NB + ": l\u2019équipe <a href=\"a.html?x=1 :\">lien</a>" + NN + "!</p>"
                + "<pre><code>a : b</code></pre><span translate=\"no\">https://x.org/2013-2014</span>"
                + "<!-- note : rien --></body></html>";
        assertEquals(expected, FrenchTypography.html(page));
    }

    @Test
    void guillemetsAroundALink() {
        assertEquals("<p>«" + NN + "<a href=\"x\">Titre</a>" + NN + "»</p>",
                FrenchTypography.html("<p>« <a href=\"x\">Titre</a> »</p>"));
    }

    @Test
    void feedTypesetsOnlyItsTextElements() {
        String feed = "<?xml version=\"1.0\"?><feed><title>Fiches : nouvelles</title>"
                + "<id>https://x.org/2013-2014 :</id><summary>La 1re année...</summary></feed>";
        assertEquals("<?xml version=\"1.0\"?><feed><title>Fiches" + NB + ": nouvelles</title>"
                + "<id>https://x.org/2013-2014 :</id><summary>La 1re année\u2026</summary></feed>",
                FrenchTypography.xml(feed, Set.of("title", "summary")));
    }

    @Test
    void jsoupTextNodesForPdfs() {
        Document doc = Jsoup.parse("<p>Le 2e volet : « voir » <code>a : b</code></p>");
        FrenchTypography.apply(doc.body());
        assertEquals("<p>Le 2<sup>e</sup> volet" + NB + ": «" + NN + "voir" + NN + "» <code>a : b</code></p>",
                doc.body().html().replace("&nbsp;", NB));
    }

    /**
     * The page typesetter copies a run of text as it is when {@code mayChange} says no rule applies:
     * checked on 20,000 seeded random runs of the characters the rules look for, their neighbours and
     * plain letters, with and without ordinals.
     */
    @Test
    void textThatMayNotChangeIsLeftExactlyAsTheRulesLeaveIt() {
        String[] pieces = {"a", "é", "e", "r", "1", "2", "0", " ", "\n", "\u00A0", "\u202F", ".", "..", "-", "'", ":", ";",
            "?", "!", "«", "»", "&", "&#39;", "&apos;", "&#x27;", "&amp;", "&#38;", "/", ",", "2014", "re", "er", "x"};
        java.util.Random random = new java.util.Random(19);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            for (boolean ordinals : new boolean[] {true, false}) {
                if (!FrenchTypography.mayChange(s, 0, s.length(), ordinals)) {
                    assertEquals(s, FrenchTypography.escapedText(s, ordinals), "« " + s + " », ordinals " + ordinals);
                }
            }
        }
        String page = "<p>Logement social</p><p>Voir : ici</p>";
        assertEquals(false, FrenchTypography.mayChange(page, 3, 18, true), "a name alone");
        assertEquals(true, FrenchTypography.mayChange(page, 25, 35, true), "a colon");
    }
}
