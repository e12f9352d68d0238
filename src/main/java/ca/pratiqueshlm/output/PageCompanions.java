package ca.pratiqueshlm.output;

import ca.pratiqueshlm.plan.PageJob;
import java.util.List;

/**
 * Files made from a page as it is rendered, written with it: the page is rendered once, and a page the
 * preview does not render again keeps its companions as they are.
 */
@FunctionalInterface
public interface PageCompanions {
    PageCompanions NONE = (job, html) -> List.of();

    /** The files made from {@code html}, the published (typeset) markup of {@code job}; often none. */
    List<GeneratedFile> of(PageJob job, String html);
}
