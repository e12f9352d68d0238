package ca.pratiqueshlm.output;

/** A file produced by code rather than a template (data exports, PDFs, search index). */
public record GeneratedFile(String path, byte[] bytes) {}
