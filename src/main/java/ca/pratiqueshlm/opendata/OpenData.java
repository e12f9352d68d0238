package ca.pratiqueshlm.opendata;

import ca.pratiqueshlm.model.FicheMemo;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.output.GeneratedFile;
import java.util.List;

/** The data files published beside the pages. */
public final class OpenData {
    private OpenData() {}

    /** Each fiche's part of the two files in UTF-8, and the JSON file's frame, kept between the preview's builds. */
    public record Memory(FicheMemo<byte[]> json, FicheMemo<byte[]> csv,
            java.util.concurrent.atomic.AtomicReference<JsonExport.Frame> jsonFrame) {
        public Memory() {
            this(new FicheMemo<>(), new FicheMemo<>(), new java.util.concurrent.atomic.AtomicReference<>());
        }

        void keepOnly(List<ca.pratiqueshlm.model.Fiche> fiches) {
            json.keepOnly(fiches);
            csv.keepOnly(fiches);
        }
    }

    public static List<GeneratedFile> files(Site site) {
        return files(site, new Memory());
    }

    public static List<GeneratedFile> files(Site site, Memory memory) {
        memory.keepOnly(site.fiches());
        return List.of(JsonExport.file(site, memory.json(), memory.jsonFrame()), CsvExport.file(site, memory.csv()));
    }
}
