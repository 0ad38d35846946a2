-- source page at scale (docs/compare.md, "Scale"): running totals per canonical source, so the page
-- reads ≤ 42 rows for its counts by kind and verdict and one row for its article count instead of
-- scanning every claim of a popular source (8,783 index entries for the most credited one).
-- Rejected claims do not count, as everywhere else.

-- The totals are rows of differences (appended, never updated): an ingest statement adds one row
-- per source, kind and verdict it touched and takes no lock, so concurrent ingests crediting the
-- same sources in different orders cannot deadlock on shared counters. The page sums a source's
-- rows; source_totals_compact folds them into one row per key when the page finds more.

-- non-rejected claims per source, kind and verdict ('NONE' = no verdict)
CREATE TABLE source_kind_verdict (
    source_id  bigint NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    kind       text NOT NULL,
    verdict    text NOT NULL,
    claims     bigint NOT NULL
);
CREATE INDEX source_kind_verdict_source_idx ON source_kind_verdict (source_id);

-- articles crediting each source (= its article_source rows)
CREATE TABLE source_totals (
    source_id  bigint NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    articles   bigint NOT NULL
);
CREATE INDEX source_totals_source_idx ON source_totals (source_id);

-- claims: the difference between a statement's old and new rows, so one statement costs the rows
-- it touched, however many claims the source has. A merge or split is an UPDATE of source_id: it
-- subtracts from one source and adds to the other. Articles: a (source, article) pair the
-- statement touched counts once while the article has a non-rejected claim of the source; whether
-- it had one before is the count now minus the statement's new rows plus its old ones.
-- "moved": the statement's non-rejected claims with a source, +1 new and -1 old (a source deleted
-- in the same statement has no rows left to move)
CREATE FUNCTION claim_source_totals_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    WITH moved AS (SELECT source_id, article_id, kind, coalesce(verdict_rating, 'NONE') verdict, 1 n
              FROM new_rows WHERE source_id IS NOT NULL AND status <> 'REJECTED'),
    kv AS (INSERT INTO source_kind_verdict
           SELECT source_id, kind, verdict, sum(n) FROM moved GROUP BY 1, 2, 3 HAVING sum(n) <> 0)
    INSERT INTO source_totals
    SELECT source_id, sum(d) FROM (
        SELECT p.source_id, (c.now_n > 0)::int - (c.now_n - p.n > 0)::int d
          FROM (SELECT source_id, article_id, sum(n) n FROM moved GROUP BY 1, 2) p
          CROSS JOIN LATERAL (SELECT count(*) now_n FROM claim x WHERE x.source_id = p.source_id
                                 AND x.article_id = p.article_id AND x.status <> 'REJECTED') c) y
     GROUP BY 1 HAVING sum(d) <> 0;
    RETURN NULL;
END
$$;
CREATE FUNCTION claim_source_totals_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    WITH moved AS (SELECT source_id, article_id, kind, coalesce(verdict_rating, 'NONE') verdict, 1 n
              FROM new_rows WHERE source_id IS NOT NULL AND status <> 'REJECTED'
            UNION ALL SELECT source_id, article_id, kind, coalesce(verdict_rating, 'NONE') verdict, -1 n
              FROM old_rows o WHERE source_id IS NOT NULL AND status <> 'REJECTED'),
    kv AS (INSERT INTO source_kind_verdict
           SELECT source_id, kind, verdict, sum(n) FROM moved GROUP BY 1, 2, 3 HAVING sum(n) <> 0)
    INSERT INTO source_totals
    SELECT source_id, sum(d) FROM (
        SELECT p.source_id, (c.now_n > 0)::int - (c.now_n - p.n > 0)::int d
          FROM (SELECT source_id, article_id, sum(n) n FROM moved GROUP BY 1, 2) p
          CROSS JOIN LATERAL (SELECT count(*) now_n FROM claim x WHERE x.source_id = p.source_id
                                 AND x.article_id = p.article_id AND x.status <> 'REJECTED') c) y
     GROUP BY 1 HAVING sum(d) <> 0;
    RETURN NULL;
END
$$;
CREATE FUNCTION claim_source_totals_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    WITH moved AS (SELECT source_id, article_id, kind, coalesce(verdict_rating, 'NONE') verdict, -1 n
              FROM old_rows o WHERE source_id IS NOT NULL AND status <> 'REJECTED'
               AND EXISTS (SELECT 1 FROM source s WHERE s.id = o.source_id)),
    kv AS (INSERT INTO source_kind_verdict
           SELECT source_id, kind, verdict, sum(n) FROM moved GROUP BY 1, 2, 3 HAVING sum(n) <> 0)
    INSERT INTO source_totals
    SELECT source_id, sum(d) FROM (
        SELECT p.source_id, (c.now_n > 0)::int - (c.now_n - p.n > 0)::int d
          FROM (SELECT source_id, article_id, sum(n) n FROM moved GROUP BY 1, 2) p
          CROSS JOIN LATERAL (SELECT count(*) now_n FROM claim x WHERE x.source_id = p.source_id
                                 AND x.article_id = p.article_id AND x.status <> 'REJECTED') c) y
     GROUP BY 1 HAVING sum(d) <> 0;
    RETURN NULL;
END
$$;
CREATE TRIGGER claim_source_totals_insert AFTER INSERT ON claim REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION claim_source_totals_after_insert();
CREATE TRIGGER claim_source_totals_update AFTER UPDATE ON claim REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION claim_source_totals_after_update();
CREATE TRIGGER claim_source_totals_delete AFTER DELETE ON claim REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION claim_source_totals_after_delete();

-- one source's rows folded into one row per key. Safe beside concurrent writers: the DELETE takes
-- only the rows it sees, rows added meanwhile stay, and a second compaction of the same source
-- waits for the first and then finds nothing of its own to fold.
CREATE FUNCTION source_totals_compact(id bigint) RETURNS void LANGUAGE sql AS $$
    WITH gone AS (DELETE FROM source_kind_verdict WHERE source_id = id RETURNING kind, verdict, claims)
    INSERT INTO source_kind_verdict
    SELECT id, kind, verdict, sum(claims) FROM gone GROUP BY 2, 3 HAVING sum(claims) <> 0;
    WITH gone AS (DELETE FROM source_totals WHERE source_id = id RETURNING articles)
    INSERT INTO source_totals
    SELECT id, sum(articles) FROM gone HAVING count(*) > 0 AND sum(articles) <> 0;
$$;

-- everything at once, set-based (after bulk loads with triggers off)
CREATE FUNCTION source_totals_rebuild() RETURNS void LANGUAGE sql AS $$
    TRUNCATE source_kind_verdict, source_totals;
    INSERT INTO source_kind_verdict
    SELECT source_id, kind, coalesce(verdict_rating, 'NONE'), count(*)
      FROM claim WHERE source_id IS NOT NULL AND status <> 'REJECTED' GROUP BY 1, 2, 3;
    INSERT INTO source_totals
    SELECT source_id, count(*) FROM article_source GROUP BY 1;
$$;

ALTER FUNCTION profile_rebuild() RENAME TO profile_rebuild_profiles;
CREATE FUNCTION profile_rebuild() RETURNS void LANGUAGE sql AS $$
    SELECT profile_rebuild_profiles();
    SELECT source_totals_rebuild();
$$;

SELECT source_totals_rebuild();
