package org.claimtrack.review;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimtrack.accounts.Roles;
import org.claimtrack.common.ApiError;
import org.claimtrack.common.Csrf;
import org.claimtrack.extract.Kind;
import org.claimtrack.extract.QuoteType;
import org.claimtrack.extract.SourceType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * The article review page: plain forms that post here and come back to the page (so it works without
 * script); review.js adds selection, keyboard shortcuts and swaps the claim panel in place.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ReviewPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(ReviewModel m);

        static native TemplateInstance review$panel(ReviewModel.Panel panel);

        static native TemplateInstance conflict(Conflict c);
    }

    /** A save refused because someone else saved first: their changes, and ours ready to apply again. */
    public record Conflict(long articleId, long claimId, String action, String message, ClaimView current,
            List<HistoryEntry> theirs, List<Field> mine) {
    }

    public record Field(String name, String value) {
        public boolean isMultiline() {
            return value.contains("\n");
        }
    }

    private static final List<String> ACTIONS = List.of("verdict", "edit", "reject", "undo", "split", "merge", "status",
            "comment", "publish", "reuse-verdict");

    @Inject
    ReviewQuery query;

    @Inject
    ClaimService service;

    @Inject
    ClaimUndo undo;

    @Inject
    Csrf csrf;

    @Inject
    ReviewPageCache cache;

    @Inject
    WorkflowService workflow;

    @Inject
    CommentService comments;

    @Inject
    SecurityIdentity identity;

    @Inject
    VerdictReuse verdicts;

    @GET
    @Path("articles/{articleId: \\d+}")
    public Response review(@PathParam("articleId") long articleId, @QueryParam("claim") Long claim,
            @QueryParam("done") String done, @QueryParam("changed") String changed,
            @QueryParam("duplicate") boolean duplicate, @HeaderParam("If-None-Match") String ifNoneMatch) {
        Long changedId = UndoBanner.claimId(changed);
        // rendered once per article version, user and view (see ReviewPageCache); the banner is part of the view
        String key = identity.getPrincipal().getName() + "\n" + identity.getRoles() + "\n" + claim + "\n" + done + "\n"
                + changedId + "\n" + duplicate;
        ReviewPageCache.Page page = cache.get(articleId, key, csrf.token(), ifNoneMatch, () -> {
            UndoBanner b = duplicate ? UndoBanner.duplicate() : banner(articleId, done, changedId);
            return Templates.review(query.page(articleId, claim, null, null, b.text(), b.undoClaim(), b.undoLabel())).render();
        });
        if (page.notModified()) {
            return Response.status(304).header("ETag", page.etag()).header("Cache-Control", "private, no-cache").build();
        }
        // bytes, not a String: the stored page is UTF-8 already (see ReviewPageCache)
        return Response.ok(page.body(), "text/html;charset=UTF-8").header("ETag", page.etag())
                .header("Cache-Control", "private, no-cache").build();
    }

    /** What the change just made says, with its Undo when the user's undo on that claim would go through. */
    private UndoBanner banner(long articleId, String done, Long changedId) {
        ClaimView changed = null;
        boolean undoable = false;
        if (done != null && changedId != null) {
            try {
                changed = service.get(changedId);
            } catch (WebApplicationException e) {
                changed = null; // removed meanwhile: the banner says what was done, without its Undo
            }
            if (changed != null && changed.articleId() != articleId) {
                changed = null;
            }
            undoable = changed != null && undo.canUndo(changedId, user());
        }
        return UndoBanner.of(done, changed, undoable);
    }

    @GET
    @Path("articles/{articleId: \\d+}/panel/{claimId: \\d+}")
    public TemplateInstance panel(@PathParam("articleId") long articleId, @PathParam("claimId") long claimId) {
        return Templates.review$panel(query.panel(articleId, claimId, null));
    }

    @POST
    @Path("articles/{articleId: \\d+}/claims")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CHECKER)
    public Response add(@PathParam("articleId") long articleId, MultivaluedMap<String, String> form) {
        Map<String, String> f = verified(form);
        try {
            ClaimChange ch = change(f);
            if (ch.start == null || ch.end == null) {
                throw ApiError.of(422, "select the claim's words in the text first (start and end are empty)");
            }
            ClaimView v = service.add(articleId, ch, user());
            return back(articleId, v.id(), "add", v.id());
        } catch (WebApplicationException e) {
            return refused(e, articleId, null, f);
        }
    }

    @POST
    @Path("articles/{articleId: \\d+}/claims/{claimId: \\d+}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CHECKER)
    public Response act(@PathParam("articleId") long articleId, @PathParam("claimId") long claimId,
            @PathParam("action") String action, MultivaluedMap<String, String> form) {
        Map<String, String> f = verified(form);
        if (!ACTIONS.contains(action)) {
            throw ApiError.of(404, "no action '" + action + "'");
        }
        try {
            ClaimView current = service.get(claimId);
            if (current.articleId() != articleId) {
                throw ApiError.of(404, "no claim " + claimId + " in article " + articleId);
            }
            Integer version = integer(f, "version");
            long show = claimId;
            switch (action) {
                case "verdict" -> service.verdict(claimId, new VerdictInput(f.get("rating"), f.get("explanation"),
                        lines(f.get("evidence")), version), user());
                case "edit" -> service.correct(claimId, change(f), user());
                case "reject" -> {
                    // the neighbour while the claim is still among the active ones (a rejected claim has none)
                    show = neighbour(articleId, claimId);
                    service.reject(claimId, version, user());
                }
                case "undo" -> undo.undo(claimId, user());
                case "status" -> workflow.status(claimId, enumValue(f, "status", ClaimStatus.class),
                        f.containsKey("assigneeField"), f.get("assignee"), version, user());
                case "comment" -> comments.add(claimId, f.get("text"), user());
                case "publish" -> workflow.publish(claimId, f.get("url"), version, user());
                case "reuse-verdict" -> verdicts.reuse(claimId, number(f, "from"), version, user());
                case "split" -> service.split(claimId, integer(f, "at"), version, user());
                case "merge" -> {
                    Integer with = integer(f, "with");
                    service.merge(claimId, with == null ? null : with.longValue(), version, null, user());
                }
                default -> throw new IllegalStateException(action);
            }
            // the banner's Undo is for the claim just changed, also when the page moves on (after a rejection)
            return back(articleId, show, action, claimId);
        } catch (WebApplicationException e) {
            return refused(e, articleId, claimId, f, action);
        }
    }

    /** After a rejection the page shows the next claim (the rejected one is gone from the text). */
    private long neighbour(long articleId, long claimId) {
        ReviewModel.Panel p = query.panel(articleId, claimId, null);
        return p.next() != null ? p.next().id() : p.previous() != null ? p.previous().id() : claimId;
    }

    private Response refused(WebApplicationException e, long articleId, Long claimId, Map<String, String> f) {
        return refused(e, articleId, claimId, f, "add");
    }

    private Response refused(WebApplicationException e, long articleId, Long claimId, Map<String, String> f, String action) {
        int status = e.getResponse().getStatus();
        Object entity = e.getResponse().getEntity();
        if (status >= 500 || !(entity instanceof ApiError err)) {
            throw e;
        }
        if (status == 404 && claimId == null) {
            throw e;
        }
        if (status == 409 && claimId != null && err.details() != null && err.details().get("current") instanceof ClaimView cur
                && f.get("version") != null) {
            Integer read = integer(f, "version");
            List<HistoryEntry> theirs = service.history(claimId).stream()
                    .filter(h -> h.after() != null && read != null && h.after().path("version").asInt() > read).toList();
            List<Field> mine = new ArrayList<>();
            f.forEach((k, v) -> {
                if (!k.equals("version")) {
                    mine.add(new Field(k, v));
                }
            });
            return Response.status(409).type(MediaType.TEXT_HTML_TYPE).entity(Templates.conflict(new Conflict(articleId,
                    claimId, "/articles/" + articleId + "/claims/" + claimId + "/" + action, err.error(), cur, theirs, mine)))
                    .build();
        }
        // other refusals: the page again with the message, the typed values kept in the panel's forms
        Map<String, String> attempted = "verdict".equals(action) || "edit".equals(action) ? f : null;
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.review(query.page(articleId, claimId, attempted,
                        org.claimtrack.common.ErrorPage.forForm(err.error()), null))).build();
    }

    private Map<String, String> verified(MultivaluedMap<String, String> form) {
        csrf.verify(form == null ? null : form.getFirst(Csrf.FIELD));
        Map<String, String> f = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (!k.equals(Csrf.FIELD) && v != null && !v.isEmpty()) {
                f.put(k, v.get(0));
            }
        });
        return f;
    }

    private static Response back(long articleId, long claimId, String done, long changed) {
        return Response.seeOther(URI.create("/articles/" + articleId + "?claim=" + claimId + "&done="
                + URLEncoder.encode(done, StandardCharsets.UTF_8) + "&changed=" + changed + "#claim-" + claimId)).build();
    }

    /** The correction form: every field says what the claim should be; a blank cue removes it. */
    static ClaimChange change(Map<String, String> f) {
        ClaimChange ch = new ClaimChange();
        ch.kind = enumValue(f, "kind", Kind.class);
        ch.quote = enumValue(f, "quote", QuoteType.class);
        ch.status = enumValue(f, "status", ClaimStatus.class);
        ch.start = integer(f, "start");
        ch.end = integer(f, "end");
        ch.version = integer(f, "version");
        if (f.containsKey("assignee") || f.containsKey("assigneeField")) {
            ch.assigneeSet = true;
            ch.assignee = f.get("assignee");
        }
        if (f.containsKey("cueField")) {
            Integer cs = integer(f, "cueStart");
            Integer ce = integer(f, "cueEnd");
            ch.cueSet = true;
            if (cs != null || ce != null) {
                if (cs == null || ce == null) {
                    throw ApiError.of(422, "the cue needs both start and end (or neither, for no cue)");
                }
                ch.cue = new ClaimChange.SpanInput(cs, ce);
            }
        }
        String mode = f.getOrDefault("source", "keep");
        Integer ss = integer(f, "sourceStart");
        Integer se = integer(f, "sourceEnd");
        switch (mode) {
            case "keep", "" -> {
                if (ss != null || se != null) {
                    throw ApiError.of(422, "to mark a new source mention choose “new source” or a canonical source");
                }
            }
            case "none" -> ch.sourceSet = true;
            case "new" -> {
                ch.sourceSet = true;
                if (ss == null || se == null) {
                    throw ApiError.of(422, "a new source needs its words: select them and press “use selection”");
                }
                ch.source = new ClaimChange.SourceInput(null, ss, se, f.get("sourceName"),
                        enumValue(f, "sourceType", SourceType.class), null);
            }
            default -> {
                long id;
                try {
                    id = Long.parseLong(mode);
                } catch (NumberFormatException e) {
                    throw ApiError.of(422, "unknown source choice '" + mode + "'");
                }
                ch.sourceSet = true;
                ch.source = new ClaimChange.SourceInput(id, ss, se, null, null, null);
            }
        }
        return ch;
    }

    static List<String> lines(String s) {
        return s == null ? List.of() : Arrays.stream(s.split("\\R")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    static Integer integer(Map<String, String> f, String name) {
        String v = f.get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw ApiError.of(422, name + " must be a number, not '" + v + "'");
        }
    }

    private static Long number(Map<String, String> f, String name) {
        String v = f.get(name);
        try {
            return v == null || v.isBlank() ? null : Long.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw ApiError.of(422, name + " must be a number, not '" + v + "'");
        }
    }

    static <E extends Enum<E>> E enumValue(Map<String, String> f, String name, Class<E> type) {
        String v = f.get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.of(422, "unknown " + name + " '" + v + "'");
        }
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
