package org.claimtrack.export;

import org.claimtrack.review.ClaimFilter;

import io.quarkus.qute.TemplateExtension;

/**
 * For pages whose filters are plain strings: {@code {export:query(outlet, from, to, q)}} gives the
 * query string for {@code {#include export/buttons qs=... /}}, URL-encoded by {@link ClaimFilter}.
 */
@TemplateExtension(namespace = "export")
public class ExportLinks {

    static String query(String outlet, String from, String to, String q) {
        ClaimFilter f = new ClaimFilter();
        f.outlet = outlet;
        f.from = from;
        f.to = to;
        f.q = q;
        return f.toQueryString();
    }
}
