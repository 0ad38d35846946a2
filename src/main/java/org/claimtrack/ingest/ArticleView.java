package org.claimtrack.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.claimtrack.review.Claim;
import org.claimtrack.review.ClaimView;

/** An article with its text and claims, as {@code GET /api/articles/{id}} answers. */
public record ArticleView(
        Long id,
        String title,
        String outlet,
        String url,
        LocalDate published,
        String byline,
        String text,
        String extractor,
        OffsetDateTime ingestedAt,
        int claimCount,
        List<ClaimView> claims,
        List<String> warnings,
        Boolean duplicate) {

    public static ArticleView of(Article a, Boolean duplicate) {
        List<ClaimView> claims = Claim.ofArticle(a.id).stream().map(ClaimView::of).toList();
        return new ArticleView(a.id, a.title, a.outletName(), a.url, a.published, a.byline, a.rawText,
                a.extractorVersion, a.ingestedAt, claims.size(), claims, List.copyOf(a.warnings), duplicate);
    }
}
