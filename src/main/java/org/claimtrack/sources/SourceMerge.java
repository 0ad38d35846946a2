package org.claimtrack.sources;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.claimtrack.extract.SourceType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One merge of a source into another, kept so that it can be undone: the merged-away source's row as
 * it was and what the survivor gained from it (V15). The claims it moved are in source_merge_claim.
 */
@Entity
@Table(name = "source_merge")
public class SourceMerge extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public OffsetDateTime at = OffsetDateTime.now();

    @Column(nullable = false)
    public String username;

    @Column(name = "from_id", nullable = false)
    public Long fromId;

    @Column(name = "into_id", nullable = false)
    public Long intoId;

    @Column(name = "from_name", nullable = false)
    public String fromName;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_type", nullable = false)
    public SourceType fromType;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "from_handles", columnDefinition = "text[]", nullable = false)
    public List<String> fromHandles = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "from_aliases", columnDefinition = "text[]", nullable = false)
    public List<String> fromAliases = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "from_keys", columnDefinition = "text[]", nullable = false)
    public List<String> fromKeys = new ArrayList<>();

    @Column(name = "from_surname")
    public String fromSurname;

    @Column(name = "from_created_at")
    public OffsetDateTime fromCreatedAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "gained_aliases", columnDefinition = "text[]", nullable = false)
    public List<String> gainedAliases = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "gained_keys", columnDefinition = "text[]", nullable = false)
    public List<String> gainedKeys = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "gained_handles", columnDefinition = "text[]", nullable = false)
    public List<String> gainedHandles = new ArrayList<>();

    @Column(name = "gained_surname")
    public String gainedSurname;

    @Column(name = "undone_at")
    public OffsetDateTime undoneAt;

    @Column(name = "undone_by")
    public String undoneBy;
}
