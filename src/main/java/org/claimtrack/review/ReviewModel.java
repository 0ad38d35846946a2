package org.claimtrack.review;

import java.time.LocalDate;
import java.util.List;

import org.claimtrack.extract.Kind;
import org.claimtrack.extract.QuoteType;
import org.claimtrack.extract.SourceType;

/** Everything the review page shows, read in one transaction so the template touches no entity. */
public record ReviewModel(
        long articleId,
        String title,
        String outlet,
        LocalDate published,
        String url,
        String byline,
        int length,
        List<Highlighter.Segment> segments,
        List<ClaimView> claims,
        List<ClaimView> rejected,
        Panel panel,
        String error,
        String notice,
        Long undoClaim,
        String undoLabel,
        List<String> warnings) {

    public static final List<Kind> KINDS = List.of(Kind.values());
    public static final List<Rating> RATINGS = List.of(Rating.values());
    public static final List<QuoteType> QUOTES = List.of(QuoteType.values());
    public static final List<SourceType> SOURCE_TYPES = List.of(SourceType.values());
    public static final List<ClaimStatus> STATUSES = List.of(ClaimStatus.NEW, ClaimStatus.IN_REVIEW, ClaimStatus.CHECKED,
            ClaimStatus.PUBLISHED);

    public List<Kind> getKinds() {
        return KINDS;
    }

    public List<SourceType> getSourceTypes() {
        return SOURCE_TYPES;
    }

    public List<QuoteType> getQuotes() {
        return QUOTES;
    }

    public long checkedCount() {
        return claims.stream().filter(c -> c.status() == ClaimStatus.CHECKED || c.status() == ClaimStatus.PUBLISHED).count();
    }

    public boolean isSelected(ClaimView c) {
        return panel != null && panel.claim().id().equals(c.id());
    }

    /**
     * The selected claim with what its forms show: the claim's values, or the values someone just tried to
     * save when the save was refused (so nothing typed is lost).
     */
    public record Panel(
            long articleId,
            ClaimView claim,
            List<HistoryEntry> history,
            List<SourceOption> sources,
            List<String> users,
            ClaimView previous,
            ClaimView next,
            PanelForm form,
            boolean editing,
            List<CommentService.CommentView> comments) {

        /** A verdict that is a fact-check, on a claim not yet published: the Publish button shows. */
        public boolean isPublishable() {
            return claim.verdict() != null && claim.verdict().rating() != Rating.NOT_A_CLAIM
                    && claim.status() != ClaimStatus.PUBLISHED && claim.status() != ClaimStatus.REJECTED;
        }

        public boolean isPublished() {
            return claim.status() == ClaimStatus.PUBLISHED;
        }

        public boolean isHuman() {
            return claim.origin() == ClaimOrigin.HUMAN;
        }

        public List<Rating> getRatings() {
            return RATINGS;
        }

        public List<Kind> getKinds() {
            return KINDS;
        }

        public List<QuoteType> getQuotes() {
            return QUOTES;
        }

        public List<SourceType> getSourceTypes() {
            return SOURCE_TYPES;
        }

        public List<ClaimStatus> getStatuses() {
            return STATUSES;
        }

        public boolean isRejected() {
            return claim.status() == ClaimStatus.REJECTED;
        }

        /** Shortcut number of a rating (1-7), as the keyboard uses it. */
        public int key(Rating r) {
            return r.ordinal() + 1;
        }
    }

    public record SourceOption(long id, String name, String type) {
    }

    /** The values of the panel's forms. */
    public record PanelForm(String rating, String explanation, String evidence, String kind, String quote, String status,
            String assignee, String start, String end, String cueStart, String cueEnd) {
    }
}
