package ca.pratiqueshlm.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDIndexed;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

class TwoColourPngTest {
    /** A width that is not a multiple of eight, so the last byte of each row is padded. */
    private static final int WIDTH = 13;
    private static final int HEIGHT = 5;
    private static final TwoColourPng.Pixels CHECKERED = (x, y) -> (x + y) % 2 == 0 || x == WIDTH - 1;

    @Test
    void decodesToTheSamePixels() throws IOException {
        assertDrawn(1);
    }

    /** Each module a square of scale × scale pixels, rows straddling bytes as a scale of 3 makes them. */
    @Test
    void modulesAreDrawnAsSquaresOfTheScale() throws IOException {
        assertDrawn(3);
    }

    /** Decodes the picture of {@link #CHECKERED} at {@code scale} and checks every pixel. */
    private static void assertDrawn(int scale) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(TwoColourPng.of(WIDTH, HEIGHT, scale, CHECKERED)));
        assertEquals(WIDTH * scale, image.getWidth());
        assertEquals(HEIGHT * scale, image.getHeight());
        for (int y = 0; y < HEIGHT * scale; y++) {
            for (int x = 0; x < WIDTH * scale; x++) {
                int expected = CHECKERED.black(x / scale, y / scale) ? 0xff000000 : 0xffffffff;
                assertEquals(expected, image.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    /** PDFBox puts it into a PDF as it is: its compressed rows, a palette, and how to read them. */
    @Test
    void pdfboxEmbedsItWithoutDecodingIt() throws IOException {
        byte[] png = TwoColourPng.of(WIDTH, HEIGHT, 1, CHECKERED);
        try (PDDocument document = new PDDocument()) {
            PDImageXObject image = PDImageXObject.createFromByteArray(document, png, "qr.png");
            assertEquals(PDIndexed.class, image.getColorSpace().getClass());
            assertEquals(1, image.getBitsPerComponent());
            assertEquals(15, image.getCOSObject().getCOSDictionary(COSName.DECODE_PARMS).getInt(COSName.PREDICTOR),
                    "the PNG rows, filters and all");
            try (InputStream raw = image.getCOSObject().createRawInputStream()) {
                assertArrayEquals(idat(png), raw.readAllBytes());
            }
            BufferedImage decoded = image.getImage();
            assertEquals(0xff000000, decoded.getRGB(0, 0));
            assertEquals(0xffffffff, decoded.getRGB(1, 0));
        }
    }

    private static byte[] idat(byte[] png) {
        int at = 8;
        while (at < png.length) {
            int length = ((png[at] & 0xff) << 24) | ((png[at + 1] & 0xff) << 16) | ((png[at + 2] & 0xff) << 8) | (png[at + 3] & 0xff);
            if (new String(png, at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("IDAT")) {
                return java.util.Arrays.copyOfRange(png, at + 8, at + 8 + length);
            }
            at += 12 + length;
        }
        throw new AssertionError("no IDAT chunk");
    }
}
