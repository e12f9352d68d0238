package ca.pratiqueshlm.cli;

import ca.pratiqueshlm.serve.PreviewSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Builds, serves and rebuilds the site while it is being edited. */
@Command(name = "serve", description = {
        "Construit le site, le sert sur http://127.0.0.1:8000/ et le reconstruit à chaque modification de",
        "content/, templates/ ou assets/ ; le navigateur se recharge tout seul. Ctrl+C pour arrêter."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Option(names = "--host", paramLabel = "ADRESSE",
            description = "Adresse d'écoute (défaut : ${DEFAULT-VALUE}, visible de cet ordinateur seulement).")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", description = "Port (défaut : ${DEFAULT-VALUE} ; 0 = un port libre).")
    int port = 8000;

    @Option(names = {"-o", "--output"}, paramLabel = "DOSSIER", description = "Dossier du site (défaut : target/site).")
    Path output;

    @Spec
    CommandSpec spec;

    /** Where the server listens, from --host and --port. */
    InetSocketAddress address() throws UnknownHostException {
        return new InetSocketAddress(InetAddress.getByName(host), port);
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            err.println("Port invalide : " + port + " (0 à 65535).");
            return ExitCodes.USAGE;
        }
        InetSocketAddress address;
        try {
            address = address();
        } catch (UnknownHostException e) {
            err.println("Adresse inconnue : « " + host + " ».");
            return ExitCodes.USAGE;
        }
        Path destination = output != null ? output : options.layout().root().resolve("target/site");
        PreviewSession session;
        try {
            session = PreviewSession.start(options.layout(), destination, address, out, err);
        } catch (IOException e) {
            err.println("Impossible d'écouter sur " + host + ":" + port + " : " + e.getMessage()
                    + " (essayez un autre --port).");
            return ExitCodes.INTERNAL;
        }
        if (!address.getAddress().isLoopbackAddress()) {
            err.println("Attention : l'aperçu est visible des autres ordinateurs du réseau (--host " + host + ").");
        }
        InetSocketAddress bound = session.address();
        String shownHost = bound.getAddress().getHostAddress().contains(":")
                ? "[" + bound.getAddress().getHostAddress() + "]" : bound.getAddress().getHostAddress();
        out.println("Aperçu : http://" + shownHost + ":" + bound.getPort() + "/ (Ctrl+C pour arrêter)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                session.close();
            } catch (IOException e) {
                // stopping anyway
            }
            stopped.countDown();
        }, "fiches-preview-stop"));
        stopped.await();
        return ExitCodes.OK;
    }
}
