package ca.pratiqueshlm.markdown;

import java.util.function.Supplier;

/**
 * Where rendered bodies outlive the process (the build cache under {@code target/cache/}): the result
 * for {@code input} at {@code stage}, read if kept, else computed by {@code compute} and kept. An
 * exception from {@code compute} must leave nothing kept.
 */
@FunctionalInterface
public interface RenderingStore {
    /** Keeps nothing: every body is rendered. */
    RenderingStore NONE = (stage, input, compute) -> compute.get();

    byte[] get(String stage, String input, Supplier<byte[]> compute);
}
