package ca.pratiqueshlm.plan;

/**
 * What a printed fiche carries besides its content: its public address, a QR code of that address
 * ({@code qrSrc}: a PNG data: URI, print.QrImages), and its PDF (null when PDFs are not built, or inside
 * a PDF).
 */
public record PrintLinks(String url, String qrSrc, String pdfHref) {}
