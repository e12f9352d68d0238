package ca.pratiqueshlm.print;

import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.output.GeneratedFile;
import ca.pratiqueshlm.plan.PrintPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The forum version of a fiche is handed out as one sheet, both sides: the build counts its pages and
 * reports a fiche whose version runs longer as a content error, so editors learn it in the pull request.
 */
final class PageBudget {
    static final int MAX_PAGES = 2;

    private PageBudget() {}

    /** @param pages counts the pages of a PDF (the PDF cache remembers them) */
    static List<Diagnostic> check(List<Fiche> fiches, List<GeneratedFile> files, ToIntFunction<GeneratedFile> pages) {
        Map<String, GeneratedFile> byPath = files.stream().collect(Collectors.toMap(GeneratedFile::path, Function.identity()));
        List<Diagnostic> problems = new ArrayList<>();
        for (Fiche fiche : fiches) {
            GeneratedFile forum = byPath.get(PrintPaths.forumPdf(fiche.slug()));
            int count = pages.applyAsInt(forum);
            if (count > MAX_PAGES) {
                problems.add(new Diagnostic(fiche.sourcePath(), Position.START,
                        "la version forum de la fiche « " + fiche.title() + " » tient sur " + count
                                + " pages ; elle doit tenir sur " + MAX_PAGES + " pages (une feuille recto verso)",
                        Optional.of("raccourcissez le résumé, les objectifs, les activités, les retombées ou les "
                                + "libellés des chiffres clés : la version forum en garde les premiers éléments")));
            }
        }
        return problems;
    }

    /** The page count a PDF of ours (openhtmltopdf's or a booklet) declares, read without PDFBox. */
    static int pages(byte[] pdf) {
        try {
            return PdfFile.read(pdf).pageCount();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
