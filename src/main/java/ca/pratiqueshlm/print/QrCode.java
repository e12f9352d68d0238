package ca.pratiqueshlm.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Base64;
import java.util.Map;

/** A QR code for one address, drawn as a PNG for the fiche pages and the PDFs (QrImages). */
public final class QrCode {
    private final BitMatrix modules;

    private QrCode(BitMatrix modules) {
        this.modules = modules;
    }

    /** Encodes {@code text} with medium error correction and the standard four-module quiet zone. */
    public static QrCode of(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 4));
            return new QrCode(matrix);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as QR code: " + text, e);
        }
    }

    /** Width in modules, quiet zone included. */
    public int size() {
        return modules.getWidth();
    }

    /** A 1-bit PNG, {@code scale} pixels per module, as a data: URI. */
    public String pngDataUri(int scale) {
        byte[] png = TwoColourPng.of(size(), size(), scale, modules::get);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
}
