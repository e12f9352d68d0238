package ca.pratiqueshlm.plan;

/**
 * What a printed fiche carries besides its content: its public address, a QR code of that address
 * ({@code qrSrc}: a relative link on the site, a data: URI in a PDF), and its PDF (null when PDFs are
 * not built, or inside a PDF).
 */
public record PrintLinks(String url, String qrSrc, String pdfHref) {}
