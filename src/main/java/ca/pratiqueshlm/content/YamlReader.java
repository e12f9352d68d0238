package ca.pratiqueshlm.content;

import ca.pratiqueshlm.content.YamlNode.Entry;
import ca.pratiqueshlm.content.YamlNode.Mapping;
import ca.pratiqueshlm.content.YamlNode.Scalar;
import ca.pratiqueshlm.content.YamlNode.ScalarType;
import ca.pratiqueshlm.content.YamlNode.Sequence;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.diagnostics.SourceFile;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML into {@link YamlNode}s that keep their positions. Aliases are refused (they make "billion
 * laughs" documents possible and have no use in a fiche), and so are duplicate keys and deep nesting.
 */
public final class YamlReader {
    /** Deeper than any fiche needs; a deeper document is hostile or broken. */
    static final int MAX_DEPTH = 20;
    private static final int MAX_YAML_CHARS = 1_000_000;

    /** The stage name of kept trees in the build cache. */
    static final String STAGE = "yaml";
    /** What a kept tree depends on besides its text: this reader's code and the parser's version. */
    private static final String FINGERPRINT = CodeFingerprint.of(
            List.of(YamlReader.class, YamlTrees.class, YamlNode.class),
            List.of(YAMLFactory.class, LoaderOptions.class));

    private final ResultStore kept;

    public YamlReader() {
        this(ResultStore.NONE);
    }

    /** @param kept where the trees of documents read before are kept (only documents without problems) */
    public YamlReader(ResultStore kept) {
        this.kept = kept;
    }

    /**
     * The parser's factory, made when a first document is parsed (thread-safe once built): a build whose
     * documents all come from the build cache never sets the YAML parser up.
     */
    private static final class Parsers {
        static final YAMLFactory FACTORY = factory();

        private static YAMLFactory factory() {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(0);
            options.setNestingDepthLimit(MAX_DEPTH + 5);
            options.setCodePointLimit(MAX_YAML_CHARS * 2);
            options.setAllowDuplicateKeys(true); // reported by us, with the position of the second key
            return YAMLFactory.builder()
                    .loaderOptions(options)
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 5).build())
                    .build();
        }
    }

    /**
     * Parses {@code yaml}, which starts on line {@code firstLine} of {@code file}.
     *
     * @return the root node (an empty mapping for an empty document), or the first syntax problem
     */
    public Result<YamlNode> read(SourceFile file, String yaml, int firstLine) {
        if (kept == ResultStore.NONE) {
            return parse(file, yaml, firstLine);
        }
        try {
            byte[] tree = kept.get(STAGE, FINGERPRINT + '\0' + firstLine + '\0' + yaml, () -> {
                Result<YamlNode> parsed = parse(file, yaml, firstLine);
                if (!parsed.isSuccess()) {
                    throw new NotKept(parsed);
                }
                return YamlTrees.encode(parsed.get());
            });
            return Result.success(YamlTrees.decode(tree));
        } catch (NotKept problems) {
            return problems.result;
        } catch (IOException e) {
            return parse(file, yaml, firstLine); // a damaged entry: parse again
        }
    }

    /** Carries a document's problems out of the store's computation, which keeps only what it returns. */
    private static final class NotKept extends RuntimeException {
        private final transient Result<YamlNode> result;

        NotKept(Result<YamlNode> result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    private Result<YamlNode> parse(SourceFile file, String yaml, int firstLine) {
        if (yaml.length() > MAX_YAML_CHARS) {
            return Result.failure(Diagnostic.at(file, new Position(firstLine, 1),
                    "en-tête YAML trop long (" + yaml.length() + " caractères, maximum " + MAX_YAML_CHARS + ")"));
        }
        Context context = new Context(file, firstLine);
        try (YAMLParser parser = Parsers.FACTORY.createParser(yaml)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return Result.success(new Mapping(new Position(firstLine, 1), Map.of()));
            }
            YamlNode root = readValue(parser, token, context, 0);
            return context.problems.isEmpty() ? Result.success(root) : Result.failure(context.problems);
        } catch (SyntaxProblem problem) {
            return Result.failure(problem.diagnostic);
        } catch (IOException | RuntimeException e) {
            return Result.failure(syntaxError(e, context));
        }
    }

    private YamlNode readValue(YAMLParser parser, JsonToken token, Context context, int depth) throws IOException {
        Position position = context.position(parser.currentTokenLocation());
        if (depth > MAX_DEPTH) {
            throw new SyntaxProblem(Diagnostic.at(context.file, position,
                    "imbrication trop profonde (plus de " + MAX_DEPTH + " niveaux)",
                    "une fiche n'a besoin que de quelques niveaux de champs"));
        }
        if (parser.isCurrentAlias()) {
            throw new SyntaxProblem(Diagnostic.at(context.file, position,
                    "les alias YAML (« *" + parser.getText() + " ») ne sont pas permis",
                    "recopiez la valeur au lieu d'y faire référence"));
        }
        return switch (token) {
            case START_OBJECT -> readMapping(parser, position, context, depth);
            case START_ARRAY -> readSequence(parser, position, context, depth);
            case VALUE_STRING -> checked(new Scalar(position, parser.getText(), ScalarType.STRING), context);
            case VALUE_NUMBER_INT -> new Scalar(position, parser.getText(), ScalarType.INTEGER);
            case VALUE_NUMBER_FLOAT -> new Scalar(position, parser.getText(), ScalarType.DECIMAL);
            case VALUE_TRUE, VALUE_FALSE -> new Scalar(position, parser.getText(), ScalarType.BOOLEAN);
            case VALUE_NULL -> new Scalar(position, "", ScalarType.NULL);
            default -> new Scalar(position, parser.getText(), ScalarType.STRING);
        };
    }

    /** A string value with a control character (from an escape such as "\\x01") is reported, not kept quietly. */
    private static Scalar checked(Scalar scalar, Context context) {
        var forbidden = ControlCharacters.firstForbidden(scalar.text());
        if (forbidden.isPresent()) {
            context.problems.add(Diagnostic.at(context.file, scalar.position(), "caractère de contrôle "
                    + ControlCharacters.describe(scalar.text(), forbidden.getAsInt()) + " dans la valeur",
                    "retirez la séquence d'échappement (\\x.., \\u.., \\0, \\e) : une valeur ne contient que du texte"));
        }
        return scalar;
    }

    private Mapping readMapping(YAMLParser parser, Position position, Context context, int depth) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Position keyPosition = context.position(parser.currentTokenLocation());
            YamlNode value = readValue(parser, parser.nextToken(), context, depth + 1);
            if (entries.containsKey(key)) {
                context.problems.add(Diagnostic.at(context.file, keyPosition,
                        "champ « " + key + " » en double",
                        "il est déjà défini à la ligne " + entries.get(key).keyPosition().line()
                                + " ; gardez-en un seul"));
            } else {
                entries.put(key, new Entry(key, keyPosition, value));
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new IOException("unexpected token " + token);
        }
        return new Mapping(position, entries);
    }

    private Sequence readSequence(YAMLParser parser, Position position, Context context, int depth) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new IOException("unexpected end of list");
            }
            items.add(readValue(parser, token, context, depth + 1));
        }
        return new Sequence(position, items);
    }

    private static Diagnostic syntaxError(Exception e, Context context) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof MarkedYAMLException)) {
            cause = cause.getCause();
        }
        if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            var mark = marked.getProblemMark();
            // An unclosed quote is found at the end of the text; where it was opened is what helps.
            if (marked.getContextMark() != null && String.valueOf(marked.getProblem()).contains("end of stream")) {
                mark = marked.getContextMark();
            }
            Position position = new Position(context.firstLine + mark.getLine(), mark.getColumn() + 1);
            return YamlSyntaxMessages.describe(context.file, position, marked.getProblem());
        }
        Position position = new Position(context.firstLine, 1);
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null
                && jpe.getLocation().getLineNr() > 0) {
            position = context.position(jpe.getLocation());
        }
        return YamlSyntaxMessages.describe(context.file, position, e.getMessage());
    }

    /** Where the YAML sits in the file, and what went wrong so far. */
    private static final class Context {
        final SourceFile file;
        final int firstLine;
        final List<Diagnostic> problems = new ArrayList<>();

        Context(SourceFile file, int firstLine) {
            this.file = file;
            this.firstLine = firstLine;
        }

        Position position(JsonLocation location) {
            int line = Math.max(1, location.getLineNr());
            int column = Math.max(1, location.getColumnNr());
            return new Position(firstLine + line - 1, column);
        }
    }

    /** Stops reading at a problem that makes the rest of the document meaningless. */
    private static final class SyntaxProblem extends IOException {
        final transient Diagnostic diagnostic;

        SyntaxProblem(Diagnostic diagnostic) {
            super(diagnostic.message(), null);
            this.diagnostic = diagnostic;
        }
    }
}
