-- Version 3: a desk of 100,000 articles. Stores once what was stored twice, and keeps the
-- counts the article list shows, so nothing scans every claim on a keystroke.
--
-- * Article and claim UUIDs are 16-byte blobs (were 36-byte text, in the row and its index).
-- * Article bodies live in their own table: the article rows the list pages through stay
--   small, and each carries its claim counts by status and by kind (dismissed ones left out
--   of the kind counts), written in the transaction that changes them.
-- * A claim's text is NULL when it is exactly the body between its offsets (always, for
--   extracted and manual claims); prefix and suffix are derived from the body when needed.
-- * A claim's times are NULL while they equal its article's import time.
-- * No history row is written for a claim extraction found and nobody touched: a claim with
--   no history is pending since its article was imported. Such rows already stored stay.
-- * The full-text indexes are filled by the store at the end of each write transaction
--   (one statement per batch) instead of by a trigger per row; dismissed claims leave the
--   claim index, so a search's total is a plain count.
-- The migration runs with foreign keys off (rebuilding tables would cascade otherwise) and
-- checks them before it commits.

DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TRIGGER claims_fts_insert;
DROP TRIGGER claims_fts_delete;
DROP TRIGGER claims_fts_update;
DROP TRIGGER articles_body_is_immutable;
DROP TABLE articles_fts;
DROP TABLE claims_fts;

CREATE TABLE articles_v3 (
    id            INTEGER PRIMARY KEY,
    uuid          BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
    -- Sorted as a reader expects, without regard to case.
    title         TEXT NOT NULL COLLATE NOCASE,
    outlet        TEXT,
    url           TEXT,
    author        TEXT,
    published_at  TEXT,
    imported_at   TEXT NOT NULL,
    content_hash  TEXT NOT NULL UNIQUE,
    source_format TEXT NOT NULL CHECK (source_format IN ('txt', 'md', 'html', 'pasted', 'sample', 'json')),
    -- Claims by status (all claims), then by kind (claims not dismissed).
    pending       INTEGER NOT NULL DEFAULT 0,
    verified      INTEGER NOT NULL DEFAULT 0,
    disputed      INTEGER NOT NULL DEFAULT 0,
    dismissed     INTEGER NOT NULL DEFAULT 0,
    quantities    INTEGER NOT NULL DEFAULT 0,
    quotes        INTEGER NOT NULL DEFAULT 0,
    threats       INTEGER NOT NULL DEFAULT 0,
    attributions  INTEGER NOT NULL DEFAULT 0,
    statements    INTEGER NOT NULL DEFAULT 0
);

-- The immutable snapshot that claim spans (UTF-8 byte offsets) point into.
CREATE TABLE article_bodies (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    body       TEXT NOT NULL
);

INSERT INTO articles_v3 (id, uuid, title, outlet, url, author, published_at, imported_at,
                         content_hash, source_format)
SELECT id, unhex(replace(uuid, '-', '')), title, outlet, url, author, published_at, imported_at,
       content_hash, source_format
FROM articles;
INSERT INTO article_bodies (article_id, body) SELECT id, body FROM articles;

CREATE TABLE claims_v3 (
    id            INTEGER PRIMARY KEY,
    uuid          BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('quantity', 'quote', 'threat', 'attribution', 'statement')),
    -- Other kinds the claim also counts as, a JSON array; NULL when there are none.
    tags          TEXT CHECK (tags IS NULL OR json_valid(tags)),
    start         INTEGER NOT NULL CHECK (start >= 0),
    "end"         INTEGER NOT NULL CHECK ("end" > start),
    -- NULL when the claim's text is the body between start and end.
    text          TEXT,
    speaker       TEXT,
    value         REAL,
    unit          TEXT,
    qualifier     TEXT CHECK (qualifier IN ('exact', 'about', 'at_least', 'more_than', 'up_to', 'fewer_than', 'between')),
    hedge         TEXT,
    score         REAL NOT NULL DEFAULT 0,
    origin        TEXT NOT NULL CHECK (origin IN ('extracted', 'manual')),
    -- A cache of the newest status_changes row ('pending' when there is none).
    status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'verified', 'disputed', 'dismissed')),
    status_reason TEXT,
    edited        INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),
    -- NULL: the article's import time.
    created_at    TEXT,
    -- NULL: the same as created_at.
    updated_at    TEXT
);

INSERT INTO claims_v3 (id, uuid, article_id, kind, tags, start, "end", text, speaker, value,
                       unit, qualifier, hedge, score, origin, status, status_reason, edited,
                       created_at, updated_at)
SELECT c.id, unhex(replace(c.uuid, '-', '')), c.article_id, c.kind,
       CASE WHEN c.tags = '[]' THEN NULL ELSE c.tags END, c.start, c."end",
       CASE WHEN CAST(substr(CAST(a.body AS BLOB), c.start + 1, c."end" - c.start) AS TEXT) = c.text
            THEN NULL ELSE c.text END,
       c.speaker, c.value, c.unit, c.qualifier, c.hedge, c.score, c.origin, c.status,
       c.status_reason, c.edited,
       CASE WHEN c.created_at = a.imported_at THEN NULL ELSE c.created_at END,
       CASE WHEN c.updated_at = c.created_at THEN NULL ELSE c.updated_at END
FROM claims c JOIN articles a ON a.id = c.article_id;

DROP INDEX claims_by_status;
DROP TABLE claims;
DROP TABLE articles;
ALTER TABLE articles_v3 RENAME TO articles;
ALTER TABLE claims_v3 RENAME TO claims;

CREATE TRIGGER articles_body_is_immutable
BEFORE UPDATE ON article_bodies
BEGIN
    SELECT RAISE(ABORT, 'article body is immutable');
END;

CREATE TRIGGER articles_hash_is_immutable
BEFORE UPDATE OF content_hash ON articles
WHEN NEW.content_hash IS NOT OLD.content_hash
BEGIN
    SELECT RAISE(ABORT, 'article body is immutable');
END;

-- The article list's sorts, each a keyset over (key, id).
CREATE INDEX articles_by_import ON articles(imported_at, id);
CREATE INDEX articles_by_title ON articles(title, id);
CREATE INDEX articles_by_published ON articles(coalesce(published_at, ''), id);
CREATE INDEX articles_by_outlet ON articles(coalesce(outlet, ''), id);
CREATE INDEX articles_by_pending ON articles(pending, id);

CREATE INDEX claims_by_article ON claims(article_id);
-- Review queues: claims of one status, paged by id.
CREATE INDEX claims_by_status ON claims(status, id);

-- A bulk review writes one history row per claim, all with the same batch, so one undo
-- reverts them together.
ALTER TABLE status_changes ADD COLUMN batch TEXT;
CREATE INDEX status_changes_by_batch ON status_changes(batch) WHERE batch IS NOT NULL;

-- The counts of the whole desk, kept beside the per-article ones.
CREATE TABLE desk_counters (
    name TEXT PRIMARY KEY,
    n    INTEGER NOT NULL
) WITHOUT ROWID;

-- The body and title of each article, and the text of each claim, as the indexes read them.
CREATE VIEW article_texts AS
SELECT a.id AS id, a.title AS title, b.body AS body
FROM articles a JOIN article_bodies b ON b.article_id = a.id;

CREATE VIEW claim_texts AS
SELECT c.id AS id, c.article_id AS article_id, c.status AS status,
       coalesce(c.text, CAST(substr(CAST(b.body AS BLOB), c.start + 1, c."end" - c.start) AS TEXT)) AS text
FROM claims c JOIN article_bodies b ON b.article_id = c.article_id;

CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='article_texts', content_rowid='id');
-- Contentless: the text lives in the article body; rows can still be deleted by id.
CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='', contentless_delete=1);

CREATE TRIGGER articles_fts_title_update AFTER UPDATE OF title ON articles
WHEN NEW.title IS NOT OLD.title
BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body)
    SELECT 'delete', OLD.id, OLD.title, body FROM article_bodies WHERE article_id = OLD.id;
    INSERT INTO articles_fts(rowid, title, body)
    SELECT NEW.id, NEW.title, body FROM article_bodies WHERE article_id = NEW.id;
END;

CREATE TRIGGER article_bodies_fts_delete BEFORE DELETE ON article_bodies BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body)
    SELECT 'delete', OLD.article_id, title, OLD.body FROM articles WHERE id = OLD.article_id;
END;

CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    DELETE FROM claims_fts WHERE rowid = OLD.id;
END;

INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
INSERT INTO claims_fts(rowid, text) SELECT id, text FROM claim_texts WHERE status != 'dismissed';

UPDATE articles SET
    pending      = (SELECT COUNT(*) FROM claims c WHERE c.article_id = articles.id AND c.status = 'pending'),
    verified     = (SELECT COUNT(*) FROM claims c WHERE c.article_id = articles.id AND c.status = 'verified'),
    disputed     = (SELECT COUNT(*) FROM claims c WHERE c.article_id = articles.id AND c.status = 'disputed'),
    dismissed    = (SELECT COUNT(*) FROM claims c WHERE c.article_id = articles.id AND c.status = 'dismissed'),
    quantities   = (SELECT COUNT(*) FROM claims c WHERE c.article_id = articles.id AND c.status != 'dismissed' AND c.kind = 'quantity'),
    quotes       = (SELECT COUNT(*) FROM claims c WHERE c.article_id = articles.id AND c.status != 'dismissed' AND c.kind = 'quote'),
    threats      = (SELECT COUNT(*) FROM claims c WHERE c.article_id = articles.id AND c.status != 'dismissed' AND c.kind = 'threat'),
    attributions = (SELECT COUNT(*) FROM claims c WHERE c.article_id = articles.id AND c.status != 'dismissed' AND c.kind = 'attribution'),
    statements   = (SELECT COUNT(*) FROM claims c WHERE c.article_id = articles.id AND c.status != 'dismissed' AND c.kind = 'statement');

INSERT INTO desk_counters (name, n)
SELECT 'articles', COUNT(*) FROM articles
UNION ALL SELECT 'pending', coalesce(SUM(pending), 0) FROM articles
UNION ALL SELECT 'verified', coalesce(SUM(verified), 0) FROM articles
UNION ALL SELECT 'disputed', coalesce(SUM(disputed), 0) FROM articles
UNION ALL SELECT 'dismissed', coalesce(SUM(dismissed), 0) FROM articles
UNION ALL SELECT 'quantities', coalesce(SUM(quantities), 0) FROM articles
UNION ALL SELECT 'quotes', coalesce(SUM(quotes), 0) FROM articles
UNION ALL SELECT 'threats', coalesce(SUM(threats), 0) FROM articles
UNION ALL SELECT 'attributions', coalesce(SUM(attributions), 0) FROM articles
UNION ALL SELECT 'statements', coalesce(SUM(statements), 0) FROM articles;
