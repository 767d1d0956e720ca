package org.thesisbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 10, item 20: the bot listens on this machine only unless told otherwise (server.host). */
class BindAddressTest {

    @Test
    void local_mode_listens_on_loopback_only() throws Exception {
        Optional<InetAddress> lan = nonLoopbackAddress();
        assumeTrue(lan.isPresent(), "this machine has no non-loopback IPv4 address to try");
        try (TestServer s = TestServer.local(TestAssistants.create())) {
            connect(InetAddress.getLoopbackAddress(), s.server.port());
            assertThrows(IOException.class, () -> connect(lan.get(), s.server.port()),
                    "another machine (here: this one's LAN address) cannot reach the playground or the API");
        }
    }

    @Test
    void server_host_opens_every_interface_when_asked() throws Exception {
        Optional<InetAddress> lan = nonLoopbackAddress();
        assumeTrue(lan.isPresent(), "this machine has no non-loopback IPv4 address to try");
        try (TestServer s = TestServer.withEnv(Map.of("THESISBOT_SERVER_HOST", "0.0.0.0"), TestAssistants.create())) {
            connect(lan.get(), s.server.port());
            connect(InetAddress.getLoopbackAddress(), s.server.port());
        }
    }

    @Test
    void a_taken_port_is_reported_with_the_address_and_what_to_change() throws Exception {
        try (TestServer s = TestServer.local(TestAssistants.create())) {
            org.thesisbot.config.ConfigException e = assertThrows(org.thesisbot.config.ConfigException.class,
                    () -> TestServer.withEnv(Map.of("THESISBOT_SERVER_HOST", "127.0.0.1", "PORT",
                            String.valueOf(s.server.port())), TestAssistants.create()));
            assertEquals(true, e.getMessage().startsWith("cannot listen on 127.0.0.1:" + s.server.port()), e.getMessage());
        }
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws Exception {
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!ni.isUp() || ni.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }
}
