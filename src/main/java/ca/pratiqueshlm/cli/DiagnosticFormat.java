package ca.pratiqueshlm.cli;

import ca.pratiqueshlm.diagnostics.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** How diagnostics are printed: for people, for GitHub annotations, or as JSON for tools. */
enum DiagnosticFormat {
    text {
        @Override
        void print(List<Diagnostic> problems, PrintWriter out) {
            problems.forEach(p -> out.println(p.format()));
            out.println(problems.size() == 1 ? "1 erreur." : problems.size() + " erreurs.");
        }
    },
    github {
        @Override
        void print(List<Diagnostic> problems, PrintWriter out) {
            for (Diagnostic p : problems) {
                out.println("::error file=" + property(p.path()) + ",line=" + p.position().line() + ",col="
                        + p.position().column() + ",title=" + property("Fiche invalide") + "::"
                        + data(p.message() + p.hint().map(h -> " — " + h).orElse("")));
            }
        }
    },
    json {
        @Override
        void print(List<Diagnostic> problems, PrintWriter out) {
            StringBuilder json = new StringBuilder("[");
            for (int i = 0; i < problems.size(); i++) {
                Diagnostic p = problems.get(i);
                json.append(i == 0 ? "\n" : ",\n")
                        .append("  {\"path\": ").append(quote(p.path()))
                        .append(", \"line\": ").append(p.position().line())
                        .append(", \"column\": ").append(p.position().column())
                        .append(", \"message\": ").append(quote(p.message()))
                        .append(", \"hint\": ").append(p.hint().map(DiagnosticFormat::quote).orElse("null"))
                        .append('}');
            }
            out.println(json.append(problems.isEmpty() ? "]" : "\n]"));
        }
    };

    abstract void print(List<Diagnostic> problems, PrintWriter out);

    /** GitHub workflow commands escape %, CR and LF in messages, and also : and , in properties. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
