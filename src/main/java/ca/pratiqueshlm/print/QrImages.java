package ca.pratiqueshlm.print;

import ca.pratiqueshlm.output.BuildCache;
import java.nio.charset.StandardCharsets;

/**
 * The QR code of an address as a PNG data URI, as the fiche pages and the PDFs print it: inline, so a
 * page prints its code without a second file (a site of 1,000 fiches wrote 1,000 SVG files for them),
 * and the same image on paper from the browser and in the PDFs. Choosing a code's mask and writing the
 * PNG cost more than reading them back, so {@code cache} keeps them between builds.
 */
public final class QrImages {
    /** Pixels per module: sharp at the 22-24 mm the code is printed at, about half a kilobyte. */
    static final int SCALE = 4;
    private final BuildCache cache;

    public QrImages(BuildCache cache) {
        this.cache = cache;
    }

    /** The code of {@code url}, as a {@code data:image/png;base64,…} URI. */
    public String of(String url) {
        byte[] uri = cache.get("qr-png-indexed-" + SCALE, url,
                () -> QrCode.of(url).pngDataUri(SCALE).getBytes(StandardCharsets.US_ASCII));
        return new String(uri, StandardCharsets.US_ASCII);
    }
}
