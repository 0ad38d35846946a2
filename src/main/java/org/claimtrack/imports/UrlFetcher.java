package org.claimtrack.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimtrack.common.ApiError;
import org.claimtrack.common.ClaimtrackConfig;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Fetches one web page for import, defensively: http and https only, bounded connect, read and total
 * time, a body size limit, at most a few redirects, HTML only, and (unless configured otherwise) only
 * public addresses ({@link AddressPolicy}), connected to exactly as checked ({@link PinnedHttp}). Every
 * refusal is a 4xx {@link ApiError}.
 */
@ApplicationScoped
public class UrlFetcher {

    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]+)");
    private static final String USER_AGENT = "claimtrack-import/1 (+fact-checking)";
    private static final String ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";

    public record Page(String url, byte[] body, String charset) {
    }

    @Inject
    ClaimtrackConfig config;

    /**
     * Fetches {@code url}, following redirects. Every failure to get an answer (unknown host, an address
     * that is not public, refused or silent ports, TLS and protocol errors, timeouts) is one and the same
     * message, so the import cannot tell an open port from a closed one (issue 19, item 2); a web server
     * that did answer gets its reason (status, type, size, redirects).
     */
    public Page fetch(String url) {
        ClaimtrackConfig.Imports.Fetch f = config.imports().fetch();
        long deadline = System.nanoTime() + f.totalTimeout().toNanos();
        URI current = check(url);
        for (int hop = 0; ; hop++) {
            if (System.nanoTime() > deadline) {
                throw unreachable(url);
            }
            InetAddress address = address(current, url);
            try (PinnedHttp.Response r = PinnedHttp.get(current, address, f.connectTimeout(), f.readTimeout(), USER_AGENT,
                    ACCEPT)) {
                int status = r.status();
                if (status >= 300 && status < 400 && r.header("Location") != null) {
                    if (hop >= f.maxRedirects()) {
                        throw ApiError.of(422, "too many redirects (more than " + f.maxRedirects() + ") from " + url);
                    }
                    current = check(resolve(current, r.header("Location")));
                    continue;
                }
                return page(r, current, f, deadline, url);
            } catch (IOException | RuntimeException e) {
                if (e instanceof jakarta.ws.rs.WebApplicationException w) {
                    throw w;
                }
                throw unreachable(url);
            }
        }
    }

    private static Page page(PinnedHttp.Response r, URI current, ClaimtrackConfig.Imports.Fetch f, long deadline, String url)
            throws IOException {
        int status = r.status();
        if (status >= 400) {
            throw ApiError.of(422, "the server answered " + status + " for " + current);
        }
        if (status != 200) {
            throw ApiError.of(422, "unexpected status " + status + " for " + current);
        }
        String type = r.header("Content-Type") == null ? "" : r.header("Content-Type").toLowerCase(Locale.ROOT);
        if (!type.startsWith("text/html") && !type.startsWith("application/xhtml+xml")) {
            throw ApiError.of(415, "not an HTML page: " + current + " is "
                    + (type.isBlank() ? "of no stated type" : type.split(";")[0]));
        }
        String length = r.header("Content-Length");
        if (length != null && length.strip().matches("\\d{1,18}") && Long.parseLong(length.strip()) > f.maxBytes()) {
            throw ApiError.of(413, "the page is larger than " + f.maxBytes() + " bytes: " + current);
        }
        Matcher m = CHARSET.matcher(type);
        return new Page(current.toString(), read(r.body(), f.maxBytes(), deadline, current, url), m.find() ? m.group(1) : null);
    }

    /** The one answer for every fetch that got no web server's answer. */
    public static jakarta.ws.rs.WebApplicationException unreachable(String url) {
        return ApiError.of(422, "could not fetch " + url + ": no web page came from that address (the host is unknown, "
                + "not public, or did not answer in time)");
    }

    /** Only absolute http(s) URLs with a host. */
    URI check(String url) {
        URI u;
        try {
            u = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw ApiError.of(422, "not a URL: " + url);
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ApiError.of(422, "only http and https URLs can be imported, not '" + (scheme.isEmpty() ? url : scheme + ":") + "'");
        }
        if (u.getHost() == null || u.getHost().isBlank()) {
            throw ApiError.of(422, "the URL has no host: " + url);
        }
        return u;
    }

    /**
     * Resolves the host once; the address returned is the one connected to. Unless configured otherwise,
     * the host is refused when any of its addresses is not public or is one of this machine's own.
     */
    InetAddress address(URI u, String url) {
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(u.getHost());
        } catch (UnknownHostException | RuntimeException e) {
            throw unreachable(url);
        }
        if (all.length == 0) {
            throw unreachable(url);
        }
        if (!config.imports().fetch().allowPrivateAddresses()) {
            Set<InetAddress> own = AddressPolicy.ownAddresses();
            for (InetAddress a : all) {
                if (!AddressPolicy.allowed(a, own)) {
                    throw unreachable(url);
                }
            }
        }
        return all[0];
    }

    /** Not a global unicast address (loopback, private, link-local, CGNAT, documentation, reserved ...). */
    public static boolean isPrivate(InetAddress a) {
        return !AddressPolicy.global(a);
    }

    private static String resolve(URI base, String location) {
        try {
            return base.resolve(new URI(location.strip())).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw ApiError.of(422, "a redirect to an invalid URL: " + location);
        }
    }

    private static byte[] read(InputStream body, int maxBytes, long deadline, URI u, String url) throws IOException {
        try (InputStream in = body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16384];
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
                if (out.size() > maxBytes) {
                    throw ApiError.of(413, "the page is larger than " + maxBytes + " bytes (or never ends): " + u);
                }
                if (System.nanoTime() > deadline) {
                    throw unreachable(url);
                }
            }
            return out.toByteArray();
        }
    }
}
