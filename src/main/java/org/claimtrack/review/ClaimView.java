package org.claimtrack.review;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.claimtrack.extract.Kind;
import org.claimtrack.extract.QuoteType;
import org.claimtrack.extract.SourceType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A stored claim as the API shows it: the extraction contract's fields plus the review state. */
public record ClaimView(
        Long id,
        Long articleId,
        int start,
        int end,
        String text,
        Kind kind,
        @JsonInclude(JsonInclude.Include.ALWAYS) SourceView source,
        @JsonInclude(JsonInclude.Include.ALWAYS) CueView cue,
        QuoteType quote,
        List<String> hedges,
        ClaimStatus status,
        ClaimOrigin origin,
        String assignee,
        @JsonInclude(JsonInclude.Include.ALWAYS) VerdictView verdict,
        int version,
        PublicationView publication,
        // absent (null) where nobody looked it up: history snapshots, claims inside other answers; the
        // /api/claims answers fill it (CheckedElsewhereFilter), empty written as JSON null
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Already checked elsewhere: the newest verdict on a claim of the same group in another "
                + "article (status CHECKED or PUBLISHED), or null when there is none")
        Optional<CheckedElsewhere> checkedElsewhere) {

    /** The same claim with what is known of its checks elsewhere (null: none). */
    public ClaimView withCheckedElsewhere(CheckedElsewhere e) {
        return new ClaimView(id, articleId, start, end, text, kind, source, cue, quote, hedges, status, origin, assignee,
                verdict, version, publication, Optional.ofNullable(e));
    }

    /** A published fact-check: its public page (path), when, by whom, and its address elsewhere if any. */
    public record PublicationView(String page, OffsetDateTime at, String by, String url) {
    }

    public record SourceView(Integer start, Integer end, String text, String name, SourceType type, String handle,
            Long id) {
    }

    public record CueView(int start, int end, String text) {
    }

    public record VerdictView(Rating rating, String explanation, List<String> evidence, String reviewer,
            OffsetDateTime at) {
    }

    public static ClaimView of(Claim c) {
        SourceView source = c.sourceText == null && c.sourceName == null && c.source == null ? null
                : new SourceView(c.sourceStart, c.sourceEnd, c.sourceText,
                        c.source != null ? c.source.name : c.sourceName,
                        c.source != null ? c.source.type : c.sourceType, c.sourceHandle,
                        c.source == null ? null : c.source.id);
        CueView cue = c.cueStart == null ? null : new CueView(c.cueStart, c.cueEnd, c.cueText);
        VerdictView verdict = c.verdictRating == null ? null
                : new VerdictView(c.verdictRating, c.verdictExplanation, List.copyOf(c.verdictEvidence), c.verdictBy,
                        c.verdictAt);
        return new ClaimView(c.id, c.article.id, c.start, c.end, c.content, c.kind, source, cue, c.quote,
                List.copyOf(c.hedges), c.status, c.origin, c.assignee, verdict, c.version,
                c.status == ClaimStatus.PUBLISHED ? new PublicationView("/fact-checks/" + c.id, c.publishedAt,
                        c.publishedBy, c.publishedUrl) : null, null);
    }
}
