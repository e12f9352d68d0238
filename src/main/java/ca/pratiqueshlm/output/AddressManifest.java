package ca.pratiqueshlm.output;

import ca.pratiqueshlm.content.ProjectLayout;
import ca.pratiqueshlm.diagnostics.Diagnostic;
import ca.pratiqueshlm.diagnostics.Position;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The committed list of every published page address ({@value #PATH}). A build that would no longer
 * publish one of them fails and names it: a renamed fiche must declare its former name, so the printed
 * QR codes and the links others made keep working. {@code fiches adresses} records new addresses.
 */
public final class AddressManifest {
    public static final String PATH = "content/adresses.txt";
    private static final String HEADER = """
            # Adresses publiées du site : chacune doit rester valide (codes QR imprimés, liens d'autres sites).
            # Une adresse qui disparaît fait échouer la construction. Après un renommage, ajoutez l'ancien nom
            # dans « anciens_noms » de la fiche. Pour ajouter les nouvelles adresses : ./fiches adresses
            """;

    private final ProjectLayout layout;

    public AddressManifest(ProjectLayout layout) {
        this.layout = layout;
    }

    private Path file() {
        return layout.root().resolve(PATH);
    }

    /** Every manifest address the build would not publish, at its line; none when there is no manifest. */
    public List<Diagnostic> missing(Collection<String> published) throws IOException {
        if (!Files.exists(file())) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(file(), StandardCharsets.UTF_8);
        List<Diagnostic> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String address = lines.get(i).strip();
            if (address.isEmpty() || address.startsWith("#") || published.contains(address)) {
                continue;
            }
            String hint = address.startsWith("fiches/")
                    ? "si la fiche a été renommée, ajoutez « anciens_noms: [" + address.substring(7, address.length() - 5)
                            + "] » à la fiche sous son nouveau nom ; si sa suppression est voulue, retirez cette ligne"
                    : "cette page n'est plus produite : rétablissez-la, ou retirez cette ligne si sa disparition est voulue";
            problems.add(new Diagnostic(PATH, new Position(i + 1, 1), "adresse publiée disparue : " + address,
                    Optional.of(hint)));
        }
        return problems;
    }

    /** Adds the published addresses the manifest lacks; keeps the ones it has. Returns how many were added. */
    public int record(Collection<String> published) throws IOException {
        Set<String> addresses = new TreeSet<>();
        if (Files.exists(file())) {
            Files.readAllLines(file(), StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(addresses::add);
        }
        int before = addresses.size();
        addresses.addAll(published);
        Files.writeString(file(), HEADER + String.join("\n", addresses) + "\n", StandardCharsets.UTF_8);
        return addresses.size() - before;
    }

    /** The addresses the manifest tracks: pages, not data files or images. */
    public static boolean isPage(String path) {
        return path.endsWith(".html");
    }
}
