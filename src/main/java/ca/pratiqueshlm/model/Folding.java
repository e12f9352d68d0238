package ca.pratiqueshlm.model;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one accent folding of the project: slugs, suggestions, the A-Z index and the search analyser all
 * compare text this way, and the search page's script receives {@link #LIGATURES} from the build, so they
 * all agree on what "the same word" is.
 */
public final class Folding {
    /** Ligatures opened before accents are removed (NFD does not split them). */
    public static final List<List<String>> LIGATURES = List.of(List.of("œ", "oe"), List.of("æ", "ae"));

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Characters below this one fold by table look-up; text with any other goes through {@link #foldByNormalizer}. */
    private static final char TABLE_END = '\u0250';
    /**
     * Each Latin character below {@link #TABLE_END} that folds to another single character, followed by
     * it: what {@link #foldByNormalizer} gives, written out because computing it loaded the normalizer's
     * data, some 30 ms of every run (FoldingTest checks every character against the normalizer). The
     * others fold to themselves, but A-Z and the ligatures.
     */
    private static final String LATIN = "ÀaÁaÂaÃaÄaÅaÇcÈeÉeÊeËeÌiÍiÎiÏiÐðÑnÒoÓoÔoÕoÖoØøÙuÚuÛuÜuÝyÞþàaáaâa" +
            "ãaäaåaçcèeéeêeëeìiíiîiïiñnòoóoôoõoöoùuúuûuüuýyÿyĀaāaĂaăaĄaąaĆcćc" +
            "ĈcĉcĊcċcČcčcĎdďdĐđĒeēeĔeĕeĖeėeĘeęeĚeěeĜgĝgĞgğgĠgġgĢgģgĤhĥhĦħĨiĩi" +
            "ĪiīiĬiĭiĮiįiİiĲĳĴjĵjĶkķkĹlĺlĻlļlĽlľlĿŀŁłŃnńnŅnņnŇnňnŊŋŌoōoŎoŏoŐo" +
            "őoŔrŕrŖrŗrŘrřrŚsśsŜsŝsŞsşsŠsšsŢtţtŤtťtŦŧŨuũuŪuūuŬuŭuŮuůuŰuűuŲuųu" +
            "ŴwŵwŶyŷyŸyŹzźzŻzżzŽzžzƁɓƂƃƄƅƆɔƇƈƉɖƊɗƋƌƎǝƏəƐɛƑƒƓɠƔɣƖɩƗɨƘƙƜɯƝɲƟɵƠo" +
            "ơoƢƣƤƥƦʀƧƨƩʃƬƭƮʈƯuưuƱʊƲʋƳƴƵƶƷʒƸƹƼƽǄǆǅǆǇǉǈǉǊǌǋǌǍaǎaǏiǐiǑoǒoǓuǔuǕu" +
            "ǖuǗuǘuǙuǚuǛuǜuǞaǟaǠaǡaǢæǣæǤǥǦgǧgǨkǩkǪoǫoǬoǭoǮʒǯʒǰjǱǳǲǳǴgǵgǶƕǷƿǸn" +
            "ǹnǺaǻaǼæǽæǾøǿøȀaȁaȂaȃaȄeȅeȆeȇeȈiȉiȊiȋiȌoȍoȎoȏoȐrȑrȒrȓrȔuȕuȖuȗuȘs" +
            "șsȚtțtȜȝȞhȟhȠƞȢȣȤȥȦaȧaȨeȩeȪoȫoȬoȭoȮoȯoȰoȱoȲyȳyȺⱥȻȼȽƚȾⱦɁɂɃƀɄʉɅʌɆɇ" +
            "ɈɉɊɋɌɍɎɏ";
    /** The folding of each character below {@link #TABLE_END}. */
    private static final List<String> TABLE = table();

    private Folding() {}

    private static List<String> table() {
        char[] folded = new char[TABLE_END];
        for (char c = 0; c < TABLE_END; c++) {
            folded[c] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        for (int i = 0; i < LATIN.length(); i += 2) {
            folded[LATIN.charAt(i)] = LATIN.charAt(i + 1);
        }
        List<String> table = new java.util.ArrayList<>(TABLE_END);
        for (char c = 0; c < TABLE_END; c++) {
            table.add(String.valueOf(folded[c]));
        }
        for (List<String> ligature : LIGATURES) {
            for (String form : List.of(ligature.get(0), ligature.get(0).toUpperCase(Locale.ROOT))) {
                table.set(form.charAt(0), ligature.get(1));
            }
        }
        return List.copyOf(table);
    }

    /** Lower case, accents removed, ligatures opened: « Œuvre Aînés » gives « oeuvre aines ». */
    public static String fold(String text) {
        // Character by character, as the normalizer would (French text is Latin): titles, terms and slugs
        // are folded thousands of times a build, and the normalizer was a tenth of a preview's rebuild.
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= TABLE_END) {
                return foldByNormalizer(text);
            }
        }
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(TABLE.get(text.charAt(i)));
        }
        return folded.toString();
    }

    /** {@link #fold} by the book: lower case, ligatures opened, canonical decomposition, marks dropped. */
    static String foldByNormalizer(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (List<String> ligature : LIGATURES) {
            lower = lower.replace(ligature.get(0), ligature.get(1));
        }
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The folded words separated by single spaces: « L'Entr'amis (Longueuil) » gives « l entr amis longueuil ». */
    public static String words(String text) {
        String folded = fold(text);
        StringBuilder words = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && words.length() > 0) {
                    words.append(' ');
                }
                words.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return words.toString();
    }
}
