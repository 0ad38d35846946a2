package org.claimtrack.review;

import java.util.List;

import org.claimtrack.common.HistoryRecord;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One change to a claim: who, when, what, and the claim before and after as JSON. */
@Entity
@Table(name = "claim_history")
public class ClaimHistory extends HistoryRecord {

    @Column(name = "claim_id", nullable = false)
    public Long claimId;

    public static List<ClaimHistory> ofClaim(Long claimId) {
        return list("claimId = ?1 order by id", claimId);
    }
}
