-- source page at scale (docs/compare.md, "Scale"): running totals per canonical source, so the page
-- reads ≤ 42 rows for its counts by kind and verdict and one row for its article count instead of
-- scanning every claim of a popular source (8,783 index entries for the most credited one).
-- Rejected claims do not count, as everywhere else.

-- non-rejected claims per source, kind and verdict ('NONE' = no verdict)
CREATE TABLE source_kind_verdict (
    source_id  bigint NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    kind       text NOT NULL,
    verdict    text NOT NULL,
    claims     bigint NOT NULL,
    PRIMARY KEY (source_id, kind, verdict)
);

-- articles crediting each source (= its article_source rows)
CREATE TABLE source_totals (
    source_id  bigint PRIMARY KEY REFERENCES source (id) ON DELETE CASCADE,
    articles   bigint NOT NULL
);

-- claims: moved by the difference between a statement's old and new rows, so one statement costs
-- the rows it touched, however many claims the source has. A merge or split is an UPDATE of
-- source_id: it subtracts from one source and adds to the other.
CREATE FUNCTION source_kind_verdict_apply(delta jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    -- lock the sources' rows in one order first: concurrent ingests crediting the same sources
    -- queue here instead of deadlocking
    INSERT INTO source_totals (source_id, articles)
    SELECT DISTINCT (d ->> 'source_id')::bigint, 0 FROM jsonb_array_elements(delta) d
    ORDER BY 1 ON CONFLICT DO NOTHING;
    PERFORM 1 FROM source_totals
     WHERE source_id IN (SELECT (d ->> 'source_id')::bigint FROM jsonb_array_elements(delta) d)
     ORDER BY source_id FOR UPDATE;
    INSERT INTO source_kind_verdict (source_id, kind, verdict, claims)
    SELECT (d ->> 'source_id')::bigint, d ->> 'kind', d ->> 'verdict', (d ->> 'n')::bigint
      FROM jsonb_array_elements(delta) d
     ORDER BY 1, 2, 3
    ON CONFLICT (source_id, kind, verdict) DO UPDATE SET claims = source_kind_verdict.claims + excluded.claims;
    DELETE FROM source_kind_verdict
     WHERE source_id IN (SELECT (d ->> 'source_id')::bigint FROM jsonb_array_elements(delta) d) AND claims = 0;
END
$$;

CREATE FUNCTION claim_source_totals_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    delta jsonb;
BEGIN
    SELECT jsonb_agg(jsonb_build_object('source_id', source_id, 'kind', kind, 'verdict', verdict, 'n', n)) INTO delta
      FROM (SELECT source_id, kind, coalesce(verdict_rating, 'NONE') verdict, count(*) n
              FROM new_rows WHERE source_id IS NOT NULL AND status <> 'REJECTED' GROUP BY 1, 2, 3) d;
    IF delta IS NOT NULL THEN
        PERFORM source_kind_verdict_apply(delta);
    END IF;
    RETURN NULL;
END
$$;
CREATE FUNCTION claim_source_totals_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    delta jsonb;
BEGIN
    SELECT jsonb_agg(jsonb_build_object('source_id', source_id, 'kind', kind, 'verdict', verdict, 'n', n)) INTO delta
      FROM (SELECT source_id, kind, verdict, sum(n) n
              FROM (SELECT source_id, kind, coalesce(verdict_rating, 'NONE') verdict, 1 n
                      FROM new_rows WHERE source_id IS NOT NULL AND status <> 'REJECTED'
                    UNION ALL
                    SELECT source_id, kind, coalesce(verdict_rating, 'NONE'), -1
                      FROM old_rows WHERE source_id IS NOT NULL AND status <> 'REJECTED') x
             GROUP BY 1, 2, 3 HAVING sum(n) <> 0) d;
    IF delta IS NOT NULL THEN
        PERFORM source_kind_verdict_apply(delta);
    END IF;
    RETURN NULL;
END
$$;
CREATE FUNCTION claim_source_totals_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    delta jsonb;
BEGIN
    -- a source deleted in the same statement (cascade) has no rows left to move
    SELECT jsonb_agg(jsonb_build_object('source_id', source_id, 'kind', kind, 'verdict', verdict, 'n', -n)) INTO delta
      FROM (SELECT source_id, kind, coalesce(verdict_rating, 'NONE') verdict, count(*) n
              FROM old_rows o WHERE source_id IS NOT NULL AND status <> 'REJECTED'
               AND EXISTS (SELECT 1 FROM source s WHERE s.id = o.source_id) GROUP BY 1, 2, 3) d;
    IF delta IS NOT NULL THEN
        PERFORM source_kind_verdict_apply(delta);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER claim_source_totals_insert AFTER INSERT ON claim REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION claim_source_totals_after_insert();
CREATE TRIGGER claim_source_totals_update AFTER UPDATE ON claim REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION claim_source_totals_after_update();
CREATE TRIGGER claim_source_totals_delete AFTER DELETE ON claim REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION claim_source_totals_after_delete();

-- articles: article_source is rewritten per article by profile_refresh (delete, then insert);
-- its rows are counted as they come and go
CREATE FUNCTION article_source_totals_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO source_totals (source_id, articles)
    SELECT source_id, count(*) FROM new_rows GROUP BY 1 ORDER BY 1
    ON CONFLICT (source_id) DO UPDATE SET articles = source_totals.articles + excluded.articles;
    RETURN NULL;
END
$$;
CREATE FUNCTION article_source_totals_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE source_totals t SET articles = t.articles - d.n
      FROM (SELECT source_id, count(*) n FROM old_rows GROUP BY 1 ORDER BY 1) d
     WHERE t.source_id = d.source_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER article_source_totals_insert AFTER INSERT ON article_source REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION article_source_totals_after_insert();
CREATE TRIGGER article_source_totals_delete AFTER DELETE ON article_source REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION article_source_totals_after_delete();

-- everything at once, set-based (after bulk loads with triggers off; profile_rebuild truncates
-- article_source, which fires no delete trigger)
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
