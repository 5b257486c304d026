/**
 * Versioned schema migrations of the embedded store. `PRAGMA user_version` records how many
 * have run; each runs in its own transaction, so a failed upgrade leaves the file as it was.
 * Append new migrations; never edit one that has shipped.
 */
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
  /* 4: folded text per node for search candidates (server/search/search-text.ts candidateText) */ `
  CREATE TABLE node_search_text (
    node_id TEXT PRIMARY KEY REFERENCES nodes (id) ON DELETE CASCADE,
    text TEXT NOT NULL
  ) STRICT;
  `,
];
