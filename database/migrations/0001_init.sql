-- Claimdesk schema, version 1.
-- Every row carries a UUID v7 beside its local integer id so a shared workspace can merge
-- databases later. Times are RFC 3339 UTC strings; dates are YYYY-MM-DD.

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL,
    outlet        TEXT,
    url           TEXT,
    author        TEXT,
    published_at  TEXT,
    imported_at   TEXT NOT NULL,
    -- The immutable snapshot that claim spans (UTF-8 byte offsets) point into.
    body          TEXT NOT NULL,
    content_hash  TEXT NOT NULL UNIQUE,
    source_format TEXT NOT NULL CHECK (source_format IN ('txt', 'md', 'html', 'pasted', 'sample', 'json'))
);

CREATE TRIGGER articles_body_is_immutable
BEFORE UPDATE OF body, content_hash ON articles
WHEN NEW.body IS NOT OLD.body OR NEW.content_hash IS NOT OLD.content_hash
BEGIN
    SELECT RAISE(ABORT, 'article body is immutable');
END;

CREATE TABLE claims (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('quantity', 'quote', 'threat', 'attribution', 'statement')),
    tags          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
    text          TEXT NOT NULL,
    start         INTEGER NOT NULL CHECK (start >= 0),
    "end"         INTEGER NOT NULL CHECK ("end" > start),
    -- A little text either side of the span, so it can be found again in re-imported text.
    prefix        TEXT NOT NULL DEFAULT '',
    suffix        TEXT NOT NULL DEFAULT '',
    speaker       TEXT,
    value         REAL,
    unit          TEXT,
    qualifier     TEXT CHECK (qualifier IN ('exact', 'about', 'at_least', 'more_than', 'up_to', 'fewer_than', 'between')),
    hedge         TEXT,
    score         REAL NOT NULL DEFAULT 0,
    origin        TEXT NOT NULL CHECK (origin IN ('extracted', 'manual')),
    -- A cache of the newest status_changes row, written in the same transaction.
    status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'verified', 'disputed', 'dismissed')),
    status_reason TEXT,
    -- Set when an analyst corrects speaker/value/unit/qualifier; extraction never overwrites it.
    edited        INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE INDEX claims_by_article ON claims(article_id, start);

CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    claim_id    INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    url         TEXT NOT NULL CHECK (url LIKE 'http://%' OR url LIKE 'https://%'),
    title       TEXT,
    stance      TEXT NOT NULL CHECK (stance IN ('supports', 'refutes', 'context')),
    excerpt     TEXT,
    accessed_at TEXT,
    created_at  TEXT NOT NULL
);

CREATE INDEX sources_by_claim ON sources(claim_id);

CREATE TABLE notes (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    claim_id   INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    body       TEXT NOT NULL,
    author     TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX notes_by_claim ON notes(claim_id);

CREATE TABLE status_changes (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    claim_id    INTEGER NOT NULL REFERENCES claims(id),
    -- NULL on the row written when the claim is created.
    from_status TEXT CHECK (from_status IN ('pending', 'verified', 'disputed', 'dismissed')),
    to_status   TEXT NOT NULL CHECK (to_status IN ('pending', 'verified', 'disputed', 'dismissed')),
    reviewer    TEXT NOT NULL,
    reason      TEXT,
    -- Set on an undo row: the change it reverts, so a second undo walks further back.
    undoes_id   INTEGER REFERENCES status_changes(id),
    at          TEXT NOT NULL
);

CREATE INDEX status_changes_by_claim ON status_changes(claim_id, id);

-- History is append-only: who changed what, when and why is never rewritten.
CREATE TRIGGER status_changes_no_update
BEFORE UPDATE ON status_changes
BEGIN
    SELECT RAISE(ABORT, 'status history is append-only');
END;

CREATE TRIGGER status_changes_no_delete
BEFORE DELETE ON status_changes
BEGIN
    SELECT RAISE(ABORT, 'status history is append-only');
END;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Full-text search over article titles and bodies, claim texts and notes, kept in sync by
-- triggers (external-content tables, so the text is stored once).
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='id');
CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='claims', content_rowid='id');
CREATE VIRTUAL TABLE notes_fts USING fts5(body, content='notes', content_rowid='id');

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
    INSERT INTO articles_fts(rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
END;

CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts(rowid, text) VALUES (NEW.id, NEW.text);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF text ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
    INSERT INTO claims_fts(rowid, text) VALUES (NEW.id, NEW.text);
END;

CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts(rowid, body) VALUES (NEW.id, NEW.body);
END;
CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', OLD.id, OLD.body);
END;
CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', OLD.id, OLD.body);
    INSERT INTO notes_fts(rowid, body) VALUES (NEW.id, NEW.body);
END;
