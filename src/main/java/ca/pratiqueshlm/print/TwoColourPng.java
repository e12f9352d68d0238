package ca.pratiqueshlm.print;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A black-and-white PNG, one bit per pixel with a two-entry palette. A palette image is what PDFBox can
 * put into a PDF as it is, its compressed rows copied (a grey one it decodes pixel by pixel and
 * compresses again, and through ImageIO, which a process initialises on its first image); browsers
 * show both alike.
 */
final class TwoColourPng {
    /** Whether the pixel at (x, y) is black. */
    interface Pixels {
        boolean black(int x, int y);
    }

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int PALETTE = 3;

    private TwoColourPng() {}

    static byte[] of(int width, int height, Pixels pixels) {
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 + width * height / 32);
        png.writeBytes(SIGNATURE);
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 1).put((byte) PALETTE).put((byte) 0).put((byte) 0).put((byte) 0).array());
        // Index 0 black, 1 white.
        chunk(png, "PLTE", new byte[] {0, 0, 0, (byte) 255, (byte) 255, (byte) 255});
        chunk(png, "IDAT", compressed(rows(width, height, pixels)));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** Each row: filter type 0 (none), then the pixels, eight to a byte, the first in the high bit. */
    private static byte[] rows(int width, int height, Pixels pixels) {
        int rowBytes = 1 + (width + 7) / 8;
        byte[] rows = new byte[rowBytes * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (!pixels.black(x, y)) {
                    rows[y * rowBytes + 1 + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return rows;
    }

    private static byte[] compressed(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
