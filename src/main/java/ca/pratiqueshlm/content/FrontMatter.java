package ca.pratiqueshlm.content;

/**
 * A file split into its YAML front matter and its Markdown body.
 *
 * @param yaml the text between the two {@code ---} lines
 * @param yamlFirstLine the line of the file on which {@code yaml} starts
 * @param body the text after the closing {@code ---} line
 * @param bodyFirstLine the line of the file on which {@code body} starts
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {}
