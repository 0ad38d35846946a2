-- grouping at scale (issue 16 item 6, docs/compare.md "Candidates at scale"): each embedded claim's
-- locality-sensitive bands (org.claimtrack.match.MatchKeys: embedding sign-bit bands, trigram
-- MinHash bands, pairs of names and numbers) and, from them and the week of the claim's date,
-- its keys. A claim's candidates are the claims sharing keys with it in the weeks of its date
-- window (and undated ones, week 0): a few GIN posting lists instead of a trigram scan of the
-- window, ranked by the bands they share (intarray's & and icount).
CREATE EXTENSION IF NOT EXISTS intarray;

-- MatchKeys.week in SQL: weeks since Monday 1970-01-05, counted from 1; 0 for no date
CREATE FUNCTION match_key_week(d date) RETURNS int LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN d IS NULL THEN 0 ELSE floor((d - date '1970-01-05') / 7.0)::int + 1 END
$$;

-- a band in a week: one int key (a hash, so the index holds one entry per key)
CREATE FUNCTION match_keys(week int, bands int[]) RETURNS int[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT hashint8((week::bigint << 32) | (b::bigint & 4294967295))), '{}')
    FROM unnest(bands) b
$$;

-- the keys to look up for a window of weeks: each band in each week, and in week 0 (undated claims)
CREATE FUNCTION match_query_keys(first_week int, last_week int, bands int[]) RETURNS int[] LANGUAGE sql IMMUTABLE
    PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT hashint8((w::bigint << 32) | (b::bigint & 4294967295))), '{}')
    FROM unnest(bands) b, (SELECT 0 w UNION ALL SELECT generate_series(first_week, last_week)) weeks
$$;

CREATE TABLE claim_match_key (
    claim_id    bigint PRIMARY KEY REFERENCES claim (id) ON DELETE CASCADE,
    article_id  bigint NOT NULL,
    week        int NOT NULL,
    bands       int[] NOT NULL,
    keys        int[] GENERATED ALWAYS AS (match_keys(week, bands)) STORED
);
CREATE INDEX claim_match_key_keys_idx ON claim_match_key USING gin (keys gin__int_ops);

-- an article's date changed (claim.published follows it, V6): its claims' keys move to the new week
CREATE FUNCTION claim_match_key_week() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE claim_match_key SET week = match_key_week(NEW.published) WHERE claim_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER claim_match_key_week AFTER UPDATE OF published ON claim
    FOR EACH ROW WHEN (OLD.published IS DISTINCT FROM NEW.published)
    EXECUTE FUNCTION claim_match_key_week();
