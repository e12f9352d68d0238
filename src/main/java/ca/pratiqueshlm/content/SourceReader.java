package ca.pratiqueshlm.content;

import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import ca.pratiqueshlm.diagnostics.Result;
import ca.pratiqueshlm.diagnostics.SourceFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a content file as UTF-8 text. A byte-order mark and Windows line ends are accepted and
 * normalised (editors on Windows produce them); invalid UTF-8, oversized files and links that leave
 * the project are refused with a position.
 */
public final class SourceReader {
    /**
     * Seven times the longest fiche (27 kB); a larger file is a mistake (a pasted export, a binary).
     * It also bounds what a hostile body can cost the parser, the pages and the PDFs.
     */
    public static final long MAX_BYTES = 200_000;

    private final ProjectLayout layout;

    public SourceReader(ProjectLayout layout) {
        this.layout = layout;
    }

    public Result<SourceFile> read(Path path) {
        Path shown = layout.relative(path);
        SourceFile placeholder = new SourceFile(shown, "");
        try {
            Optional<Diagnostic> escape = checkStaysInProject(path, placeholder);
            if (escape.isPresent()) {
                return Result.failure(escape.get());
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                return Result.failure(Diagnostic.at(placeholder, Position.START,
                        String.format(Locale.CANADA_FRENCH, "fichier trop volumineux (%.1f Mo, maximum %.1f Mo)",
                                size / 1e6, MAX_BYTES / 1e6),
                        "une fiche tient en quelques pages ; retirez le contenu collé par erreur"));
            }
            byte[] bytes = Files.readAllBytes(path);
            return decode(bytes, placeholder).flatMap(text -> withoutControlCharacters(normalise(text), placeholder))
                    .flatMap(text -> Result.success(new SourceFile(shown, text)));
        } catch (IOException e) {
            return Result.failure(Diagnostic.at(placeholder, Position.START, "lecture du fichier impossible",
                    "vérifiez que c'est bien un fichier, qu'il existe toujours et que vous pouvez le lire"));
        }
    }

    private Optional<Diagnostic> checkStaysInProject(Path path, SourceFile placeholder) throws IOException {
        if (Files.isSymbolicLink(path)) {
            Path target = path.toRealPath();
            Path root = layout.root().toRealPath();
            boolean inContent = Files.isDirectory(layout.content()) && target.startsWith(layout.content().toRealPath());
            if (!inContent || !Files.isRegularFile(target) || ProjectLayout.isHidden(root.relativize(target))) {
                return Optional.of(Diagnostic.at(placeholder, Position.START,
                        "lien symbolique vers un fichier hors de content/ refusé",
                        "copiez le contenu dans le dépôt au lieu d'y faire un lien"));
            }
        }
        if (!Files.isRegularFile(path)) {
            // A named pipe would block the read forever; a device or socket is no text either.
            return Optional.of(Diagnostic.at(placeholder, Position.START,
                    "fichier spécial (tube nommé, socket ou périphérique) refusé",
                    "supprimez-le : seuls des fichiers ordinaires peuvent servir à construire le site"));
        }
        return Optional.empty();
    }


    private static Result<String> withoutControlCharacters(String text, SourceFile placeholder) {
        var forbidden = ControlCharacters.firstForbidden(text);
        if (forbidden.isEmpty()) {
            return Result.success(text);
        }
        int index = forbidden.getAsInt();
        int lineStart = text.lastIndexOf('\n', index - 1) + 1;
        int line = (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
        return Result.failure(Diagnostic.at(placeholder, new Position(line, index - lineStart + 1),
                "caractère de contrôle " + ControlCharacters.describe(text, index) + " dans le fichier",
                "retirez-le : il vient souvent d'un copier-coller depuis un PDF ou un traitement de texte"));
    }

    private static Result<String> decode(byte[] bytes, SourceFile placeholder) {
        // The JDK's own decoding is the fast one; it turns malformed bytes into U+FFFD, and only then is
        // the file decoded again strictly, to say where (a file may also hold U+FFFD itself).
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return Result.success(text);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        var result = decoder.decode(input, CharBuffer.allocate(bytes.length + 1), true);
        if (result.isError()) {
            int badByte = input.position();
            return Result.failure(Diagnostic.at(placeholder, positionOfByte(bytes, badByte),
                    String.format("le fichier n'est pas en UTF-8 (octet 0x%02X invalide)", bytes[badByte] & 0xFF),
                    "enregistrez-le en UTF-8 (dans VS Code : « Enregistrer avec l'encodage » > UTF-8)"));
        }
        return Result.success(text);
    }

    /** The line and column (in characters) of a byte offset, counting the valid UTF-8 before it. */
    private static Position positionOfByte(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Position(line, column);
    }

    private static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }
}
