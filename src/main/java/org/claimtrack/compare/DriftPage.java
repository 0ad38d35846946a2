package org.claimtrack.compare;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.claimtrack.common.ApiError;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The drift page: groups with their flags, each with its articles' versions side by side. */
@Path("/drift")
@Produces(MediaType.TEXT_HTML)
public class DriftPage {

    static final int PAGE = 20;

    /** The page's filter as the form sent it, and the links to the neighbouring pages. */
    public record Form(String flag, String outlet, String from, String to, int offset, String prev, String next) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<DriftService.Detail> groups, Form form, List<String> outlets,
                List<DriftFlag> flags);
    }

    @Inject
    DriftService service;

    @GET
    public TemplateInstance list(@QueryParam("flag") List<String> flag, @QueryParam("outlet") String outlet,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        DriftService.Filter f = service.filter(one(flag), outlet, from, to);
        int at = Math.max(0, offset);
        List<DriftService.Summary> page = service.list(f, PAGE + 1, at);
        List<DriftService.Detail> groups = service.details(page.stream().limit(PAGE).map(DriftService.Summary::id).toList());
        String qs = "/drift?flag=" + enc(f.flag()) + (outlet == null || outlet.isBlank() ? "" : "&outlet=" + enc(outlet.strip()))
                + (f.from() == null ? "" : "&from=" + f.from()) + (f.to() == null ? "" : "&to=" + f.to()) + "&offset=";
        Form form = new Form(f.flag(), outlet == null ? "" : outlet.strip(), f.from() == null ? "" : f.from().toString(),
                f.to() == null ? "" : f.to().toString(), at, at == 0 ? null : qs + Math.max(0, at - PAGE),
                page.size() > PAGE ? qs + (at + PAGE) : null);
        return Templates.list(groups, form, service.outlets(), List.of(DriftFlag.values()));
    }

    /** One value of a parameter that takes one (flag): a second is refused, not silently dropped. */
    static String one(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ApiError.of(400, "give flag once (one of the flags, ANY or ALL), not " + values.size() + " times");
        }
        return values.get(0);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
