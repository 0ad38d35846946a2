-- same-claim matching (issue 16, docs/compare.md "Matching"): claim embeddings for the matcher,
-- the matcher's signals on each group member, suggested matches for editors, and the groups each
-- claim was in before a regroup (so the regroup gives the same groups their old ids).

-- all-MiniLM-L6-v2 sentence embeddings (384 floats, unit length) of the grouped claims; a table of
-- its own so that writing one never fires the claim statement triggers (profiles, source totals)
CREATE TABLE claim_embedding (
    claim_id  bigint PRIMARY KEY REFERENCES claim (id) ON DELETE CASCADE,
    vector    real[] NOT NULL
);

-- the matcher's score is cluster_member.similarity; its signals (JSON) beside it
ALTER TABLE cluster_member ADD COLUMN signals text;
ALTER TABLE cluster_member ADD COLUMN conflict boolean NOT NULL DEFAULT false;

-- a claim the matcher found likely but not sure to state what another claim states (score between
-- the suggest and the auto-link threshold, or a conflict): shown on the group and review pages for
-- an editor to confirm (the claim joins the other's group) or dismiss (never suggested again)
CREATE TABLE claim_suggestion (
    claim_id        bigint NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    other_claim_id  bigint NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    score           real NOT NULL,
    signals         text,
    conflict        boolean NOT NULL DEFAULT false,
    dismissed       boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (claim_id, other_claim_id)
);
CREATE INDEX claim_suggestion_other_idx ON claim_suggestion (other_claim_id);

-- during "Regroup all articles": each claim's group before it, so a group formed again keeps its id
CREATE TABLE cluster_previous (
    claim_id    bigint PRIMARY KEY,
    cluster_id  bigint NOT NULL
);
