package ca.pratiqueshlm.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * What a kept result (build cache under {@code target/cache/}) depends on besides its input: the bytes
 * of the classes that compute it and the files its libraries were loaded from (their names carry their
 * versions). Any change to that code or a library upgrade gives new keys, so nothing stale is read back.
 */
public final class CodeFingerprint {
    private CodeFingerprint() {}

    /** A hash of {@code code}'s class files and {@code libraries}' locations; unknown code gives a value no other process used. */
    public static String of(List<Class<?>> code, List<Class<?>> libraries) {
        try {
            Digests.Checksum digest = new Digests.Checksum();
            for (Class<?> type : code) {
                try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                    if (in == null) {
                        return unique();
                    }
                    digest.update(in.readAllBytes());
                }
            }
            for (Class<?> type : libraries) {
                var source = type.getProtectionDomain().getCodeSource();
                if (source == null) {
                    return unique();
                }
                digest.update(source.getLocation().toString().getBytes(StandardCharsets.UTF_8));
            }
            return digest.hex();
        } catch (IOException | SecurityException e) {
            return unique();
        }
    }

    /** Unknown code: a key no earlier process used, so nothing kept is trusted. */
    private static String unique() {
        return UUID.randomUUID().toString();
    }
}
