package org.claimtrack.review;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.claimtrack.common.ClaimtrackConfig;
import org.claimtrack.export.ClaimExporter;
import org.claimtrack.export.ExportFormat;
import org.claimtrack.export.ExportQuery;
import org.claimtrack.extract.Kind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /fact-checks/{id}}: a published fact-check for anyone, without login (a public path in
 * application.properties): the claim, who said it and how the article attributed it, the verdict with
 * its explanation and evidence, and the same ClaimReview JSON-LD as the export, embedded for search engines.
 */
@Path("/fact-checks")
@Produces(MediaType.TEXT_HTML)
public class FactCheckPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance factCheck(FactCheck f);

        static native TemplateInstance missing(String path);
    }

    public record FactCheck(long id, String claim, String speaker, String speakerType, String mention, String attribution,
            String cue, String quote, List<String> hedges, String rating, String explanation, List<String> evidence,
            OffsetDateTime publishedAt, String elsewhere, String articleTitle, String articleUrl, String outlet,
            LocalDate articlePublished, String organisation, String jsonLd) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ClaimtrackConfig config;

    @Inject
    ObjectMapper mapper;

    @GET
    @Path("{id}")
    public Response page(@PathParam("id") String idParam) {
        long id;
        try {
            id = Long.parseLong(idParam);
        } catch (NumberFormatException e) {
            return missing(idParam);
        }
        FactCheck f = QuarkusTransaction.requiringNew().call(() -> read(id));
        if (f == null) {
            return missing(idParam);
        }
        String jsonLd = claimReview(id);
        if (jsonLd == null) {
            return missing(idParam);
        }
        FactCheck page = new FactCheck(f.id(), f.claim(), f.speaker(), f.speakerType(), f.mention(), f.attribution(),
                f.cue(), f.quote(), f.hedges(), f.rating(), f.explanation(), f.evidence(), f.publishedAt(), f.elsewhere(),
                f.articleTitle(), f.articleUrl(), f.outlet(), f.articlePublished(), f.organisation(), jsonLd);
        return Response.ok(Templates.factCheck(page)).build();
    }

    private Response missing(String id) {
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE).entity(Templates.missing("/fact-checks/" + id)).build();
    }

    /** The published claim as the page shows it, or null when there is no published fact-check. */
    private FactCheck read(long id) {
        Claim c = Claim.findById(id);
        if (c == null || c.status != ClaimStatus.PUBLISHED || c.verdictRating == null
                || c.verdictRating == Rating.NOT_A_CLAIM) {
            return null;
        }
        String speaker = c.source != null ? c.source.name : c.sourceName;
        String type = c.source != null ? c.source.type.name() : c.sourceType == null ? null : c.sourceType.name();
        return new FactCheck(c.id, c.content, speaker, type == null ? null : type.toLowerCase(java.util.Locale.ROOT),
                c.sourceText, attribution(c.kind), c.cueText, quote(c.quote), List.copyOf(c.hedges),
                label(c.verdictRating.name()), c.verdictExplanation, List.copyOf(c.verdictEvidence), c.publishedAt,
                c.publishedUrl, c.article.title, c.article.url, c.article.outletName(), c.article.published,
                config.organisation().name(), null);
    }

    /** The export's ClaimReview for this one claim, made safe to sit inside a script element. */
    private String claimReview(long id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Connection conn = dataSource.getConnection()) {
            ClaimExporter.export(conn, ExportQuery.published(id), ExportFormat.CLAIMREVIEW, new ClaimExporter.Options(
                    10, false, config.organisation().name(), config.organisation().url(), config.publicUrl()), out, null);
            JsonNode array = mapper.readTree(out.toByteArray());
            if (array == null || !array.isArray() || array.isEmpty()) {
                return null;
            }
            // "</" would end the script element early: "<\/" is the same JSON string
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array.get(0)).replace("</", "<\\/");
        } catch (Exception e) {
            throw new IllegalStateException("ClaimReview of claim " + id + " failed", e);
        }
    }

    static String attribution(Kind kind) {
        return switch (kind) {
            case TWEET -> "to a tweet";
            case OFFICIAL_STATEMENT -> "to an official statement";
            case MEDIA_REPORT -> "to a media report";
            case DOCUMENT -> "to a document";
            case ANONYMOUS_SOURCE -> "to an unnamed source";
            case NAMED_SOURCE -> "to a named person or body";
            case UNATTRIBUTED -> "to no one: it is the article's own assertion";
        };
    }

    static String quote(org.claimtrack.extract.QuoteType q) {
        return switch (q) {
            case DIRECT -> "quoted word for word";
            case INDIRECT -> "in reported speech";
            case MIXED -> "partly quoted";
            case NONE -> null;
        };
    }

    /** "MOSTLY_TRUE" → "Mostly true". */
    static String label(String rating) {
        String s = rating.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
