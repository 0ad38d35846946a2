package org.claimtrack.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.claimtrack.common.ClaimtrackConfig;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import jakarta.ws.rs.WebApplicationException;

/** Issue 19, item 2: which addresses a URL import may reach, decided without any network. */
class AddressPolicyTest {

    static InetAddress ip(String literal) throws IOException {
        return InetAddress.getByName(literal); // a literal is parsed, never looked up
    }

    @Test
    void everyNonGlobalRangeIsRefused() throws IOException {
        for (String a : List.of(
                "0.0.0.0", "0.1.2.3", "10.0.0.1", "10.255.255.255", "100.64.0.1", "100.127.255.254", "127.0.0.1",
                "127.8.9.10", "169.254.169.254", "172.16.0.1", "172.31.255.255", "192.0.0.8", "192.0.2.55",
                "192.31.196.1", "192.52.193.1", "192.88.99.1", "192.168.1.1", "192.175.48.1", "198.18.0.1",
                "198.19.255.255", "198.51.100.7", "203.0.113.9", "224.0.0.251", "239.255.255.250", "240.0.0.1",
                "255.255.255.255",
                // IPv6: unspecified, loopback, mapped and compatible IPv4, NAT64 of private, discard, ULA,
                // link-local, site-local, multicast, Teredo, benchmarking, ORCHID, documentation, 6to4 of private
                "::", "::1", "::ffff:127.0.0.1", "::ffff:10.1.2.3", "::ffff:169.254.169.254", "::127.0.0.1", "::10.0.0.1",
                "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::1", "100::1", "fc00::1", "fd12:3456::1", "fe80::1",
                "fec0::1", "ff02::1", "2001::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:2::1", "2001:10::1",
                "2001:db8::1", "2002:7f00:1::1", "2002:a00:1::1", "2002:c0a8:101::1", "3fff::1", "4000::1", "::ffff:0:0")) {
            assertFalse(AddressPolicy.global(ip(a)), a + " must be refused");
            assertTrue(UrlFetcher.isPrivate(ip(a)), a);
        }
    }

    @Test
    void globalAddressesAreAllowed() throws IOException {
        for (String a : List.of("93.184.216.34", "1.1.1.1", "8.8.8.8", "100.63.255.255", "100.128.0.1", "172.32.0.1",
                "192.0.1.1", "198.17.255.255", "198.20.0.1", "223.255.255.255", "2606:4700::1111", "2a00:1450:4001::200e",
                "::ffff:93.184.216.34", "64:ff9b::5db8:d822", "2002:5db8:d822::1", "2001:200::1", "2620:fe::fe")) {
            assertTrue(AddressPolicy.global(ip(a)), a + " is global");
        }
    }

    @Test
    void theHostsOwnAddressesAreRefusedEvenWhenPublic() throws IOException {
        InetAddress mine = ip("93.184.216.34");
        assertFalse(AddressPolicy.allowed(mine, Set.of(mine)));
        assertFalse(AddressPolicy.allowed(ip("::ffff:93.184.216.34"), Set.of(mine)), "mapped form of an own address");
        assertFalse(AddressPolicy.allowed(ip("2002:5db8:d822::1"), Set.of(mine)), "6to4 form of an own address");
        assertTrue(AddressPolicy.allowed(ip("1.1.1.1"), Set.of(mine)));
        assertTrue(AddressPolicy.ownAddresses().contains(ip("127.0.0.1")), "the interface list is read");
        for (InetAddress own : AddressPolicy.ownAddresses()) {
            assertFalse(AddressPolicy.allowed(own, AddressPolicy.ownAddresses()), own.toString());
        }
    }

    @Test
    void embeddedIpv4IsFound() throws IOException {
        assertArrayEquals(new byte[] {10, 0, 0, 1}, AddressPolicy.embeddedV4(ip("2002:a00:1::").getAddress()));
        assertArrayEquals(new byte[] {127, 0, 0, 1}, AddressPolicy.embeddedV4(ip("64:ff9b::7f00:1").getAddress()));
        assertEquals(null, AddressPolicy.embeddedV4(ip("2606:4700::1111").getAddress()));
    }

    /** A UrlFetcher on production rules (private addresses refused), without Quarkus. */
    static UrlFetcher productionFetcher() {
        ClaimtrackConfig.Imports.Fetch fetch = proxy(ClaimtrackConfig.Imports.Fetch.class, m -> switch (m) {
            case "connectTimeout", "readTimeout" -> Duration.ofSeconds(2);
            case "totalTimeout" -> Duration.ofSeconds(5);
            case "maxBytes" -> 1 << 20;
            case "maxRedirects" -> 5;
            case "allowPrivateAddresses" -> false;
            default -> throw new UnsupportedOperationException(m);
        });
        ClaimtrackConfig.Imports imports = proxy(ClaimtrackConfig.Imports.class, m -> m.equals("fetch") ? fetch : null);
        UrlFetcher f = new UrlFetcher();
        f.config = proxy(ClaimtrackConfig.class, m -> m.equals("imports") ? imports : null);
        return f;
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, java.util.function.Function<String, Object> answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, m, args) -> answer.apply(m.getName()));
    }

    @Test
    void productionRulesRefuseLoopbackAndOwnAddressesWithTheNeutralMessage() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("0.0.0.0", 0), 0);
        server.createContext("/", ex -> {
            byte[] b = "<p>internal</p>".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        try {
            UrlFetcher f = productionFetcher();
            int port = server.getAddress().getPort();
            List<String> urls = new java.util.ArrayList<>(List.of("http://127.0.0.1:" + port + "/", "http://localhost:" + port + "/",
                    "http://[::1]:" + port + "/", "http://[::ffff:127.0.0.1]:" + port + "/", "http://0.0.0.0:" + port + "/",
                    "http://127.0.0.1:1/closed", "http://no-such-host.invalid/"));
            for (InetAddress own : AddressPolicy.ownAddresses()) {
                if (!own.isLoopbackAddress() && own instanceof java.net.Inet4Address) {
                    urls.add("http://" + own.getHostAddress() + ":" + port + "/"); // the host's own interface
                }
            }
            for (String url : urls) {
                WebApplicationException e = assertThrows(WebApplicationException.class, () -> f.fetch(url), url);
                assertEquals(422, e.getResponse().getStatus(), url);
                assertEquals(UrlFetcher.unreachable(url).getMessage(), e.getMessage(), "one message for " + url);
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theConnectionGoesToTheCheckedAddressWithoutASecondLookup() throws IOException {
        // the host name cannot be resolved at all: only the address handed over is ever used
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicReference<String> host = new AtomicReference<>();
        server.createContext("/page", ex -> {
            host.set(ex.getRequestHeaders().getFirst("Host"));
            byte[] b = "<p>pinned</p>".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            URI u = URI.create("http://rebinding.invalid:" + port + "/page?x=1");
            try (PinnedHttp.Response r = PinnedHttp.get(u, ip("127.0.0.1"), Duration.ofSeconds(2), Duration.ofSeconds(2),
                    "test", "*/*")) {
                assertEquals(200, r.status());
                assertEquals("<p>pinned</p>", new String(r.body().readAllBytes(), StandardCharsets.UTF_8));
            }
            assertEquals("rebinding.invalid:" + port, host.get());
        } finally {
            server.stop(0);
        }
    }
}
