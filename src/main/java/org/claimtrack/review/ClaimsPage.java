package org.claimtrack.review;

import java.util.List;

import org.claimtrack.common.ApiError;
import org.claimtrack.extract.Kind;
import org.claimtrack.ingest.ArticleQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /claims}: every claim matching the filters of {@link ClaimFilter} (the nav's search box posts q here). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ClaimsPage {

    static final int PAGE = 50;

    @CheckedTemplate(basePath = "ReviewPage")
    static class Templates {
        static native TemplateInstance claims(ClaimList l);
    }

    public record ClaimList(ClaimFilter f, List<ClaimService.ClaimRow> rows, long total, int offset, List<String> outlets,
            String error) {

        public List<Kind> getKinds() {
            return ReviewModel.KINDS;
        }

        public List<Rating> getRatings() {
            return ReviewModel.RATINGS;
        }

        public List<ClaimStatus> getStatuses() {
            return List.of(ClaimStatus.values());
        }

        public String getQuery() {
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
    }

    @Inject
    ClaimService service;

    @Inject
    ArticleQuery articles;

    @GET
    @Path("claims")
    public Response list(@BeanParam ClaimFilter filter, @QueryParam("offset") @DefaultValue("0") int offset) {
        int from = Math.max(0, offset);
        try {
            List<ClaimService.ClaimRow> rows = service.rows(filter, PAGE, from);
            long total = service.count(filter);
            return Response.ok(Templates.claims(new ClaimList(filter, rows, total, from, articles.outlets(), null))).build();
        } catch (WebApplicationException e) {
            if (!(e.getResponse().getEntity() instanceof ApiError err) || e.getResponse().getStatus() >= 500) {
                throw e;
            }
            return Response.status(e.getResponse().getStatus()).entity(Templates.claims(new ClaimList(filter, List.of(), 0,
                    from, articles.outlets(), err.error()))).build();
        }
    }
}
