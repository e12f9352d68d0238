package ca.pratiqueshlm.index.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes many fiches made from the real ones, for size and speed measurements: each copies a real
 * fiche's front matter under a new title, mixes body paragraphs of three real fiches and adds a
 * sentence of invented names, so the vocabulary keeps growing as it would with real places and
 * organisations. Seeded: the same count gives the same fiches.
 */
final class SyntheticFiches {
    private static final String[] SYLLABLES = {"ba", "cho", "ri", "lan", "mo", "ter", "vil", "que", "gna", "sau",
            "fran", "toi", "lé", "mè", "bou", "char", "pel", "tin", "ro", "dé", "gue", "nor", "ville", "mont", "ber",
            "cour", "sain", "val", "lac", "pré"};

    private SyntheticFiches() {}

    static void write(Path fiches, int count) throws IOException {
        List<String> originals = new ArrayList<>();
        try (Stream<Path> files = Files.list(fiches)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                originals.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        Random random = new Random(20261125L);
        for (int i = 0; i < count; i++) {
            String base = originals.get(i % originals.size());
            int end = base.indexOf("\n---", 4);
            String front = base.substring(0, end)
                    .replaceFirst("(?m)^titre: .*$", "titre: Pratique " + name(random) + " n° " + (i + 1))
                    .replaceFirst("(?m)^alias:\\s*\\[.*\\]$", "alias: []");
            if (front.contains("\nalias:\n")) {
                front = front.replaceFirst("\nalias:\n(  - .*\n)+", "\nalias: []\n");
            }
            StringBuilder body = new StringBuilder(paragraphs(base).get(0));
            for (int k = 0; k < 2; k++) {
                List<String> other = paragraphs(originals.get(random.nextInt(originals.size())));
                body.append("\n\n").append(other.get(random.nextInt(other.size())));
            }
            body.append("\n\nOn y trouve aussi");
            for (int k = 0; k < 12; k++) {
                body.append(' ').append(name(random));
            }
            body.append(".\n");
            Files.writeString(fiches.resolve(String.format("synthetique-%04d.md", i + 1)),
                    front + "\n---\n" + body, StandardCharsets.UTF_8);
        }
    }

    private static List<String> paragraphs(String fiche) {
        String body = fiche.substring(fiche.indexOf("\n---", 4) + 4).strip();
        return Stream.of(body.split("\n\\s*\n")).filter(p -> !p.isBlank()).toList();
    }

    /** An invented place or organisation name, such as « Valmonttin ». */
    private static String name(Random random) {
        StringBuilder word = new StringBuilder();
        int syllables = 2 + random.nextInt(3);
        for (int k = 0; k < syllables; k++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
