package org.claimtrack.review;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.claimtrack.accounts.User;
import org.claimtrack.common.ApiError;
import org.claimtrack.ingest.ArticleService;

import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The newsroom's workflow on claims: bulk assignment and status from the claim list, and publishing a
 * fact-check. Each claim touched gets its own history row, as with every other change.
 */
@ApplicationScoped
public class WorkflowService {

    public static final int MAX_BULK = 1000;

    public record BulkResult(int updated, List<Long> skipped) {
    }

    @Inject
    ClaimService claims;

    /**
     * Sets the assignee (when {@code assigneeSet}; null or blank: nobody) and/or the status of many claims
     * at once. Rejected claims are skipped (and named); an unknown id refuses the whole batch.
     */
    @Transactional
    public BulkResult bulk(List<Long> ids, boolean assigneeSet, String assignee, ClaimStatus status, String user) {
        if (ids == null || ids.isEmpty()) {
            throw ApiError.of(422, "choose at least one claim");
        }
        if (ids.size() > MAX_BULK) {
            throw ApiError.of(422, "at most " + MAX_BULK + " claims at once");
        }
        if (!assigneeSet && status == null) {
            throw ApiError.of(422, "nothing to change: give an assignee or a status");
        }
        if (status == ClaimStatus.REJECTED) {
            throw ApiError.of(422, "reject claims one by one on their review page");
        }
        if (status == ClaimStatus.PUBLISHED) {
            throw ApiError.of(422, "publish claims one at a time, each with its verdict (the Publish button on the claim)");
        }
        String a = assignee == null || assignee.isBlank() ? null : assignee.strip();
        if (assigneeSet && a != null && User.findByUsername(a) == null) {
            throw ApiError.of(422, "assignee '" + a + "' is not a user");
        }
        int updated = 0;
        List<Long> skipped = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            Claim c = claims.require(id);
            if (c.status == ClaimStatus.REJECTED) {
                skipped.add(id);
                continue;
            }
            ObjectNode before = claims.snapshot(c);
            if (assigneeSet) {
                c.assignee = a;
            }
            if (status != null) {
                c.status = status;
            }
            claims.record(c, "bulk", before, user, null);
            updated++;
        }
        return new BulkResult(updated, skipped);
    }

    /**
     * The claim panel's status control: status and assignee, apart from the correction form (a workflow
     * step is not a correction of the extraction, so the claim's origin stays). PUBLISHED needs a verdict.
     */
    @Transactional
    public ClaimView status(long id, ClaimStatus status, boolean assigneeSet, String assignee, Integer version,
            String user) {
        Claim c = claims.require(id);
        claims.checkVersion(c, version);
        if (status == null && !assigneeSet) {
            throw ApiError.of(422, "nothing to change: choose a status or an assignee");
        }
        if (status == ClaimStatus.REJECTED) {
            throw ApiError.of(422, "reject a claim with its Reject button");
        }
        if (c.status == ClaimStatus.REJECTED) {
            throw ApiError.of(409, "claim " + id + " is rejected: undo the rejection first");
        }
        String a = assignee == null || assignee.isBlank() ? null : assignee.strip();
        if (assigneeSet && a != null && User.findByUsername(a) == null) {
            throw ApiError.of(422, "assignee '" + a + "' is not a user");
        }
        ObjectNode before = claims.snapshot(c);
        if (status == ClaimStatus.PUBLISHED && c.status != ClaimStatus.PUBLISHED) {
            Publishing.check(c);
            c.publishedAt = OffsetDateTime.now();
            c.publishedBy = user;
        }
        if (status != null) {
            c.status = status;
        }
        if (assigneeSet) {
            c.assignee = a;
        }
        claims.record(c, "status", before, user, null);
        return ClaimView.of(c);
    }

    /**
     * Publishes the claim's fact-check: status PUBLISHED and a public page at {@code /fact-checks/{id}}.
     * Needs a verdict (409 otherwise); {@code url} is the fact-check's address where it was published
     * elsewhere (optional, http or https). The version is checked when given.
     */
    @Transactional
    public ClaimView publish(long id, String url, Integer version, String user) {
        Claim c = claims.require(id);
        if (version != null) {
            claims.checkVersion(c, version);
        }
        Publishing.check(c);
        String link = url == null || url.isBlank() ? null : url.strip();
        if (link != null && (link.length() > 2000 || !ArticleService.isHttpUrl(link))) {
            throw ApiError.of(422, "url (the fact-check published elsewhere) must be an http or https URL");
        }
        ObjectNode before = claims.snapshot(c);
        c.status = ClaimStatus.PUBLISHED;
        c.publishedAt = OffsetDateTime.now();
        c.publishedBy = user;
        if (link != null) {
            c.publishedUrl = link;
        }
        claims.record(c, "publish", before, user, null);
        return ClaimView.of(c);
    }
}
