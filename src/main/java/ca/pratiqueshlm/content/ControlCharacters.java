package ca.pratiqueshlm.content;

import java.util.OptionalInt;

/**
 * Characters that no published text may hold: C0 controls other than tab and line feed, DEL, C1
 * controls, lone surrogates and Unicode noncharacters. They make feeds ill-formed XML, HTML invalid and
 * CSV cells misread, and an editor never means to type one; a YAML escape such as "\x01" makes one.
 */
public final class ControlCharacters {
    private ControlCharacters() {}

    /** The index of the first forbidden character of {@code text}, if any. */
    public static OptionalInt firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Printable ASCII first: nearly every character of a fiche, and none of them is forbidden.
            if (c >= 0x20 && c < 0x7F || c == '\t' || c == '\n') {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = text.codePointAt(i);
                if (isNoncharacter(codePoint)) {
                    return OptionalInt.of(i);
                }
                i++;
                continue;
            }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) || isNoncharacter(c)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** How to name the character in a message: « U+0001 ». */
    public static String describe(String text, int index) {
        return String.format("U+%04X", text.codePointAt(index));
    }

    private static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
