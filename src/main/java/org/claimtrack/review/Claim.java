package org.claimtrack.review;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.claimtrack.extract.Kind;
import org.claimtrack.extract.QuoteType;
import org.claimtrack.extract.SourceType;
import org.claimtrack.ingest.Article;
import org.claimtrack.sources.Source;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/** A claim of an article: the extractor's output plus the reviewers' work on it. */
@Entity
public class Claim extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @Column(name = "start_offset", nullable = false)
    public int start;

    @Column(name = "end_offset", nullable = false)
    public int end;

    @Column(nullable = false)
    public String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "source_start")
    public Integer sourceStart;

    @Column(name = "source_end")
    public Integer sourceEnd;

    @Column(name = "source_text")
    public String sourceText;

    @Column(name = "source_name")
    public String sourceName;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type")
    public SourceType sourceType;

    @Column(name = "source_handle")
    public String sourceHandle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public Source source;

    @Column(name = "cue_start")
    public Integer cueStart;

    @Column(name = "cue_end")
    public Integer cueEnd;

    @Column(name = "cue_text")
    public String cueText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QuoteType quote;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public List<String> hedges = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClaimStatus status = ClaimStatus.NEW;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClaimOrigin origin = ClaimOrigin.EXTRACTOR;

    public String assignee;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict_rating")
    public Rating verdictRating;

    @Column(name = "verdict_explanation")
    public String verdictExplanation;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "verdict_evidence", columnDefinition = "text[]", nullable = false)
    public List<String> verdictEvidence = new ArrayList<>();

    @Column(name = "verdict_by")
    public String verdictBy;

    @Column(name = "verdict_at")
    public OffsetDateTime verdictAt;

    /** When and by whom the fact-check was published (status PUBLISHED), and where else it appeared. */
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "published_url")
    public String publishedUrl;

    /** Optimistic locking: a save with a stale version is refused with 409. */
    @Version
    public int version;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    @PreUpdate
    void touch() {
        updatedAt = OffsetDateTime.now();
    }

    public static List<Claim> ofArticle(Long articleId) {
        return list("article.id = ?1 and status <> ?2 order by start, end, id", articleId, ClaimStatus.REJECTED);
    }
}
