-- attribution drift (issue 16 item 5, docs/compare.md "Attribution drift"): how each group's claim
-- changes from outlet to outlet, precomputed so that GET /api/drift is one indexed range scan.
--
-- Members are taken in carrier order: article date (undated last), then article id. Flags of a member:
--   ATTRIBUTION_DROPPED  it is the article's own assertion (UNATTRIBUTED) while another member attributes it
--   KIND_CHANGED         attributed, with another kind than the group's first attributed member
--   HEDGE_DROPPED        no hedge, while a member carried before it hedged
--   HEDGE_ADDED          hedged, while a member carried before it did not
--   QUOTE_TO_PARAPHRASE  paraphrase (INDIRECT, NONE) of what a member before it quoted (DIRECT, MIXED)
--   CONFLICT             the matcher found it disagreeing on a checkable detail with another claim: a
--                        member linked despite the conflict, or an open conflict suggestion (the
--                        matcher never links a conflict, so the other claim is in another group or none)
-- A group's flags are its members' flags. Rejected claims are not members here; a group needs two.
-- Everything below is kept by triggers on cluster_member, claim, article and claim_suggestion, so
-- every path (grouping at ingest, regroup, split, merge, suggestions, claim edits) keeps it current.

CREATE TABLE drift_group (
    cluster_id       bigint PRIMARY KEY REFERENCES claim_cluster (id) ON DELETE CASCADE,
    flags            text[] NOT NULL,
    members          int NOT NULL,
    outlets          int NOT NULL,
    -- the first carrier: the member of the earliest article
    first_claim_id   bigint NOT NULL,
    first_published  date,
    last_published   date
);

CREATE TABLE drift_member (
    claim_id    bigint PRIMARY KEY REFERENCES claim (id) ON DELETE CASCADE,
    cluster_id  bigint NOT NULL REFERENCES claim_cluster (id) ON DELETE CASCADE,
    article_id  bigint NOT NULL,
    -- the article's outlet, 0 = none
    outlet_key  bigint NOT NULL,
    published   date,
    -- carrier order in the group, 1 = first carrier
    position    int NOT NULL,
    flags       text[] NOT NULL
);
CREATE INDEX drift_member_cluster_idx ON drift_member (cluster_id, position);

-- the list's index: one row per group, per outlet (its key, or -1 = any outlet) and per flag (a flag
-- name, 'ANY' = at least one flag, 'ALL' = every group). carried = the first date that outlet (any
-- outlet: the group) carried the claim. Any combination of flag, outlet and date range is then one
-- range scan of drift_facet_list_idx in list order, stopping after the page.
CREATE TABLE drift_facet (
    flag        text NOT NULL,
    outlet_key  bigint NOT NULL,
    carried     date,
    cluster_id  bigint NOT NULL,
    PRIMARY KEY (flag, outlet_key, cluster_id)
);
CREATE INDEX drift_facet_list_idx ON drift_facet (flag, outlet_key, carried DESC NULLS LAST, cluster_id DESC);
CREATE INDEX drift_facet_cluster_idx ON drift_facet (cluster_id);

-- the flags in the order lists show them
CREATE FUNCTION drift_flag_names() RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT ARRAY['ATTRIBUTION_DROPPED', 'KIND_CHANGED', 'HEDGE_DROPPED', 'HEDGE_ADDED', 'QUOTE_TO_PARAPHRASE', 'CONFLICT'] $$;

-- recompute the drift rows of some groups from their members (a group gone or under two members: no rows).
-- Joined to unnest(ids), not "= ANY (ids)": a regroup or rebuild passes every group at once.
CREATE FUNCTION drift_refresh(ids bigint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    ids := ARRAY(SELECT DISTINCT x FROM unnest(ids) x WHERE x IS NOT NULL ORDER BY 1);
    IF cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    -- one refresh of a group at a time (two ingests joining it): the second waits, then reads the first's rows
    PERFORM 1 FROM claim_cluster WHERE id IN (SELECT unnest(ids)) ORDER BY id FOR NO KEY UPDATE;
    DELETE FROM drift_facet f USING unnest(ids) k(id) WHERE f.cluster_id = k.id;
    DELETE FROM drift_member d USING unnest(ids) k(id) WHERE d.cluster_id = k.id;
    DELETE FROM drift_group g USING unnest(ids) k(id) WHERE g.cluster_id = k.id;

    INSERT INTO drift_member (claim_id, cluster_id, article_id, outlet_key, published, position, flags)
    WITH m AS (
        SELECT m.cluster_id, c.id AS claim_id, c.article_id, coalesce(a.outlet_id, 0) AS outlet_key, a.published,
               c.kind, c.quote, cardinality(c.hedges) > 0 AS hedged,
               m.conflict OR EXISTS (SELECT 1 FROM claim_suggestion s WHERE s.claim_id = c.id AND s.conflict AND NOT s.dismissed)
                          OR EXISTS (SELECT 1 FROM claim_suggestion s WHERE s.other_claim_id = c.id AND s.conflict AND NOT s.dismissed)
                   AS conflict,
               row_number() OVER (PARTITION BY m.cluster_id ORDER BY a.published NULLS LAST, a.id, c.id) AS pos,
               count(*) OVER (PARTITION BY m.cluster_id) AS n
          FROM unnest(ids) k(id)
          JOIN cluster_member m ON m.cluster_id = k.id
          JOIN claim c ON c.id = m.claim_id
          JOIN article a ON a.id = c.article_id
         WHERE c.status <> 'REJECTED'
    ), w AS (
        SELECT m.*,
               bool_or(kind <> 'UNATTRIBUTED') OVER g AS any_attributed,
               first_value(kind) OVER (PARTITION BY cluster_id ORDER BY kind = 'UNATTRIBUTED', pos) AS first_kind,
               coalesce(bool_or(hedged) OVER e, false) AS hedged_before,
               coalesce(bool_or(NOT hedged) OVER e, false) AS plain_before,
               coalesce(bool_or(quote IN ('DIRECT', 'MIXED')) OVER e, false) AS quoted_before
          FROM m
        WINDOW g AS (PARTITION BY cluster_id),
               e AS (PARTITION BY cluster_id ORDER BY pos ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
    )
    SELECT claim_id, cluster_id, article_id, outlet_key, published, pos,
           array_remove(ARRAY[
               CASE WHEN kind = 'UNATTRIBUTED' AND any_attributed THEN 'ATTRIBUTION_DROPPED' END,
               CASE WHEN kind <> 'UNATTRIBUTED' AND kind <> first_kind THEN 'KIND_CHANGED' END,
               CASE WHEN NOT hedged AND hedged_before THEN 'HEDGE_DROPPED' END,
               CASE WHEN hedged AND plain_before THEN 'HEDGE_ADDED' END,
               CASE WHEN quote IN ('INDIRECT', 'NONE') AND quoted_before THEN 'QUOTE_TO_PARAPHRASE' END,
               CASE WHEN conflict THEN 'CONFLICT' END], NULL)
      FROM w
     WHERE n >= 2;

    INSERT INTO drift_group (cluster_id, flags, members, outlets, first_claim_id, first_published, last_published)
    SELECT d.cluster_id,
           ARRAY(SELECT f FROM unnest(drift_flag_names()) WITH ORDINALITY u(f, i)
                  WHERE f = ANY (member_flags) ORDER BY i),
           members, outlets, first_claim_id, first_published, last_published
      FROM (SELECT d.cluster_id, count(*)::int AS members, count(DISTINCT d.outlet_key)::int AS outlets,
                   min(d.claim_id) FILTER (WHERE d.position = 1) AS first_claim_id,
                   min(d.published) AS first_published, max(d.published) AS last_published,
                   ARRAY(SELECT DISTINCT unnest(x.flags) FROM drift_member x WHERE x.cluster_id = d.cluster_id) AS member_flags
              FROM drift_member d JOIN unnest(ids) k(id) ON k.id = d.cluster_id
             GROUP BY d.cluster_id) d;

    INSERT INTO drift_facet (flag, outlet_key, carried, cluster_id)
    SELECT f.flag, o.outlet_key, o.carried, g.cluster_id
      FROM drift_group g
      JOIN unnest(ids) k(id) ON k.id = g.cluster_id
     CROSS JOIN LATERAL (SELECT -1::bigint AS outlet_key, g.first_published AS carried
                         UNION ALL
                         SELECT d.outlet_key, min(d.published) AS carried FROM drift_member d
                          WHERE d.cluster_id = g.cluster_id GROUP BY d.outlet_key) o
     CROSS JOIN LATERAL (SELECT 'ALL'::text AS flag
                         UNION ALL SELECT 'ANY' WHERE cardinality(g.flags) > 0
                         UNION ALL SELECT unnest(g.flags)) f;
END
$$;

-- every group at once (after bulk loads, and below for the groups that exist)
CREATE FUNCTION drift_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE drift_facet, drift_member, drift_group;
    PERFORM drift_refresh(ARRAY(SELECT id FROM claim_cluster));
END
$$;

-- ---------------------------------------------------------------- keeping it current

-- grouping: members added, moved (cluster_id changes: both groups), removed
CREATE FUNCTION drift_member_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM drift_refresh(ARRAY(SELECT cluster_id FROM new_rows));
    RETURN NULL;
END
$$;
CREATE FUNCTION drift_member_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM drift_refresh(ARRAY(SELECT n.cluster_id FROM new_rows n JOIN old_rows o ON o.claim_id = n.claim_id
                                 WHERE (n.cluster_id, n.conflict) IS DISTINCT FROM (o.cluster_id, o.conflict)
                                UNION SELECT o.cluster_id FROM new_rows n JOIN old_rows o ON o.claim_id = n.claim_id
                                 WHERE n.cluster_id IS DISTINCT FROM o.cluster_id));
    RETURN NULL;
END
$$;
CREATE FUNCTION drift_member_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM drift_refresh(ARRAY(SELECT cluster_id FROM old_rows));
    RETURN NULL;
END
$$;
CREATE TRIGGER drift_member_insert AFTER INSERT ON cluster_member REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION drift_member_after_insert();
CREATE TRIGGER drift_member_update AFTER UPDATE ON cluster_member REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION drift_member_after_update();
CREATE TRIGGER drift_member_delete AFTER DELETE ON cluster_member REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION drift_member_after_delete();

-- a member claim edited (kind, quote, hedges, status) or its article's date carried onto it (V6)
CREATE FUNCTION drift_claim_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM drift_refresh(ARRAY(
        SELECT m.cluster_id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN cluster_member m ON m.claim_id = n.id
         WHERE (n.kind, n.quote, n.hedges, n.status, n.published, n.article_id)
               IS DISTINCT FROM (o.kind, o.quote, o.hedges, o.status, o.published, o.article_id)));
    RETURN NULL;
END
$$;
CREATE TRIGGER drift_claim_update AFTER UPDATE ON claim REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION drift_claim_after_update();

-- an article moved to another outlet
CREATE FUNCTION drift_article_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM drift_refresh(ARRAY(SELECT m.cluster_id FROM claim c JOIN cluster_member m ON m.claim_id = c.id
                                 WHERE c.article_id = NEW.id));
    RETURN NULL;
END
$$;
CREATE TRIGGER drift_article_follow AFTER UPDATE OF outlet_id ON article
    FOR EACH ROW WHEN (OLD.outlet_id IS DISTINCT FROM NEW.outlet_id)
    EXECUTE FUNCTION drift_article_follow();

-- a conflict suggestion recorded, changed or dismissed: the groups of both claims
CREATE FUNCTION drift_suggestion_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    a bigint;
    b bigint;
    hit boolean;
BEGIN
    IF TG_OP = 'DELETE' THEN
        a := OLD.claim_id; b := OLD.other_claim_id; hit := OLD.conflict;
    ELSE
        a := NEW.claim_id; b := NEW.other_claim_id; hit := NEW.conflict;
        IF TG_OP = 'UPDATE' THEN
            hit := hit OR OLD.conflict;
        END IF;
    END IF;
    IF hit THEN
        PERFORM drift_refresh(ARRAY(SELECT m.cluster_id FROM cluster_member m WHERE m.claim_id IN (a, b)));
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER drift_suggestion_changed AFTER INSERT OR UPDATE OR DELETE ON claim_suggestion
    FOR EACH ROW EXECUTE FUNCTION drift_suggestion_changed();

SELECT drift_rebuild();
