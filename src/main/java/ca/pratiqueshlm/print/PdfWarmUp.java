package ca.pratiqueshlm.print;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Makes a tiny fiche PDF and a two-part booklet of it, and throws them away: run at the end of the
 * launcher's first run, whose loaded classes become the class-data archive of every later run. A
 * first run that made no PDF (a check, a build without PDFs, or one whose PDFs all came from the
 * cache) otherwise left the PDF libraries out, and every later PDF build loaded them from the jars,
 * a third of a second more.
 */
public final class PdfWarmUp {
    private static final String PAGE = """
            <!DOCTYPE html><html lang="fr-CA"><head><meta charset="utf-8"><title>Essai</title>
            <style>@page { size: letter; margin: 15mm; } h1 { font-family: "DejaVu Serif"; }
            td { border: 1px solid #333; }</style></head>
            <body><h1>Essai</h1><p>Un <strong>court</strong> <em>texte</em> « en français ».</p>
            <ul><li>Un</li></ul><table><tr><td>1</td></tr></table><a href="https://exemple.test/">lien</a>
            <svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" aria-label="carré"><rect width="9" height="9"/></svg>
            </body></html>""";

    private PdfWarmUp() {}

    public static void run() throws IOException {
        PdfFonts fonts = PdfFonts.load();
        byte[] pdf = new PdfRenderer(fonts).render(PAGE, "https://exemple.test/", PdfRenderer.utcDate(LocalDate.of(2000, 1, 1)));
        BookletAssembler.numbered(pdf, fonts.pageNumbers(), 1);
        BookletAssembler.assemble(List.of(pdf, pdf), List.of(new BookletAssembler.Mark("Essai", 2, List.of())),
                fonts.pageNumbers(), 1);
        PageBudget.pages(pdf);
    }
}
