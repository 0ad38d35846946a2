-- Crash safety between an article's commit and the grouping of its claims (issue 19, item 11).
-- grouping_pending: set in the article's own insert, cleared in the grouping's transaction; an
-- article a crash left pending is grouped at the next start or when the same text comes again.
-- import_item_id: the import item whose work stored the article, so that the item's retry after a
-- crash reports the article as its own (DONE) rather than as somebody else's duplicate (SKIPPED).
-- No foreign key: items go with their job, and a stale id only ever fails to match.
ALTER TABLE article ADD COLUMN grouping_pending boolean NOT NULL DEFAULT false;
ALTER TABLE article ADD COLUMN import_item_id bigint;
CREATE INDEX article_grouping_pending_idx ON article (id) WHERE grouping_pending;
