package org.claimtrack.compare;

import java.util.List;

import org.claimtrack.extract.Kind;
import org.claimtrack.ingest.ArticleQuery;
import org.claimtrack.review.ClaimFilter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The corpus sourcing profile: outlets side by side, then the newest articles, as SVG charts and tables. */
@Path("/profile")
@Produces(MediaType.TEXT_HTML)
public class ProfilePage {

    /** Articles charted under the outlets. */
    static final int ARTICLES = 30;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(ProfileService.Profile profile, ProfileChart.Chart outlets,
                ProfileChart.Chart articles, List<Kind> kinds, List<String> outletNames, ClaimFilter filter,
                String topic);
    }

    @Inject
    ProfileService service;

    @Inject
    ArticleQuery articles;

    @GET
    public TemplateInstance profile(@BeanParam ClaimFilter filter, @QueryParam("topic") String topic) {
        ProfileService.Profile p = service.profile(filter, topic, ARTICLES);
        return Templates.profile(p, ProfileChart.of(p.outlets(), false), ProfileChart.of(p.articles(), true),
                List.copyOf(ProfileService.COLUMNS.keySet()), articles.outlets(), filter, topic == null ? "" : topic);
    }
}
