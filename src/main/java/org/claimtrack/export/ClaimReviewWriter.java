package org.claimtrack.export;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * schema.org {@code ClaimReview} JSON-LD, one object (each with its own {@code @context}, so any one
 * can be pasted into a page's {@code <script type="application/ld+json">}) in a JSON array.
 * The five-point scale runs FALSE = 1 to TRUE = 5; UNVERIFIABLE and NOT_A_CLAIM have no place on
 * it, so their rating has the name ({@code alternateName}) only.
 */
final class ClaimReviewWriter implements ClaimWriter {

    /** Script-safe: publishers paste the file into a script element (issue 19, item 5). */
    private static final JsonFactory FACTORY = org.claimtrack.common.ScriptSafeJson.FACTORY;

    private final JsonGenerator gen;
    private final String orgName;
    private final String orgUrl;

    ClaimReviewWriter(OutputStream out, String orgName, String orgUrl) throws IOException {
        this.gen = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        this.orgName = orgName;
        this.orgUrl = orgUrl.endsWith("/") ? orgUrl : orgUrl + "/";
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
        if (r.verdictRating() == null) {
            return;
        }
        gen.writeStartObject();
        gen.writeStringField("@context", "https://schema.org");
        gen.writeStringField("@type", "ClaimReview");
        gen.writeStringField("url", orgUrl + "claims/" + r.claimId());
        gen.writeStringField("claimReviewed", r.text());
        if (r.verdictAt() != null) {
            gen.writeStringField("datePublished", r.verdictAt().toLocalDate().toString());
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
        gen.writeObjectFieldStart("appearance");
        gen.writeStringField("@type", "CreativeWork");
        if (r.articleUrl() != null) {
            gen.writeStringField("url", r.articleUrl());
        }
        gen.writeStringField("headline", r.articleTitle());
        if (r.published() != null) {
            gen.writeStringField("datePublished", r.published().toString());
        }
        if (r.outlet() != null) {
            gen.writeObjectFieldStart("publisher");
            gen.writeStringField("@type", "Organization");
            gen.writeStringField("name", r.outlet());
            gen.writeEndObject();
        }
        gen.writeEndObject();
        gen.writeEndObject();

        gen.writeObjectFieldStart("reviewRating");
        gen.writeStringField("@type", "Rating");
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

    /**
     * Who made the claim: the claim's source (a Person, else an Organization); an unattributed claim
     * is the article's own assertion, so its author is the outlet when one is known.
     */
    private void claimAuthor(ExportRow r) throws IOException {
        String name = r.sourceName() != null ? r.sourceName() : r.sourceText();
        String type = "PERSON".equals(r.sourceType()) ? "Person" : "Organization";
        if (name == null && r.outlet() != null) {
            name = r.outlet();
            type = "Organization";
        }
        if (name == null) {
            return;
        }
        gen.writeObjectFieldStart("author");
        gen.writeStringField("@type", type);
        gen.writeStringField("name", name);
        gen.writeEndObject();
    }

    @Override
    public void end() throws IOException {
        gen.writeEndArray();
        gen.flush();
    }
}
