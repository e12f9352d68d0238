package ca.pratiqueshlm.plan;

import ca.pratiqueshlm.plan.Views.PageMeta;
import ca.pratiqueshlm.plan.Views.SiteView;

/**
 * The frame every page record shares: the page's own metadata and the site-wide values around it. Each
 * page kind is a record in {@link Pages} whose first two components are these, so every template reads
 * {@code page} and {@code site} the same way, then the components of its own kind by name.
 */
public interface SitePage {
    PageMeta page();

    SiteView site();

    /** The frame of one page, built once by the planner and spread into the page record. */
    record Frame(PageMeta page, SiteView site) {}
}
