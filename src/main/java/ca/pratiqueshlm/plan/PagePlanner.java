package ca.pratiqueshlm.plan;

import java.util.List;

/** Plans one family of pages (partners, regions...): what each page shows, nothing written. */
interface PagePlanner {
    List<PageJob> plan();
}
