package ca.pratiqueshlm.plan;

import java.util.Map;

/** One output file: where it goes, which template renders it, and with what. */
public record PageJob(String path, String template, Map<String, Object> model) {
    public PageJob {
        model = Map.copyOf(model);
    }
}
