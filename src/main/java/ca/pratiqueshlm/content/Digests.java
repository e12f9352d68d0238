package ca.pratiqueshlm.content;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/** Content hashes: what the incremental writer compares, and the fingerprints in the build cache's keys. */
public final class Digests {
    private Digests() {}

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** {@link Checksum} of one array. */
    public static String checksum(byte[] bytes) {
        return new Checksum().update(bytes).hex();
    }

    /**
     * A fingerprint for the build cache's keys (code, templates, synonyms): CRC-32C, CRC-32 and length,
     * in hexadecimal. The checksums have intrinsics in both JIT compilers, while SHA-256 took 45 ms of a
     * cold run to hash our 840 kB jar, and its first use set up the JDK's security providers (25 ms
     * more). Not meant to resist a forger: the cache is the project's own, under {@code target/}.
     */
    public static final class Checksum {
        private final CRC32C castagnoli = new CRC32C();
        private final CRC32 ieee = new CRC32();
        private long length;

        public Checksum update(byte[] bytes) {
            castagnoli.update(bytes);
            ieee.update(bytes);
            length += bytes.length;
            return this;
        }

        public String hex() {
            HexFormat hex = HexFormat.of();
            return hex.toHexDigits((int) castagnoli.getValue()) + hex.toHexDigits((int) ieee.getValue())
                    + hex.toHexDigits(length);
        }
    }
}
