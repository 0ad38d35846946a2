package org.claimtrack.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One exported claim with its article, source, cue and verdict: the row of every export format.
 * Source name and type are the canonical source's when the claim is linked to one.
 */
public record ExportRow(
        long articleId,
        String articleTitle,
        String outlet,
        String articleUrl,
        LocalDate published,
        long claimId,
        int start,
        int end,
        String text,
        String kind,
        String quote,
        List<String> hedges,
        String status,
        String origin,
        Integer sourceStart,
        Integer sourceEnd,
        String sourceText,
        String sourceName,
        String sourceType,
        String sourceHandle,
        Long sourceId,
        Integer cueStart,
        Integer cueEnd,
        String cueText,
        String verdictRating,
        String verdictExplanation,
        List<String> verdictEvidence,
        String verdictBy,
        OffsetDateTime verdictAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        String assignee,
        String sentence,
        String reviewUrl,
        Long groupId,
        List<String> groupFlags,
        List<String> claimDrift) {

    /** A row without the workflow columns (filled in by {@link #withWorkflow}) and in no group. */
    public ExportRow(long articleId, String articleTitle, String outlet, String articleUrl, LocalDate published,
            long claimId, int start, int end, String text, String kind, String quote, List<String> hedges,
            String status, String origin, Integer sourceStart, Integer sourceEnd, String sourceText, String sourceName,
            String sourceType, String sourceHandle, Long sourceId, Integer cueStart, Integer cueEnd, String cueText,
            String verdictRating, String verdictExplanation, List<String> verdictEvidence, String verdictBy,
            OffsetDateTime verdictAt) {
        this(articleId, articleTitle, outlet, articleUrl, published, claimId, start, end, text, kind, quote, hedges,
                status, origin, sourceStart, sourceEnd, sourceText, sourceName, sourceType, sourceHandle, sourceId,
                cueStart, cueEnd, cueText, verdictRating, verdictExplanation, verdictEvidence, verdictBy, verdictAt,
                null, null, null, null, null, null, List.of(), List.of());
    }

    /** The same row with its assignee, the sentence around the claim and the link to its review page. */
    public ExportRow withWorkflow(String assignee, String sentence, String reviewUrl) {
        return new ExportRow(articleId, articleTitle, outlet, articleUrl, published, claimId, start, end, text, kind,
                quote, hedges, status, origin, sourceStart, sourceEnd, sourceText, sourceName, sourceType, sourceHandle,
                sourceId, cueStart, cueEnd, cueText, verdictRating, verdictExplanation, verdictEvidence, verdictBy,
                verdictAt, createdAt, updatedAt, assignee, sentence, reviewUrl, groupId, groupFlags, claimDrift);
    }

    /** The column names of the CSV and XLSX tables, in order. */
    public static final List<String> COLUMNS = List.of(
            "article_id", "article_title", "article_outlet", "article_url", "article_published",
            "claim_id", "claim_start", "claim_end", "claim_text", "claim_kind", "claim_quote", "claim_hedges",
            "claim_status", "claim_origin",
            "source_mention", "source_start", "source_end", "source_name", "source_type", "source_handle", "source_id",
            "cue", "cue_start", "cue_end",
            "verdict_rating", "verdict_explanation", "verdict_evidence", "verdict_reviewer", "verdict_at",
            "claim_created_at", "claim_updated_at",
            "claim_assignee", "claim_sentence", "review_url",
            // the claim's same-claim group (groups of two or more), the group's drift flags and this claim's own
            "group_id", "group_flags", "claim_drift");

    /** Separator of list values (hedges, evidence URLs) inside one spreadsheet cell. */
    public static final String LIST_SEPARATOR = " | ";

    public boolean hasSource() {
        return sourceText != null || sourceName != null || sourceId != null;
    }

    public boolean hasCue() {
        return cueStart != null;
    }

    /**
     * The cells of the table row, in {@link #COLUMNS} order: numbers as {@link Number}, the day
     * published as {@link LocalDate}, timestamps as {@link OffsetDateTime}, text as {@link String}
     * (not yet neutralised for spreadsheets), absent values as null.
     */
    public Object[] cells() {
        return new Object[] {
                articleId, articleTitle, outlet, articleUrl, published,
                claimId, start, end, text, kind, quote, join(hedges), status, origin,
                sourceText, sourceStart, sourceEnd, sourceName, sourceType, sourceHandle, sourceId,
                cueText, cueStart, cueEnd,
                verdictRating, verdictExplanation, join(verdictEvidence), verdictBy,
                verdictAt, createdAt, updatedAt,
                assignee, sentence, reviewUrl, groupId, join(groupFlags), join(claimDrift) };
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? "" : String.join(LIST_SEPARATOR, values);
    }
}
