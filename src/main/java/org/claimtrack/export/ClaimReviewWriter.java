package org.claimtrack.export;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * schema.org {@code ClaimReview} JSON-LD, one object (each with its own {@code @context}, so any one
 * can be pasted into a page's {@code <script type="application/ld+json">}) in a JSON array.
 * The five-point scale runs FALSE = 1 to TRUE = 5; UNVERIFIABLE has no place on it, so its rating
 * has the name only. Only published fact-checks are written (the query asks for them; NOT_A_CLAIM is
 * never one): {@code url} is the public page, {@code sameAs} the fact-check as published elsewhere,
 * every article the claim appears in (its own and those of its same-claim group) an {@code appearance}.
 */
final class ClaimReviewWriter implements ClaimWriter {

    /** Script-safe: publishers paste the file into a script element (issue 19, item 5). */
    private static final JsonFactory FACTORY = org.claimtrack.common.ScriptSafeJson.FACTORY;

    private final JsonGenerator gen;
    private final String orgName;
    private final String orgUrl;
    private final String publicUrl;
    private final Publications publications;

    /** An article the claim appears in. */
    record Appearance(String url, String headline, LocalDate published, String outlet) {
    }

    /** When the fact-check was published, where else, and every article the claim appears in (oldest first). */
    record Publication(OffsetDateTime at, String url, List<Appearance> appearances) {
    }

    @FunctionalInterface
    interface Publications {
        Publication of(ExportRow row) throws SQLException;
    }

    ClaimReviewWriter(OutputStream out, String orgName, String orgUrl, String publicUrl, Publications publications)
            throws IOException {
        this.gen = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        this.orgName = orgName;
        this.orgUrl = orgUrl.endsWith("/") ? orgUrl : orgUrl + "/";
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.publications = publications;
    }

    /** The publication of each row from the claim and its group: two small queries a published claim. */
    static Publications publications(Connection conn) throws SQLException {
        PreparedStatement claim = conn.prepareStatement("select published_at, published_url from claim where id = ?");
        PreparedStatement seen = conn.prepareStatement("""
                select a.url, a.title, a.published, o.name from article a left join outlet o on o.id = a.outlet_id
                 where a.id = ? or a.id in (select c2.article_id from cluster_member m
                       join cluster_member m2 on m2.cluster_id = m.cluster_id join claim c2 on c2.id = m2.claim_id
                       where m.claim_id = ? and c2.status <> 'REJECTED')
                 order by a.published nulls last, a.id""");
        return row -> {
            OffsetDateTime at = null;
            String url = null;
            claim.setLong(1, row.claimId());
            try (ResultSet rs = claim.executeQuery()) {
                if (rs.next()) {
                    at = rs.getObject(1, OffsetDateTime.class);
                    url = rs.getString(2);
                }
            }
            List<Appearance> appearances = new ArrayList<>();
            seen.setLong(1, row.articleId());
            seen.setLong(2, row.claimId());
            try (ResultSet rs = seen.executeQuery()) {
                while (rs.next()) {
                    appearances.add(new Appearance(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            rs.getString(4)));
                }
            }
            return new Publication(at, url, appearances);
        };
    }

    /** The position of a rating on the 1-5 scale, 0 when it has none. */
    static int ratingValue(String rating) {
        return switch (rating) {
            case "TRUE" -> 5;
            case "MOSTLY_TRUE" -> 4;
            case "MIXED" -> 3;
            case "MOSTLY_FALSE" -> 2;
            case "FALSE" -> 1;
            default -> 0;
        };
    }

    /** "MOSTLY_TRUE" → "Mostly true". */
    static String ratingName(String rating) {
        String s = rating.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public void begin() throws IOException {
        gen.writeStartArray();
    }

    @Override
    public void row(ExportRow r) throws IOException {
        if (r.verdictRating() == null || "NOT_A_CLAIM".equals(r.verdictRating())) {
            return;
        }
        Publication p;
        try {
            p = publications.of(r);
        } catch (SQLException e) {
            throw new IOException("could not read the publication of claim " + r.claimId(), e);
        }
        gen.writeStartObject();
        gen.writeStringField("@context", "https://schema.org");
        gen.writeStringField("@type", "ClaimReview");
        gen.writeStringField("url", publicUrl + "/fact-checks/" + r.claimId());
        if (p.url() != null) {
            gen.writeStringField("sameAs", p.url());
        }
        gen.writeStringField("claimReviewed", r.text());
        OffsetDateTime published = p.at() != null ? p.at() : r.verdictAt();
        if (published != null) {
            gen.writeStringField("datePublished", published.toLocalDate().toString());
        }
        gen.writeObjectFieldStart("author");
        gen.writeStringField("@type", "Organization");
        gen.writeStringField("name", orgName);
        gen.writeStringField("url", orgUrl);
        gen.writeEndObject();

        gen.writeObjectFieldStart("itemReviewed");
        gen.writeStringField("@type", "Claim");
        claimAuthor(r);
        if (r.published() != null) {
            gen.writeStringField("datePublished", r.published().toString());
        }
        List<Appearance> seen = p.appearances().isEmpty()
                ? List.of(new Appearance(r.articleUrl(), r.articleTitle(), r.published(), r.outlet()))
                : p.appearances();
        gen.writeArrayFieldStart("appearance");
        for (Appearance a : seen) {
            creativeWork(a);
        }
        gen.writeEndArray();
        gen.writeFieldName("firstAppearance");
        creativeWork(seen.get(0));
        gen.writeEndObject();

        gen.writeObjectFieldStart("reviewRating");
        gen.writeStringField("@type", "Rating");
        gen.writeStringField("name", ratingName(r.verdictRating()));
        gen.writeStringField("alternateName", ratingName(r.verdictRating()));
        int value = ratingValue(r.verdictRating());
        if (value > 0) {
            gen.writeNumberField("ratingValue", value);
            gen.writeNumberField("bestRating", 5);
            gen.writeNumberField("worstRating", 1);
        }
        if (r.verdictExplanation() != null) {
            gen.writeStringField("ratingExplanation", r.verdictExplanation());
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }

    private void creativeWork(Appearance a) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("@type", "CreativeWork");
        if (a.url() != null) {
            gen.writeStringField("url", a.url());
        }
        gen.writeStringField("headline", a.headline());
        if (a.published() != null) {
            gen.writeStringField("datePublished", a.published().toString());
        }
        if (a.outlet() != null) {
            gen.writeObjectFieldStart("publisher");
            gen.writeStringField("@type", "Organization");
            gen.writeStringField("name", a.outlet());
            gen.writeEndObject();
        }
        gen.writeEndObject();
    }

    /**
     * Who made the claim, only when the article names them: a Person, or an Organization for a named
     * government, organisation or medium. Anonymous and unnamed sources ("officials", "sources") and
     * the article's own assertions have no author here (the appearance names the outlet).
     */
    private void claimAuthor(ExportRow r) throws IOException {
        String name = r.sourceName() != null ? r.sourceName() : r.sourceText();
        if (name == null || "ANONYMOUS_SOURCE".equals(r.kind()) || "UNATTRIBUTED".equals(r.kind())
                || r.sourceType() == null || "UNNAMED".equals(r.sourceType())) {
            return;
        }
        gen.writeObjectFieldStart("author");
        gen.writeStringField("@type", "PERSON".equals(r.sourceType()) ? "Person" : "Organization");
        gen.writeStringField("name", name);
        gen.writeEndObject();
    }

    @Override
    public void end() throws IOException {
        gen.writeEndArray();
        gen.flush();
    }
}
