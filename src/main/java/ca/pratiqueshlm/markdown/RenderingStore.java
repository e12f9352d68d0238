package ca.pratiqueshlm.markdown;

import ca.pratiqueshlm.content.ResultStore;

/** Where rendered bodies outlive the process: a {@link ResultStore} for Markdown renderings. */
@FunctionalInterface
public interface RenderingStore extends ResultStore {
    /** Keeps nothing: every body is rendered. */
    RenderingStore NONE = (stage, input, compute) -> compute.get();
}
