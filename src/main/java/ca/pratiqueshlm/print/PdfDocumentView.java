package ca.pratiqueshlm.print;

/** What a PDF template needs besides its fiches: document metadata and where the site lives. */
public record PdfDocumentView(String title, String author, String subject, String keywords, String siteTitle,
        String siteUrl) {}
