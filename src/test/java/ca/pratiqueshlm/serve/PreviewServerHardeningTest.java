package ca.pratiqueshlm.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview against a hostile network neighbour: rebinding, stalled clients, tricky paths. */
class PreviewServerHardeningTest {
    @TempDir
    Path site;
    PreviewServer server;

    @BeforeEach
    void start() throws IOException {
        Files.createDirectories(site.resolve("fiches"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><head></head><body>accueil</body></html>");
        Files.writeString(site.resolve("fiches/index.html"), "<!DOCTYPE html><html><head></head><body>liste</body></html>");
        server = PreviewServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), site,
                () -> BuildState.initial().succeeded(), new PageChanges());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aRequestForAnotherHostNameIsRefused() throws IOException {
        Raw rebound = Raw.send(server.address(), "GET / HTTP/1.1\r\nHost: attaquant.example:" + port() + "\r\n"
                + "Connection: close\r\n\r\n");
        Raw local = Raw.send(server.address(), "GET / HTTP/1.1\r\nHost: localhost:" + port() + "\r\n"
                + "Connection: close\r\n\r\n");

        assertEquals(421, rebound.status(), rebound.text());
        assertTrue(!rebound.text().contains("accueil"), "nothing of the site is sent");
        assertEquals(200, local.status(), local.text());
    }

    @Test
    void aPathWithManyLeadingSlashesIsNeverRedirectedToAnotherHost() throws IOException {
        HttpProbe probe = HttpProbe.get(server.address(), "////fiches");

        assertEquals(301, probe.status());
        assertEquals("/fiches/", probe.header("Location"));
    }

    @Test
    void headSaysHowLongTheGetBodyIs() throws IOException {
        Raw head = Raw.send(server.address(), "HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        HttpProbe get = HttpProbe.get(server.address(), "/");

        assertEquals(200, head.status());
        assertEquals(Integer.toString(get.body().getBytes(StandardCharsets.UTF_8).length), head.header("content-length"));
    }

    @Test
    void stalledConnectionsDoNotFreezeThePreview() throws IOException {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                Socket socket = new Socket(server.address().getAddress(), port());
                socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127".getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            HttpProbe probe = HttpProbe.get(server.address(), "/");

            assertEquals(200, probe.status());
            assertTrue(probe.body().contains("accueil"));
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    private int port() {
        return server.address().getPort();
    }

    /** One raw HTTP/1.1 exchange, as written. */
    private record Raw(int status, String text) {
        static Raw send(InetSocketAddress address, String request) throws IOException {
            try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
                socket.setSoTimeout(20_000);
                OutputStream out = socket.getOutputStream();
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                return new Raw(Integer.parseInt(text.split(" ", 3)[1]), text);
            }
        }

        String header(String name) {
            for (String line : text.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith(name + ":")) {
                    return line.substring(name.length() + 1).trim();
                }
            }
            return null;
        }
    }
}
