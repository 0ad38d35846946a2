package org.claimtrack.review;

import java.time.OffsetDateTime;
import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change to a claim: who, when, what, and the claim before and after as JSON. */
@Entity
@Table(name = "claim_history")
public class ClaimHistory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id", nullable = false)
    public Long claimId;

    @Column(nullable = false)
    public OffsetDateTime at = OffsetDateTime.now();

    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String action;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String after;

    public static List<ClaimHistory> ofClaim(Long claimId) {
        return list("claimId = ?1 order by id", claimId);
    }
}
