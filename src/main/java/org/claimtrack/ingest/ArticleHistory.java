package org.claimtrack.ingest;

import java.util.List;

import org.claimtrack.common.HistoryRecord;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One correction of an article's metadata: who, when, the fields before and after as JSON. */
@Entity
@Table(name = "article_history")
public class ArticleHistory extends HistoryRecord {

    @Column(name = "article_id", nullable = false)
    public Long articleId;

    public static List<ArticleHistory> ofArticle(long articleId) {
        return list("articleId = ?1 order by id", articleId);
    }
}
