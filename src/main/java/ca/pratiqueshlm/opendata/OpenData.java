package ca.pratiqueshlm.opendata;

import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.output.GeneratedFile;
import java.util.List;

/** The data files published beside the pages. */
public final class OpenData {
    private OpenData() {}

    public static List<GeneratedFile> files(Site site) {
        return List.of(JsonExport.file(site), CsvExport.file(site));
    }
}
