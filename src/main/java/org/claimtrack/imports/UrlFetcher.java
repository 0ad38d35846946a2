package org.claimtrack.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimtrack.common.ApiError;
import org.claimtrack.common.ClaimtrackConfig;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Fetches one web page for import, defensively: http and https only, bounded connect, read and total
 * time, a body size limit, at most a few redirects, HTML only, and (unless configured otherwise) no
 * loopback or private addresses. Every refusal is a 4xx {@link ApiError}.
 */
@ApplicationScoped
public class UrlFetcher {

    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]+)");

    public record Page(String url, byte[] body, String charset) {
    }

    @Inject
    ClaimtrackConfig config;

    public Page fetch(String url) {
        ClaimtrackConfig.Imports.Fetch f = config.imports().fetch();
        long deadline = System.nanoTime() + f.totalTimeout().toNanos();
        URI current = check(url);
        for (int hop = 0; ; hop++) {
            if (System.nanoTime() > deadline) {
                throw ApiError.of(422, "timed out fetching " + url);
            }
            HttpURLConnection c = open(current, f);
            try {
                int status = status(c, current);
                if (status >= 300 && status < 400 && c.getHeaderField("Location") != null) {
                    if (hop >= f.maxRedirects()) {
                        throw ApiError.of(422, "too many redirects (more than " + f.maxRedirects() + ") from " + url);
                    }
                    current = check(resolve(current, c.getHeaderField("Location")));
                    continue;
                }
                if (status >= 400) {
                    throw ApiError.of(422, "the server answered " + status + " for " + current);
                }
                if (status != 200) {
                    throw ApiError.of(422, "unexpected status " + status + " for " + current);
                }
                String type = c.getContentType() == null ? "" : c.getContentType().toLowerCase(Locale.ROOT);
                if (!type.startsWith("text/html") && !type.startsWith("application/xhtml+xml")) {
                    throw ApiError.of(415, "not an HTML page: " + current + " is "
                            + (type.isBlank() ? "of no stated type" : type.split(";")[0]));
                }
                long length = c.getContentLengthLong();
                if (length > f.maxBytes()) {
                    throw ApiError.of(413, "the page is larger than " + f.maxBytes() + " bytes: " + current);
                }
                Matcher m = CHARSET.matcher(type);
                return new Page(current.toString(), read(c, f.maxBytes(), deadline, current), m.find() ? m.group(1) : null);
            } finally {
                c.disconnect();
            }
        }
    }

    /** Only absolute http(s) URLs with a host; a private address only when configured. */
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
        if (!config.imports().fetch().allowPrivateAddresses()) {
            try {
                for (InetAddress a : InetAddress.getAllByName(u.getHost())) {
                    if (isPrivate(a)) {
                        throw ApiError.of(422, "refusing to fetch from a local or private address: " + u.getHost());
                    }
                }
            } catch (UnknownHostException e) {
                throw ApiError.of(422, "unknown host: " + u.getHost());
            }
        }
        return u;
    }

    /** Loopback, unspecified, link-local (cloud metadata), private ranges and IPv6 unique-local. */
    public static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        return b.length == 16 && (b[0] & 0xfe) == 0xfc;
    }

    private static String resolve(URI base, String location) {
        try {
            return base.resolve(new URI(location.strip())).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw ApiError.of(422, "a redirect to an invalid URL: " + location);
        }
    }

    private static HttpURLConnection open(URI u, ClaimtrackConfig.Imports.Fetch f) {
        try {
            URL url = u.toURL();
            // no proxy from the environment: the address checked is the address connected to
            HttpURLConnection c = (HttpURLConnection) url.openConnection(Proxy.NO_PROXY);
            c.setInstanceFollowRedirects(false);
            c.setConnectTimeout((int) f.connectTimeout().toMillis());
            c.setReadTimeout((int) f.readTimeout().toMillis());
            c.setUseCaches(false);
            c.setRequestProperty("User-Agent", "claimtrack-import/1 (+fact-checking)");
            c.setRequestProperty("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1");
            return c;
        } catch (IOException | IllegalArgumentException e) {
            throw ApiError.of(422, "cannot open " + u + ": " + e.getMessage());
        }
    }

    private static int status(HttpURLConnection c, URI u) {
        try {
            return c.getResponseCode();
        } catch (SocketTimeoutException e) {
            throw ApiError.of(422, "timed out fetching " + u);
        } catch (IOException e) {
            throw ApiError.of(422, "could not fetch " + u + ": " + e.getMessage());
        }
    }

    private static byte[] read(HttpURLConnection c, int maxBytes, long deadline, URI u) {
        try (InputStream in = c.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16384];
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
                if (out.size() > maxBytes) {
                    throw ApiError.of(413, "the page is larger than " + maxBytes + " bytes (or never ends): " + u);
                }
                if (System.nanoTime() > deadline) {
                    throw ApiError.of(422, "timed out reading " + u + " (the page kept coming)");
                }
            }
            return out.toByteArray();
        } catch (SocketTimeoutException e) {
            throw ApiError.of(422, "timed out reading " + u);
        } catch (IOException e) {
            throw ApiError.of(422, "could not read " + u + ": " + e.getMessage());
        }
    }
}
