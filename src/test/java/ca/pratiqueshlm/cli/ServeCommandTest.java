package ca.pratiqueshlm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.pratiqueshlm.serve.PreviewSession;
import ca.pratiqueshlm.testing.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
    @Test
    void listensOnLoopbackPort8000ByDefault() throws IOException {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs();
        InetSocketAddress address = command.address();
        assertEquals("127.0.0.1", address.getAddress().getHostAddress());
        assertEquals(8000, address.getPort());
    }

    @Test
    void theServerIsReachableFromThisComputerOnly(@TempDir Path folder) throws IOException {
        TestSite project = TestSite.create(folder).fiche("jardin", "");
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs("--port", "0");
        PrintWriter quiet = new PrintWriter(new StringWriter());
        try (PreviewSession session = PreviewSession.start(project.layout(), project.output(), command.address(),
                quiet, quiet)) {
            assertTrue(session.address().getAddress().isLoopbackAddress());
            try (Socket local = new Socket(InetAddress.getLoopbackAddress(), session.address().getPort())) {
                assertTrue(local.isConnected());
            }
            Optional<InetAddress> lan = lanAddress();
            Assumptions.assumeTrue(lan.isPresent(), "this machine has no non-loopback address to try from");
            assertThrows(IOException.class, () -> {
                try (Socket remote = new Socket()) {
                    remote.connect(new InetSocketAddress(lan.get(), session.address().getPort()), 5_000);
                }
            }, "not reachable through " + lan.get());
        }
    }

    private static Optional<InetAddress> lanAddress() throws IOException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!network.isUp() || network.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (!address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}
