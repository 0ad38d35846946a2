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

    /** The claims of one canonical source: {@code {export:source(source.id)}}. */
    static String source(Long id) {
        ClaimFilter f = new ClaimFilter();
        f.source = id;
        return f.toQueryString();
    }

    /** The claims of one same-claim group: {@code {export:cluster(cluster.id)}}. */
    static String cluster(Long id) {
        ClaimFilter f = new ClaimFilter();
        f.cluster = id;
        return f.toQueryString();
    }
}
