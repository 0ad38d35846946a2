package org.claimtrack.common;

import java.net.URI;
import java.util.Locale;

import io.vertx.ext.web.RoutingContext;

/**
 * Whether a request comes from another site's page, by the headers browsers add to every cross-origin
 * request: {@code Sec-Fetch-Site}, {@code Origin}, and {@code Referer} when there is no Origin. A request
 * carrying none of them (curl, scripts, the CLI) is not a browser request and passes. The origin compared
 * with is this request's own {@code Host}; another port of the same host is another origin (SameSite
 * cookies do not separate ports, this does).
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    public static boolean crossSite(RoutingContext rc) {
        var h = rc.request().headers();
        String fetchSite = h.get("Sec-Fetch-Site");
        if (fetchSite != null) {
            String f = fetchSite.strip().toLowerCase(Locale.ROOT);
            if (f.equals("cross-site") || f.equals("same-site")) {
                return true;
            }
        }
        String host = h.get("Host");
        String origin = h.get("Origin");
        if (origin != null) {
            return !sameHost(origin, host);
        }
        String referer = h.get("Referer");
        return referer != null && !sameHost(referer, host);
    }

    /** {@code url}'s host and port (default port of its scheme when absent) against a Host header. */
    static boolean sameHost(String url, String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        try {
            URI u = new URI(url.strip());
            if (u.getHost() == null || u.getScheme() == null) {
                return false; // "null" (sandboxed or privacy-hidden origins) and anything unparsable
            }
            int defaultPort = u.getScheme().equalsIgnoreCase("https") ? 443 : 80;
            String self = (u.getHost() + ":" + (u.getPort() < 0 ? defaultPort : u.getPort())).toLowerCase(Locale.ROOT);
            URI hh = new URI("http://" + hostHeader.strip());
            if (hh.getHost() == null) {
                return false;
            }
            int hostPort = hh.getPort() < 0 ? defaultPort : hh.getPort();
            return self.equals((hh.getHost() + ":" + hostPort).toLowerCase(Locale.ROOT));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
