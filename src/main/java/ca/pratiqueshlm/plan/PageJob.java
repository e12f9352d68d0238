package ca.pratiqueshlm.plan;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One output file: where it goes, which template renders it, and the page record it shows (one of
 * {@link Pages}, framed by {@link SitePage}). A fiche page's record may be deferred: built by the
 * thread that renders it and dropped once the page is written, so a build of 10,000 fiches does not
 * hold 10,000 page records from planning to writing (they outlived the young generation, and the
 * collector copied them again and again).
 */
public final class PageJob {
    private final String path;
    private final String template;
    private final Record page;
    private final Supplier<? extends Record> deferred;

    public PageJob(String path, String template, Record page) {
        this(path, template, checked(path, page), null);
    }

    private PageJob(String path, String template, Record page, Supplier<? extends Record> deferred) {
        this.path = Objects.requireNonNull(path);
        this.template = Objects.requireNonNull(template);
        this.page = page;
        this.deferred = deferred;
    }

    /** A job whose record is built each time it is asked for, from data the build holds anyway. */
    public static PageJob deferred(String path, String template, Supplier<? extends Record> page) {
        return new PageJob(path, template, null, Objects.requireNonNull(page));
    }

    public String path() {
        return path;
    }

    public String template() {
        return template;
    }

    /** The page's record: built now if the job is deferred (so ask once per use). */
    public Record page() {
        return page != null ? page : checked(path, deferred.get());
    }

    /** This job with its record built, for a caller that reads it more than once (the preview). */
    public PageJob realized() {
        return page != null ? this : new PageJob(path, template, page());
    }

    private static Record checked(String path, Record page) {
        if (!(page instanceof SitePage)) {
            throw new IllegalArgumentException(path + ": a page record must be a SitePage, not " + page);
        }
        return page;
    }

    @Override
    public String toString() {
        return "PageJob[" + path + ", " + template + (page == null ? ", deferred]" : "]");
    }
}
