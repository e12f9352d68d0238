package ca.pratiqueshlm.serve;

import ca.pratiqueshlm.diagnostics.Diagnostic;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the preview's reload script and, after a failed build, the error banner to the HTML the server
 * sends. The built files are never changed: the published site carries none of this. Everything is
 * loaded with src/href from the server itself, so the pages' Content-Security-Policy still holds.
 */
public final class LivePage {
    private static final Pattern HEAD_END = Pattern.compile("</head>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_START = Pattern.compile("<body\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private LivePage() {}

    /** {@code html} with the script in its head and, if the last build failed, the banner in its body. */
    public static String inject(String html, BuildState state) {
        String result = html;
        String head = head(state);
        Matcher headEnd = HEAD_END.matcher(result);
        result = headEnd.find() ? result.substring(0, headEnd.start()) + head + result.substring(headEnd.start())
                : head + result;
        if (!state.ok()) {
            Matcher body = BODY_START.matcher(result);
            String banner = banner(state);
            result = body.find() ? result.substring(0, body.end()) + banner + result.substring(body.end())
                    : banner + result;
        }
        return result;
    }

    /** The page shown while no site could be built yet. */
    public static String errorPage(BuildState state) {
        return "<!DOCTYPE html>\n<html lang=\"fr-CA\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Erreurs dans le contenu · Aperçu</title>\n" + head(state) + "\n</head>\n<body>\n"
                + "<main class=\"live-page\">" + banner(state) + "</main>\n</body>\n</html>\n";
    }

    /** The version the page was served at, so a rebuild between serving and polling is not missed. */
    static String head(BuildState state) {
        return "<link rel=\"stylesheet\" href=\"/__live/live.css\">"
                + "<script src=\"/__live/reload.js\" data-version=\"" + state.version() + "\" defer></script>";
    }

    static String banner(BuildState state) {
        StringBuilder html = new StringBuilder("<section class=\"live-errors\" role=\"alert\" aria-labelledby=\"live-errors-titre\">");
        int count = state.failure() != null ? 1 : state.problems().size();
        html.append("<h2 id=\"live-errors-titre\">")
                .append(count == 1 ? "La dernière construction a échoué : 1 erreur"
                        : "La dernière construction a échoué : " + count + " erreurs")
                .append("</h2>");
        html.append("<p>").append(state.siteBuilt()
                ? "Le site affiché est celui de la dernière construction réussie. Corrigez puis enregistrez : la page se rechargera."
                : "Aucun site n'a encore pu être construit. Corrigez puis enregistrez : la page se rechargera.")
                .append("</p><ul>");
        if (state.failure() != null) {
            html.append("<li><code>").append(escape(state.failure())).append("</code></li>");
        }
        for (Diagnostic problem : state.problems()) {
            html.append("<li><code>").append(escape(problem.format())).append("</code></li>");
        }
        return html.append("</ul></section>").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
