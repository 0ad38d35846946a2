-- grouping at scale, second step (issue 16 item 6, docs/compare.md "Candidates at scale"): the key
-- lookup as a btree of (key, claim, article) entries instead of a GIN index on the key arrays. A
-- claim's candidates are then an index-only scan over the posting ranges of its query keys, counted
-- per claim: a claim has one week, so its count is the number of bands it shares, the ranking the
-- GIN lookup computed from the heap with intarray (icount(bands & ...)) after rechecking every row
-- (3-5x slower at 189,000 keyed claims in the scale benchmark). claim_match_key stays the record
-- of a claim's bands; triggers keep the entries in step with its keys.
CREATE TABLE claim_match_entry (
    key         int NOT NULL,
    claim_id    bigint NOT NULL,
    article_id  bigint NOT NULL
);

INSERT INTO claim_match_entry (key, claim_id, article_id)
    SELECT unnest(keys), claim_id, article_id FROM claim_match_key;

CREATE INDEX claim_match_entry_idx ON claim_match_entry (key, claim_id, article_id);

-- the arrays' GIN index has no reader left
DROP INDEX claim_match_key_keys_idx;

-- a claim's entries follow its keys: inserted with them, moved with its week, deleted with it
-- (found through the same index: key = any(OLD.keys) and the claim id)
CREATE FUNCTION claim_match_entry_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM claim_match_entry WHERE key = ANY (OLD.keys) AND claim_id = OLD.claim_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO claim_match_entry (key, claim_id, article_id)
            SELECT unnest(NEW.keys), NEW.claim_id, NEW.article_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER claim_match_entry_sync AFTER INSERT OR UPDATE OR DELETE ON claim_match_key
    FOR EACH ROW EXECUTE FUNCTION claim_match_entry_sync();
