package org.claimtrack.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Entity
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "outlet_id")
    public Outlet outlet;

    public String url;

    public LocalDate published;

    public String byline;

    /** The text exactly as submitted: every offset points into it. */
    @Column(name = "raw_text", nullable = false)
    public String rawText;

    @Column(name = "content_hash", nullable = false, unique = true)
    public String contentHash;

    @Column(name = "ingested_at", insertable = false, updatable = false)
    public OffsetDateTime ingestedAt;

    @Column(name = "ingested_by")
    public String ingestedBy;

    @Column(name = "extractor_version", nullable = false)
    public String extractorVersion;

    /** Stored, its claims not grouped yet: a crash in between leaves it true, and the next start groups it. */
    @Column(name = "grouping_pending")
    public boolean groupingPending;

    /** The import item whose work stored this article (null for other ingests). */
    @Column(name = "import_item_id")
    public Long importItemId;

    /** What ingest had to leave out (a claim the database would refuse), in words; shown on the review page. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public List<String> warnings = new ArrayList<>();

    public static Article findByHash(String hash) {
        return find("contentHash", hash).firstResult();
    }

    public String outletName() {
        return outlet == null ? null : outlet.name;
    }
}
