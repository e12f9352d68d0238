package ca.pratiqueshlm.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** French (Quebec) display of dates and amounts, independent of the machine's locale. */
public final class Formats {
    /** Non-breaking space, as French typography puts between digits groups and before "$". */
    public static final char NBSP = '\u00A0';
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
            "août", "septembre", "octobre", "novembre", "décembre"};

    private Formats() {}

    /** "25 novembre 2026", "1er mai 2014". */
    public static String date(LocalDate date) {
        String day = date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
        return day + NBSP + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** "41 300 $", "1 250,50 $". */
    public static String money(BigDecimal amount) {
        BigDecimal scaled = amount.setScale(2, RoundingMode.HALF_UP);
        String units = group(scaled.toBigInteger().toString());
        int cents = scaled.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        return (cents == 0 ? units : units + "," + String.format("%02d", cents)) + NBSP + "$";
    }

    /** "1 000" with a non-breaking space between groups of three digits. */
    public static String group(String digits) {
        StringBuilder out = new StringBuilder();
        int length = digits.length();
        for (int i = 0; i < length; i++) {
            if (i > 0 && (length - i) % 3 == 0) {
                out.append(NBSP);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** "1 fiche", "3 fiches". */
    public static String count(int n, String singular, String plural) {
        return group(String.valueOf(n)) + " " + (n <= 1 ? singular : plural);
    }
}
