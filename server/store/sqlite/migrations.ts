/**
 * Versioned schema migrations of the embedded store. `PRAGMA user_version` records how many
 * have run; each runs in its own transaction, so a failed upgrade leaves the file as it was.
 * Append new migrations; never edit one that has shipped.
 */
import { insertSpans } from './sqlite-status-spans.js';

export const MIGRATIONS: readonly string[] = [
  /* 1: the graph, its provenance and status history, and the search index */ `
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    file TEXT NOT NULL,
    title TEXT NOT NULL,
    as_of TEXT NOT NULL,
    as_of_confidence TEXT NOT NULL
  ) STRICT;

  CREATE TABLE nodes (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    kind TEXT NOT NULL,
    name_da TEXT NOT NULL,
    name_en TEXT,
    aliases TEXT NOT NULL,  -- JSON array
    props TEXT NOT NULL,    -- JSON object (NodeProps)
    sources TEXT NOT NULL   -- JSON array (SourceRef[])
  ) STRICT;
  CREATE INDEX nodes_by_label ON nodes (label, kind);

  CREATE TABLE status_observations (
    node_id TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    code TEXT NOT NULL,
    text_da TEXT NOT NULL,
    date TEXT NOT NULL,
    observed_on TEXT NOT NULL,
    kind TEXT NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents (id),
    PRIMARY KEY (node_id, seq)
  ) STRICT;
  CREATE INDEX status_by_kind_date ON status_observations (kind, observed_on);

  CREATE TABLE edges (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    source TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    target TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    props TEXT NOT NULL,    -- JSON object (EdgeProps)
    sources TEXT NOT NULL   -- JSON array (SourceRef[])
  ) STRICT;
  CREATE INDEX edges_by_source ON edges (source, type);
  CREATE INDEX edges_by_target ON edges (target, type);

  -- Folded (see server/search/fold.ts) names, aliases and id; prefix queries rank with bm25.
  CREATE VIRTUAL TABLE node_search USING fts5 (
    node_id UNINDEXED,
    names,
    id_words,
    tokenize = 'unicode61 remove_diacritics 2'
  );
  `,
  /* 2: API tokens for integrations (server/auth/token-store.ts); only the secret's SHA-256 is kept */ `
  CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
    secret_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    last_used_at TEXT,
    revoked_at TEXT
  ) STRICT;
  `,
  /* 3: record versions, validity, and the append-only audit trail (issue 11) */ `
  ALTER TABLE nodes ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE nodes ADD COLUMN validity TEXT;  -- JSON object (Validity), NULL when unknown
  ALTER TABLE edges ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE edges ADD COLUMN validity TEXT;

  CREATE TABLE audit_entries (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    mutation TEXT NOT NULL,
    idempotency_key TEXT UNIQUE,
    entry TEXT NOT NULL     -- JSON object (AuditEntry)
  ) STRICT;
  CREATE INDEX audit_by_actor ON audit_entries (actor_id, seq);
  -- Which node, edge or document each entry touched: the lookup behind Node.changes.
  CREATE TABLE audit_touches (
    ref_id TEXT NOT NULL,
    seq INTEGER NOT NULL REFERENCES audit_entries (seq),
    PRIMARY KEY (ref_id, seq)
  ) STRICT, WITHOUT ROWID;
  -- Append-only: an entry once written is never changed.
  CREATE TRIGGER audit_entries_append_only BEFORE UPDATE ON audit_entries
  BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
  `,
  /* 4: when a node or relation exists, for asOf views and changes: the first day and exclusive
        end of its validity (migration 3) and its document, as generated columns, so every writer
        of validity (import, retire) keeps them right; covering indexes for changes */ `
  ALTER TABLE nodes ADD COLUMN valid_from TEXT GENERATED ALWAYS AS (CASE length(json_extract(validity, '$.from')) WHEN 4 THEN json_extract(validity, '$.from') || '-01-01' WHEN 7 THEN json_extract(validity, '$.from') || '-01' ELSE json_extract(validity, '$.from') END) VIRTUAL;
  ALTER TABLE nodes ADD COLUMN valid_to TEXT GENERATED ALWAYS AS (CASE length(json_extract(validity, '$.to')) WHEN 4 THEN json_extract(validity, '$.to') || '-01-01' WHEN 7 THEN json_extract(validity, '$.to') || '-01' ELSE json_extract(validity, '$.to') END) VIRTUAL;
  ALTER TABLE nodes ADD COLUMN validity_doc TEXT GENERATED ALWAYS AS (json_extract(validity, '$.documentId')) VIRTUAL;
  ALTER TABLE edges ADD COLUMN valid_from TEXT GENERATED ALWAYS AS (CASE length(json_extract(validity, '$.from')) WHEN 4 THEN json_extract(validity, '$.from') || '-01-01' WHEN 7 THEN json_extract(validity, '$.from') || '-01' ELSE json_extract(validity, '$.from') END) VIRTUAL;
  ALTER TABLE edges ADD COLUMN valid_to TEXT GENERATED ALWAYS AS (CASE length(json_extract(validity, '$.to')) WHEN 4 THEN json_extract(validity, '$.to') || '-01-01' WHEN 7 THEN json_extract(validity, '$.to') || '-01' ELSE json_extract(validity, '$.to') END) VIRTUAL;
  ALTER TABLE edges ADD COLUMN validity_doc TEXT GENERATED ALWAYS AS (json_extract(validity, '$.documentId')) VIRTUAL;
  CREATE INDEX nodes_by_valid_from ON nodes (valid_from, id, validity_doc);
  CREATE INDEX nodes_by_valid_to ON nodes (valid_to, id, validity_doc);
  CREATE INDEX edges_by_valid_from ON edges (valid_from, id, source, target, validity_doc);
  CREATE INDEX edges_by_valid_to ON edges (valid_to, id, source, target, validity_doc);
  -- The current status at a date: the latest fact or decision, from the index alone.
  CREATE INDEX status_current ON status_observations (node_id, observed_on, seq, code, kind)
    WHERE kind IN ('fact', 'decision');
  CREATE INDEX nodes_start ON nodes (id, valid_from);
  -- What changed in a window: kind and date, then the node.
  CREATE INDEX status_by_kind_date_node ON status_observations (kind, observed_on, node_id);
  `,
  /* 5: folded text per node for search candidates (server/search/search-text.ts candidateText) */ `
  CREATE TABLE node_search_text (
    node_id TEXT PRIMARY KEY REFERENCES nodes (id) ON DELETE CASCADE,
    text TEXT NOT NULL
  ) STRICT;
  `,
  /* 6: status spans (server/store/sqlite/sqlite-status-spans.ts): when each fact or decision
        was current and when its code's run began, kept at write time for changes; filled here
        from the observations a file already holds */ `
  CREATE TABLE status_spans (
    node_id TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    observed_on TEXT NOT NULL,
    until TEXT,             -- exclusive; NULL while current
    code TEXT NOT NULL,
    run_start TEXT NOT NULL,
    prev_run_start TEXT,    -- NULL: the node's first run
    PRIMARY KEY (node_id, observed_on)
  ) STRICT, WITHOUT ROWID;
  -- A window's status changes: runs begun in it, covering its end.
  CREATE INDEX status_spans_by_run ON status_spans (run_start, until, observed_on, prev_run_start, code);
  ${insertSpans('')};
  `,
];
