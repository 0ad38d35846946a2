-- compare at scale (docs/compare.md, "Scale"): what makes the date-range profile, search and
-- ingest-time grouping fast at 100,000 articles / 3,000,000 claims.
--
-- 1. profile_period / profile_period_source: per outlet and calendar day, and per outlet and month,
--    the sums of article_profile and the set of distinct canonical sources (as bitmaps of source ids),
--    so a date range reads whole months plus the days at its edges instead of every article in it.
-- 2. claim.published: the article's date on each claim (kept by triggers), so that search walks
--    claims newest first and ingest-time grouping compares a claim with the claims of articles
--    published around the same date, both through indexes that lead with the date.

CREATE EXTENSION IF NOT EXISTS btree_gin;

-- ---------------------------------------------------------------- claim.published

ALTER TABLE claim ADD COLUMN published date;
UPDATE claim c SET published = a.published FROM article a WHERE a.id = c.article_id AND a.published IS NOT NULL;

CREATE FUNCTION claim_published_from_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.published := (SELECT a.published FROM article a WHERE a.id = NEW.article_id);
    RETURN NEW;
END
$$;
CREATE TRIGGER claim_published BEFORE INSERT OR UPDATE OF article_id, published ON claim
    FOR EACH ROW EXECUTE FUNCTION claim_published_from_article();

CREATE FUNCTION article_published_to_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE claim SET published = NEW.published WHERE article_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER article_published_to_claims AFTER UPDATE OF published ON article
    FOR EACH ROW WHEN (OLD.published IS DISTINCT FROM NEW.published)
    EXECUTE FUNCTION article_published_to_claims();

-- search: matching claims newest first (the same order as the article list)
CREATE INDEX claim_newest_idx ON claim (published DESC NULLS LAST, id DESC);
-- full text with the date in front (btree_gin): a search within a date window reads the posting
-- lists only around the window's rows instead of decoding every match of a common word; the
-- text alone ("q" without dates) is served as before
DROP INDEX claim_search_idx;
CREATE INDEX claim_search_idx ON claim USING gin (published, to_tsvector('english', content));
DROP INDEX article_search_idx;
CREATE INDEX article_search_idx ON article USING gin (published, search);
-- ingest-time grouping: trigram candidates among the claims of a date window. A multicolumn GIN
-- index ANDs the date range with the trigrams and skips through the trigram posting lists, so the
-- cost follows the claims in the window, not the 3 M claims sharing common trigrams. It also
-- serves "content % x" alone (undated articles, recompute), so it replaces the V4 trigram index.
CREATE INDEX claim_published_trgm_idx ON claim USING gin (published, content gin_trgm_ops);
DROP INDEX claim_content_trgm_idx;
-- GIN cannot search for a NULL date: the claims of undated articles get their own trigram index,
-- so a dated claim's window search also looks at them
CREATE INDEX claim_undated_trgm_idx ON claim USING gin (content gin_trgm_ops) WHERE published IS NULL;

-- a topic profile reads the sources of its ~500 articles from the index alone (one probe an article)
CREATE INDEX article_source_article_idx ON article_source (article_id) INCLUDE (outlet_id, source_id);

-- ---------------------------------------------------------------- per-day and per-month profile totals

-- sums of article_profile per outlet (0 = no outlet) and day ('d', period = the day) or month
-- ('m', period = its first day); articles without a date are in no period
CREATE TABLE profile_period (
    grain         char(1) NOT NULL CHECK (grain IN ('d', 'm')),
    period        date NOT NULL,
    outlet_key    bigint NOT NULL,
    articles      bigint NOT NULL,
    claims        bigint NOT NULL,
    tweet         bigint NOT NULL,
    official      bigint NOT NULL,
    media         bigint NOT NULL,
    document      bigint NOT NULL,
    anonymous     bigint NOT NULL,
    named         bigint NOT NULL,
    unattributed  bigint NOT NULL,
    hedged        bigint NOT NULL,
    PRIMARY KEY (grain, period, outlet_key)
);

-- the distinct canonical sources an outlet's articles of a period credit: a bitmap of source ids in
-- chunks of 8192 ids (bit id % 8192 of chunk id / 8192). Distinct counts over any set of periods
-- are then bit_count(bit_or(bits)) per chunk: exact, and ~1 KB a row instead of one row a source.
CREATE TABLE profile_period_source (
    grain       char(1) NOT NULL CHECK (grain IN ('d', 'm')),
    period      date NOT NULL,
    outlet_key  bigint NOT NULL,
    chunk       int NOT NULL,
    bits        bit varying NOT NULL,
    PRIMARY KEY (grain, period, outlet_key, chunk)
);

CREATE FUNCTION source_bits_add(bits bit varying, id bigint) RETURNS bit varying
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT set_bit(coalesce(bits, repeat('0', 8192)::bit varying), (id % 8192)::int, 1) $$;
-- the bitmap of a set of source ids of one chunk
CREATE AGGREGATE source_bits(bigint) (SFUNC = source_bits_add, STYPE = bit varying);

-- recompute the day rows of some days for some outlets (okeys NULL: every outlet) from
-- article_profile / article_source, then the month rows of their months from the day rows
CREATE FUNCTION profile_period_refresh(days date[], okeys bigint[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    months date[];
BEGIN
    days := ARRAY(SELECT DISTINCT d FROM unnest(days) d WHERE d IS NOT NULL);
    IF cardinality(days) = 0 THEN
        RETURN;
    END IF;
    months := ARRAY(SELECT DISTINCT date_trunc('month', d)::date FROM unnest(days) d);
    DELETE FROM profile_period
     WHERE grain = 'd' AND period = ANY (days) AND (okeys IS NULL OR outlet_key = ANY (okeys));
    INSERT INTO profile_period
    SELECT 'd', published, coalesce(outlet_id, 0), count(*), sum(claims), sum(tweet), sum(official), sum(media),
           sum(document), sum(anonymous), sum(named), sum(unattributed), sum(hedged)
      FROM article_profile
     WHERE published = ANY (days) AND (okeys IS NULL OR coalesce(outlet_id, 0) = ANY (okeys))
     GROUP BY 2, 3;
    DELETE FROM profile_period_source
     WHERE grain = 'd' AND period = ANY (days) AND (okeys IS NULL OR outlet_key = ANY (okeys));
    INSERT INTO profile_period_source
    SELECT 'd', published, coalesce(outlet_id, 0), (source_id / 8192)::int, source_bits(source_id)
      FROM article_source
     WHERE published = ANY (days) AND (okeys IS NULL OR coalesce(outlet_id, 0) = ANY (okeys))
     GROUP BY 2, 3, 4;

    DELETE FROM profile_period
     WHERE grain = 'm' AND period = ANY (months) AND (okeys IS NULL OR outlet_key = ANY (okeys));
    INSERT INTO profile_period
    SELECT 'm', date_trunc('month', period)::date, outlet_key, sum(articles), sum(claims), sum(tweet), sum(official),
           sum(media), sum(document), sum(anonymous), sum(named), sum(unattributed), sum(hedged)
      FROM profile_period
     WHERE grain = 'd' AND period >= (SELECT min(m) FROM unnest(months) m)
       AND period < (SELECT max(m) FROM unnest(months) m) + interval '1 month'
       AND date_trunc('month', period)::date = ANY (months) AND (okeys IS NULL OR outlet_key = ANY (okeys))
     GROUP BY 2, 3;
    DELETE FROM profile_period_source
     WHERE grain = 'm' AND period = ANY (months) AND (okeys IS NULL OR outlet_key = ANY (okeys));
    INSERT INTO profile_period_source
    SELECT 'm', date_trunc('month', period)::date, outlet_key, chunk, bit_or(bits)
      FROM profile_period_source
     WHERE grain = 'd' AND period >= (SELECT min(m) FROM unnest(months) m)
       AND period < (SELECT max(m) FROM unnest(months) m) + interval '1 month'
       AND date_trunc('month', period)::date = ANY (months) AND (okeys IS NULL OR outlet_key = ANY (okeys))
     GROUP BY 2, 3, 4;
END
$$;

-- all periods at once, set-based (after bulk loads; called by profile_rebuild)
CREATE FUNCTION profile_period_rebuild() RETURNS void LANGUAGE sql AS $$
    TRUNCATE profile_period, profile_period_source;
    INSERT INTO profile_period
    SELECT 'd', published, coalesce(outlet_id, 0), count(*), sum(claims), sum(tweet), sum(official), sum(media),
           sum(document), sum(anonymous), sum(named), sum(unattributed), sum(hedged)
      FROM article_profile WHERE published IS NOT NULL GROUP BY 2, 3;
    INSERT INTO profile_period
    SELECT 'm', date_trunc('month', period)::date, outlet_key, sum(articles), sum(claims), sum(tweet), sum(official),
           sum(media), sum(document), sum(anonymous), sum(named), sum(unattributed), sum(hedged)
      FROM profile_period WHERE grain = 'd' GROUP BY 2, 3;
    INSERT INTO profile_period_source
    SELECT 'd', published, coalesce(outlet_id, 0), (source_id / 8192)::int, source_bits(source_id)
      FROM article_source WHERE published IS NOT NULL GROUP BY 2, 3, 4;
    INSERT INTO profile_period_source
    SELECT 'm', date_trunc('month', period)::date, outlet_key, chunk, bit_or(bits)
      FROM profile_period_source WHERE grain = 'd' GROUP BY 2, 3, 4;
$$;

-- profile_refresh (V4) also refreshes the periods of the articles' old and new dates
ALTER FUNCTION profile_refresh(bigint[]) RENAME TO profile_refresh_articles;
CREATE FUNCTION profile_refresh(ids bigint[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    days date[];
    okeys bigint[];
BEGIN
    IF cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    -- the articles' old (profile rows) and new (article rows) dates and outlets
    days := ARRAY(SELECT published FROM article_profile WHERE article_id = ANY (ids)
                  UNION SELECT published FROM article WHERE id = ANY (ids));
    okeys := ARRAY(SELECT coalesce(outlet_id, 0) FROM article_profile WHERE article_id = ANY (ids)
                   UNION SELECT coalesce(outlet_id, 0) FROM article WHERE id = ANY (ids));
    PERFORM profile_refresh_articles(ids);
    PERFORM profile_period_refresh(days, okeys);
END
$$;

-- a deleted article's profile rows may be gone (cascade) before its claims' trigger runs: the
-- claims carry the date, so the delete trigger refreshes those days too (for every outlet)
CREATE OR REPLACE FUNCTION claim_profile_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM profile_refresh(ARRAY(SELECT DISTINCT article_id FROM old_rows));
    PERFORM profile_period_refresh(ARRAY(SELECT DISTINCT published FROM old_rows), NULL);
    RETURN NULL;
END
$$;

ALTER FUNCTION profile_rebuild() RENAME TO profile_rebuild_articles;
CREATE FUNCTION profile_rebuild() RETURNS void LANGUAGE sql AS $$
    SELECT profile_rebuild_articles();
    SELECT profile_period_rebuild();
$$;

SELECT profile_period_rebuild();
