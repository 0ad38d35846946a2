package org.claimtrack.review;

import java.util.List;

import org.claimtrack.extract.Kind;
import org.claimtrack.extract.QuoteType;
import org.claimtrack.extract.SourceType;

/**
 * A correction of a claim, as PATCH, the add call and the review forms bring it. A field left null is
 * left alone; {@code sourceSet}/{@code cueSet}/{@code assigneeSet} tell "remove it" (null value) from
 * "not mentioned".
 */
public class ClaimChange {

    public Kind kind;
    public Integer start;
    public Integer end;
    public boolean sourceSet;
    public SourceInput source;
    public boolean cueSet;
    public SpanInput cue;
    public QuoteType quote;
    public ClaimStatus status;
    public boolean assigneeSet;
    public String assignee;
    public List<String> hedges;
    /** The version the client read; required for a change to an existing claim. */
    public Integer version;

    /**
     * A source: {@code id} of a canonical source, and/or the words in the text ({@code start},{@code end})
     * with a {@code name} and {@code type} for a new or re-resolved canonical source.
     */
    public record SourceInput(Long id, Integer start, Integer end, String name, SourceType type, String handle) {
    }

    public record SpanInput(int start, int end) {
    }

    public boolean isEmpty() {
        return kind == null && start == null && end == null && !sourceSet && !cueSet && quote == null && status == null
                && !assigneeSet && hedges == null;
    }
}
