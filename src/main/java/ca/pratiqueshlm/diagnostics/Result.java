package ca.pratiqueshlm.diagnostics;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A value, or the problems that prevented it. Expected content errors travel as values, not exceptions.
 */
public record Result<T>(Optional<T> value, List<Diagnostic> problems) {
    public Result {
        problems = List.copyOf(problems);
        if (value.isPresent() && !problems.isEmpty()) {
            throw new IllegalArgumentException("a result with a value has no problems");
        }
        if (value.isEmpty() && problems.isEmpty()) {
            throw new IllegalArgumentException("a failed result names at least one problem");
        }
    }

    public static <T> Result<T> success(T value) {
        return new Result<>(Optional.of(value), List.of());
    }

    public static <T> Result<T> failure(Diagnostic problem) {
        return new Result<>(Optional.empty(), List.of(problem));
    }

    public static <T> Result<T> failure(List<Diagnostic> problems) {
        return new Result<>(Optional.empty(), problems);
    }

    public boolean isSuccess() {
        return value.isPresent();
    }

    public T get() {
        return value.orElseThrow(() -> new IllegalStateException("no value: " + problems));
    }

    public <U> Result<U> flatMap(Function<T, Result<U>> next) {
        return value.isPresent() ? next.apply(value.get()) : failure(problems);
    }

    /** Adds this result's problems to {@code sink} and returns its value, if any. */
    public Optional<T> reportTo(List<Diagnostic> sink) {
        sink.addAll(problems);
        return value;
    }

}
