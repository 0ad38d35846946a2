package org.claimtrack.review;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.claimtrack.accounts.Roles;
import org.claimtrack.common.ApiError;
import org.claimtrack.common.Csrf;
import org.claimtrack.extract.Kind;
import org.claimtrack.ingest.ArticleQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * {@code /claims}: every claim matching the filters of {@link ClaimFilter} (the nav's search box posts q
 * here), sortable, with numbered pages and bulk assignment and status; {@code /queue}: the claims
 * assigned to the user and those they were mentioned in.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ClaimsPage {

    static final int PAGE = 50;

    @CheckedTemplate(basePath = "ReviewPage")
    static class Templates {
        static native TemplateInstance claims(ClaimList l);

        static native TemplateInstance queue(Queue q);
    }

    /** A numbered page link; a gap stands for the pages left out between two links. */
    public record PageLink(int number, int offset, boolean current, boolean gap) {
    }

    public record ClaimList(ClaimFilter f, List<ClaimService.ClaimRow> rows, long total, int offset, List<String> outlets,
            String error, ClaimSort sort, ListChoices.Choices choices, String sourceName, String articleTitle,
            String notice) {

        public List<Kind> getKinds() {
            return ReviewModel.KINDS;
        }

        public List<Rating> getRatings() {
            return ReviewModel.RATINGS;
        }

        public List<ClaimStatus> getStatuses() {
            return List.of(ClaimStatus.values());
        }

        public List<ClaimStatus> getBulkStatuses() {
            return List.of(ClaimStatus.NEW, ClaimStatus.IN_REVIEW, ClaimStatus.CHECKED);
        }

        public List<ClaimSort> getSorts() {
            return List.of(ClaimSort.values());
        }

        /** The filters and the order, for links that keep both. */
        public String getQuery() {
            String q = f.toQueryString();
            return sort == ClaimSort.NEWEST ? q : (q.isEmpty() ? "" : q + "&") + "sort=" + sort.getParam();
        }

        /** The filters alone (the export buttons: exports keep their own order). */
        public String getFilterQuery() {
            return f.toQueryString();
        }

        public long getFrom() {
            return offset + 1L;
        }

        public long getTo() {
            return offset + (long) rows.size();
        }

        public boolean isHasPrevious() {
            return offset > 0;
        }

        public boolean isHasNext() {
            return offset + rows.size() < total;
        }

        public int getPreviousOffset() {
            return Math.max(0, offset - PAGE);
        }

        public int getNextOffset() {
            return offset + PAGE;
        }

        /** First, last and the two pages either side of the current one, with gaps between. */
        public List<PageLink> getPages() {
            int pages = (int) ((total + PAGE - 1) / PAGE);
            int current = offset / PAGE + 1;
            List<PageLink> out = new ArrayList<>();
            int last = 0;
            for (int p = 1; p <= pages; p++) {
                if (p == 1 || p == pages || Math.abs(p - current) <= 2) {
                    if (last > 0 && p - last > 1) {
                        out.add(new PageLink(0, 0, false, true));
                    }
                    out.add(new PageLink(p, (p - 1) * PAGE, p == current, false));
                    last = p;
                }
            }
            return pages > 1 ? out : List.of();
        }
    }

    /** My queue: what is assigned to me, and the claims whose threads mention me. */
    public record Queue(String user, List<ClaimService.ClaimRow> assigned, long assignedTotal,
            List<ClaimService.ClaimRow> mentioned, long mentionedTotal) {
    }

    @Inject
    ClaimService service;

    @Inject
    WorkflowService workflow;

    @Inject
    ArticleQuery articles;

    @Inject
    ListChoices choices;

    @Inject
    VerdictReuse verdicts;

    @Inject
    Csrf csrf;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("claims")
    public Response list(@BeanParam ClaimFilter filter, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("sort") String sortParam, @QueryParam("sourceName") String sourceName,
            @QueryParam("articleTitle") String articleTitle, @QueryParam("done") String done) {
        int from = Math.max(0, offset);
        ClaimSort sort = ClaimSort.NEWEST;
        String notice = done == null ? null : "Bulk change saved: " + done.replaceAll("[^0-9]", "") + " claim(s).";
        try {
            sort = ClaimSort.parse(sortParam);
            // names typed or picked from the suggestions stand for the ids the filter works with
            if (sourceName != null && !sourceName.isBlank()) {
                filter.source = choices.sourceId(sourceName);
            }
            if (articleTitle != null && !articleTitle.isBlank()) {
                filter.article = choices.articleId(articleTitle);
            }
            filter.resolveMe(user());
            List<ClaimService.ClaimRow> rows = verdicts.fillRows(service.rows(filter, PAGE, from, sort));
            long total = service.count(filter);
            return Response.ok(Templates.claims(new ClaimList(filter, rows, total, from, articles.outlets(), null, sort,
                    choices.choices(), choices.sourceName(filter.source), choices.articleTitle(filter.article), notice)))
                    .build();
        } catch (WebApplicationException e) {
            if (!(e.getResponse().getEntity() instanceof ApiError err) || e.getResponse().getStatus() >= 500) {
                throw e;
            }
            return Response.status(e.getResponse().getStatus()).entity(Templates.claims(new ClaimList(filter, List.of(), 0,
                    from, articles.outlets(), err.error(), sort, choices.choices(), sourceName, articleTitle, null)))
                    .build();
        }
    }

    /** The claim list's bulk form: the ticked claims get the chosen assignee and/or status. */
    @POST
    @Path("claims/bulk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CHECKER)
    public Response bulk(MultivaluedMap<String, String> form) {
        csrf.verify(form.getFirst(Csrf.FIELD));
        String back = form.getFirst("back") == null ? "" : form.getFirst("back");
        if (!back.matches("[A-Za-z0-9_.~%&=+-]*")) {
            back = ""; // only our own query strings go back into the redirect
        }
        try {
            List<Long> ids = new ArrayList<>();
            for (String id : form.getOrDefault("ids", List.of())) {
                ids.add(ClaimResource.number(id, "claim id") + 0L);
            }
            String assignee = form.getFirst("assignee");
            boolean assigneeSet = assignee != null && !assignee.equals("keep");
            String status = form.getFirst("status");
            ClaimStatus st = status == null || status.isBlank() || status.equals("keep") ? null
                    : ClaimFilter.parse(ClaimStatus.class, status, "status");
            WorkflowService.BulkResult r = workflow.bulk(ids, assigneeSet, assignee, st, user());
            return Response.seeOther(URI.create("/claims?" + (back.isEmpty() ? "" : back + "&") + "done=" + r.updated()))
                    .build();
        } catch (WebApplicationException e) {
            if (!(e.getResponse().getEntity() instanceof ApiError err) || e.getResponse().getStatus() >= 500) {
                throw e;
            }
            ClaimFilter none = new ClaimFilter();
            return Response.status(e.getResponse().getStatus()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.claims(new ClaimList(none, service.rows(none, PAGE, 0, ClaimSort.NEWEST),
                            service.count(none), 0, articles.outlets(), "Bulk change not saved: " + err.error(),
                            ClaimSort.NEWEST, choices.choices(), null, null, null)))
                    .build();
        }
    }

    @GET
    @Path("queue")
    public TemplateInstance queue() {
        ClaimFilter mine = new ClaimFilter();
        mine.assignee = user();
        ClaimFilter mentions = new ClaimFilter();
        mentions.mentioned = user();
        return Templates.queue(new Queue(user(), service.rows(mine, 200, 0, ClaimSort.STATUS), service.count(mine),
                service.rows(mentions, 200, 0, ClaimSort.NEWEST), service.count(mentions)));
    }

    private String user() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }
}
