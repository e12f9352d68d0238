package ca.pratiqueshlm.plan;

/**
 * One output file: where it goes, which template renders it, and the page record it shows (one of
 * {@link Pages}, framed by {@link SitePage}).
 */
public record PageJob(String path, String template, Record page) {
    public PageJob {
        if (!(page instanceof SitePage)) {
            throw new IllegalArgumentException(path + ": a page record must be a SitePage, not " + page);
        }
    }
}
