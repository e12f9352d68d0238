package ca.pratiqueshlm.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends one HTTP/1.0 request over a raw socket, so the request target goes out exactly as written:
 * HTTP clients would normalise "../" away and the test would prove nothing.
 */
record HttpProbe(int status, String headers, String body) {
    static HttpProbe get(InetSocketAddress server, String target) throws IOException {
        try (Socket socket = new Socket(server.getAddress(), server.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String response = all.toString(StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String head = split < 0 ? response : response.substring(0, split);
            String body = split < 0 ? "" : response.substring(split + 4);
            int status = Integer.parseInt(head.split(" ", 3)[1]);
            return new HttpProbe(status, head.toLowerCase(Locale.ROOT), body);
        }
    }

    String header(String name) {
        for (String line : headers.split("\r\n")) {
            if (line.startsWith(name.toLowerCase(Locale.ROOT) + ":")) {
                return line.substring(name.length() + 1).trim();
            }
        }
        return null;
    }
}
