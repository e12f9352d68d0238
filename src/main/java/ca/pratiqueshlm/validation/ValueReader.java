package ca.pratiqueshlm.validation;

import ca.pratiqueshlm.content.YamlNode.Scalar;
import ca.pratiqueshlm.content.YamlNode.ScalarType;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.SourceFile;
import ca.pratiqueshlm.model.Coded;
import ca.pratiqueshlm.model.Constraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Converts one scalar to a Java value and checks its constraint, reporting problems in French. */
final class ValueReader {
    /** How editors write a value that the source does not give. */
    static final String UNKNOWN = "inconnu";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,2}");
    /** "2024-2025", "2024 à 2025": a period written where one year is expected. */
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})\\s*(?:[-–—/]|à|au)\\s*(\\d{4})");
    private static final Pattern PLAIN_AMOUNT = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d{1,3})?");
    /** A trillion dollars: beyond it, an amount is a typo (and a huge exponent would stall formatting). */
    private static final BigDecimal LARGEST_AMOUNT = new BigDecimal("1e12");

    private final SourceFile file;
    private final List<Diagnostic> sink;

    ValueReader(SourceFile file, List<Diagnostic> sink) {
        this.file = file;
        this.sink = sink;
    }

    Object read(Class<?> type, Constraint constraint, Scalar scalar, String path, boolean regionCode) {
        if (type == String.class) {
            String text = scalar.text().strip();
            if (regionCode && DIGITS.matcher(text).matches()) {
                text = text.length() == 1 ? "0" + text : text;
            }
            return checkText(text, constraint, scalar, path);
        }
        if (type == Integer.class) {
            if (constraint == Constraint.YEAR_OR_UNKNOWN && UNKNOWN.equals(scalar.text().strip())) {
                return null; // a value, not an error: the source does not give the year
            }
            return readInteger(constraint, scalar, path);
        }
        if (type == BigDecimal.class) {
            return readAmount(scalar, path);
        }
        if (type == LocalDate.class) {
            return readDate(scalar, path);
        }
        if (type == Boolean.class) {
            return readBoolean(scalar, path);
        }
        throw new IllegalStateException("unsupported model type " + type);
    }

    <E extends Enum<E> & Coded> E readCoded(Class<E> type, Scalar scalar, String path) {
        String text = scalar.text().strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(text)) {
                return constant;
            }
        }
        List<String> codes = Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
        report(scalar, "valeur « " + text + " » non permise pour « " + path + " »",
                Suggestions.didYouMean(text, codes).orElse("valeurs permises : " + String.join(", ", codes)));
        return null;
    }

    /**
     * Whether the value opens with a curly quote or ends with a closing one: curly quotes are not YAML
     * quotes, they would be published. Two character tests, not a regular expression: every text value
     * of every fiche and registry goes through here.
     */
    static boolean curlyWrapped(String text) {
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        return first == '“' || first == '”' || first == '‘' || last == '“' || last == '”';
    }

    private String checkText(String text, Constraint constraint, Scalar scalar, String path) {
        if (text.isEmpty() || isInvisible(text)) {
            report(scalar, "« " + path + " » est vide", "donnez une valeur ou retirez la ligne");
            return null;
        }
        if (scalar.type() == ScalarType.STRING && curlyWrapped(text)) {
            String quote = text.replaceAll("[^“”‘]", "").substring(0, 1);
            report(scalar, "guillemets « " + quote + " » conservés dans la valeur de « " + path + " »",
                    "en YAML, seuls les guillemets droits \" \" délimitent une valeur : retirez les guillemets courbes,"
                            + " ou remplacez-les par des guillemets droits");
            return null;
        }
        switch (constraint) {
            case ONE_LINE -> {
                if (text.contains("\n")) {
                    report(scalar, "« " + path + " » doit tenir sur une ligne", "retirez les retours à la ligne");
                    return null;
                }
            }
            case ID -> {
                if (Slugs.isReserved(text)) {
                    report(scalar, "identifiant « " + text + " » réservé",
                            "« index » désigne déjà la page qui liste les entrées ; choisissez un autre identifiant");
                    return null;
                }
                if (!ID.matcher(text).matches()) {
                    report(scalar, "identifiant « " + text + " » invalide",
                            "utilisez des lettres minuscules sans accent, des chiffres et des traits d'union, par exemple « "
                                    + Slugs.slugify(text) + " »");
                    return null;
                }
            }
            case URL -> {
                if (!(text.startsWith("https://") || text.startsWith("http://"))) {
                    report(scalar, "adresse « " + text + " » invalide", "une adresse commence par https://");
                    return null;
                }
                if (!isWellFormedUrl(text)) {
                    report(scalar, "adresse « " + text + " » invalide",
                            "une adresse ne contient ni espace, ni guillemet, ni « < », « > » ; copiez-la depuis la barre du navigateur");
                    return null;
                }
            }
            default -> { }
        }
        return text;
    }

    private Boolean readBoolean(Scalar scalar, String path) {
        String text = scalar.text().strip();
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        report(scalar, "« " + path + " » doit être true ou false, pas « " + text + " »", "écrivez true ou false");
        return null;
    }

    private Integer readInteger(Constraint constraint, Scalar scalar, String path) {
        if (scalar.type() == ScalarType.STRING && scalar.text().strip().matches("\\d{1,9}")) {
            report(scalar, "« " + path + " » doit être un nombre, pas un texte entre guillemets",
                    "retirez les guillemets autour de " + scalar.text().strip());
            return null;
        }
        java.util.regex.Matcher range = YEAR_RANGE.matcher(scalar.text().strip());
        if ((constraint == Constraint.YEAR || constraint == Constraint.YEAR_OR_UNKNOWN) && range.matches()) {
            boolean start = path.endsWith("debut");
            report(scalar, "« " + path + " » doit être une seule année, pas « " + scalar.text().strip() + " »",
                    start ? "pour une période, écrivez « debut: " + range.group(1) + " » et, sous elle, « fin: "
                            + range.group(2) + " »" : "gardez une seule année, par exemple " + range.group(1));
            return null;
        }
        if (scalar.type() != ScalarType.INTEGER) {
            report(scalar, "« " + path + " » doit être un nombre entier, pas « " + scalar.text() + " »",
                    constraint == Constraint.YEAR_OR_UNKNOWN
                            ? "écrivez l'année en chiffres, par exemple 2014, ou « inconnu » si la source ne la donne pas"
                            : constraint == Constraint.YEAR ? "écrivez l'année en chiffres, par exemple 2014" : null);
            return null;
        }
        int value;
        try {
            value = Integer.parseInt(scalar.text().strip());
        } catch (NumberFormatException e) {
            report(scalar, "nombre « " + scalar.text() + " » illisible", null);
            return null;
        }
        int lastPlausibleYear = Year.now().getValue() + 1;
        boolean year = constraint == Constraint.YEAR || constraint == Constraint.YEAR_OR_UNKNOWN;
        if (year && value < Constraint.FIRST_YEAR) {
            report(scalar, "année invraisemblable : " + value,
                    "les fiches portent sur des pratiques depuis " + Constraint.FIRST_YEAR + " ; vérifiez l'année dans la source");
            return null;
        }
        if (year && value > lastPlausibleYear) {
            report(scalar, "année invraisemblable : " + value,
                    "une année au plus tard en " + lastPlausibleYear + " est attendue ; vérifiez l'année dans la source");
            return null;
        }
        return value;
    }

    private BigDecimal readAmount(Scalar scalar, String path) {
        // YAML also calls .inf, 0x1F and 1_000 numbers; a fiche's amount is plain digits.
        if (scalar.type() != ScalarType.INTEGER && scalar.type() != ScalarType.DECIMAL
                || !PLAIN_AMOUNT.matcher(scalar.text().strip()).matches()) {
            report(scalar, "« " + path + " » doit être un montant en chiffres, pas « " + scalar.text() + " »",
                    "écrivez le montant sans espace ni symbole, par exemple 4500");
            return null;
        }
        BigDecimal amount = new BigDecimal(scalar.text().strip());
        if (amount.compareTo(LARGEST_AMOUNT) > 0) {
            report(scalar, "montant invraisemblable : " + scalar.text(),
                    "vérifiez le montant dans la source ; écrivez-le en dollars, sans exposant");
            return null;
        }
        if (amount.signum() < 0) {
            report(scalar, "montant négatif : " + scalar.text(), "un montant est positif");
            return null;
        }
        return amount;
    }

    /** Only spaces and format characters (zero-width space, joiners, soft hyphen): nothing a reader sees. */
    private static boolean isInvisible(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    private LocalDate readDate(Scalar scalar, String path) {
        String text = scalar.text().strip();
        if (DATE.matcher(text).matches()) {
            try {
                LocalDate date = LocalDate.parse(text);
                int lastPlausibleYear = Year.now().getValue() + 1;
                if (date.getYear() < Constraint.FIRST_YEAR || date.getYear() > lastPlausibleYear) {
                    report(scalar, "date « " + text + " » invraisemblable",
                            "une date de fiche se situe entre " + Constraint.FIRST_YEAR + " et " + lastPlausibleYear);
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                report(scalar, "date « " + text + " » impossible", "vérifiez le mois et le jour");
                return null;
            }
        }
        report(scalar, "« " + path + " » doit être une date AAAA-MM-JJ, pas « " + text + " »", "par exemple 2026-11-25");
        return null;
    }

    /** Parses as a URI with a host: spaces, quotes and angle brackets are not allowed unencoded. */
    private static boolean isWellFormedUrl(String text) {
        try {
            return new java.net.URI(text).getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static String expected(Class<?> type) {
        if (type == Integer.class) {
            return "un nombre entier";
        }
        if (type == BigDecimal.class) {
            return "un montant";
        }
        if (type == LocalDate.class) {
            return "une date AAAA-MM-JJ";
        }
        if (type == Boolean.class) {
            return "true ou false";
        }
        return type.isEnum() ? "un des codes permis" : "un texte";
    }

    private void report(Scalar scalar, String message, String hint) {
        sink.add(Diagnostic.at(file, scalar.position(), message, hint));
    }
}
