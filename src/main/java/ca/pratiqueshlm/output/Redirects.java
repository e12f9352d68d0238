package ca.pratiqueshlm.output;

import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.plan.Paths;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The pages left at a renamed fiche's former addresses: printed fiches carry QR codes, so an address
 * once published must keep leading somewhere. Each page sends the browser on, tells search engines
 * where the fiche now lives, and offers a plain link for readers without automatic refresh.
 */
public final class Redirects {
    private Redirects() {}

    public static List<GeneratedFile> of(Site site) {
        List<GeneratedFile> pages = new ArrayList<>();
        for (Fiche fiche : site.fiches()) {
            for (String former : fiche.formerSlugs()) {
                pages.add(new GeneratedFile(Paths.fiche(former),
                        page(fiche, site.config().baseUrl()).getBytes(StandardCharsets.UTF_8)));
            }
        }
        return pages;
    }

    /** Former and current addresses are both in fiches/: the target is a sibling file. */
    private static String page(Fiche fiche, String baseUrl) {
        String target = fiche.slug() + ".html";
        String title = escape(fiche.title());
        return "<!DOCTYPE html>\n"
                + "<html lang=\"fr-CA\">\n"
                + "<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<title>" + title + " — adresse déplacée</title>\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<link rel=\"canonical\" href=\"" + escape(baseUrl + Paths.fiche(fiche.slug())) + "\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + target + "\">\n"
                + "</head>\n"
                + "<body>\n"
                + "<main>\n"
                + "<h1>Cette fiche a changé d'adresse</h1>\n"
                + "<p><a href=\"" + target + "\">" + title + "</a></p>\n"
                + "</main>\n"
                + "</body>\n"
                + "</html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
