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
    /** Whether the module (a pixel at scale 1) at (x, y) is black. */
    interface Pixels {
        boolean black(int x, int y);
    }

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int PALETTE = 3;

    private TwoColourPng() {}

    /**
     * A picture of {@code columns} by {@code lines} square modules (a QR code's), each {@code scale} pixels
     * wide and high: asked once per module, not once per pixel (some 70,000 calls for one QR code), and
     * each module line's pixel row written once, then copied.
     */
    static byte[] of(int columns, int lines, int scale, Pixels modules) {
        int width = columns * scale;
        int height = lines * scale;
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 + width * height / 32);
        png.writeBytes(SIGNATURE);
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 1).put((byte) PALETTE).put((byte) 0).put((byte) 0).put((byte) 0).array());
        // Index 0 black, 1 white.
        chunk(png, "PLTE", new byte[] {0, 0, 0, (byte) 255, (byte) 255, (byte) 255});
        chunk(png, "IDAT", compressed(rows(columns, lines, scale, modules)));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** Each row: filter type 0 (none), then the pixels, eight to a byte, the first in the high bit. */
    private static byte[] rows(int columns, int lines, int scale, Pixels modules) {
        int rowBytes = 1 + (columns * scale + 7) / 8;
        byte[] rows = new byte[rowBytes * lines * scale];
        for (int line = 0; line < lines; line++) {
            int row = line * scale * rowBytes;
            for (int column = 0; column < columns; column++) {
                if (!modules.black(column, line)) {
                    for (int x = column * scale; x < (column + 1) * scale; x++) {
                        rows[row + 1 + x / 8] |= (byte) (0x80 >>> (x % 8));
                    }
                }
            }
            for (int copy = 1; copy < scale; copy++) {
                System.arraycopy(rows, row, rows, row + copy * rowBytes, rowBytes);
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
