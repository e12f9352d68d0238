package ca.pratiqueshlm.print;

import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.output.GeneratedFile;
import ca.pratiqueshlm.render.Paths;
import ca.pratiqueshlm.render.PrintPaths;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Every printable output of the site that is not a page: QR codes, fiche PDFs and booklets. */
public final class PrintPublisher {
    private final Site site;

    public PrintPublisher(Site site) {
        this.site = site;
    }

    /** One SVG QR code per fiche, of the fiche's public address. */
    public List<GeneratedFile> qrCodes() {
        List<GeneratedFile> files = new ArrayList<>();
        for (Fiche fiche : site.fiches()) {
            String svg = QrCode.of(site.config().baseUrl() + Paths.fiche(fiche.slug())).svg();
            files.add(new GeneratedFile(PrintPaths.qr(fiche.slug()), svg.getBytes(StandardCharsets.UTF_8)));
        }
        return files;
    }
}
