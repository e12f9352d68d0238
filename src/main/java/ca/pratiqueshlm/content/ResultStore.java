package ca.pratiqueshlm.content;

import java.util.function.Supplier;

/**
 * Where pure results outlive the process (the build cache under {@code target/cache/}): the result for
 * {@code input} at {@code stage}, read if kept, else computed by {@code compute} and kept. An exception
 * from {@code compute} must leave nothing kept.
 */
@FunctionalInterface
public interface ResultStore {
    /** Keeps nothing: every result is computed. */
    ResultStore NONE = (stage, input, compute) -> compute.get();

    byte[] get(String stage, String input, Supplier<byte[]> compute);
}
