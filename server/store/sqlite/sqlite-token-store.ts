/**
 * API tokens in the embedded store's file (the `TokenStore` port): table `api_tokens`
 * (migration 2). Opened by `SqliteGraphStore` on its connection.
 */
import type Database from 'better-sqlite3';
import type { Role } from '../../auth/actor.js';
import type { ApiTokenRecord, NewApiToken, TokenStore } from '../../auth/token-store.js';
import { ConflictError, NotFoundError } from '../../errors.js';

interface TokenRow {
  id: string;
  name: string;
  role: string;
  created_at: string;
  created_by: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

const COLUMNS = 'id, name, role, created_at, created_by, last_used_at, revoked_at';

export class SqliteTokenStore implements TokenStore {
  private readonly insert: Database.Statement;
  private readonly list: Database.Statement<[], TokenRow>;
  private readonly byHash: Database.Statement<[string], TokenRow>;
  private readonly byId: Database.Statement<[string], TokenRow>;
  private readonly revoke: Database.Statement;
  private readonly touch: Database.Statement;

  constructor(db: Database.Database) {
    this.insert = db.prepare(
      `INSERT INTO api_tokens (id, name, role, secret_hash, created_at, created_by)
       VALUES (@id, @name, @role, @secretHash, @createdAt, @createdBy)`,
    );
    this.list = db.prepare(`SELECT ${COLUMNS} FROM api_tokens ORDER BY created_at DESC, id`);
    this.byHash = db.prepare(
      `SELECT ${COLUMNS} FROM api_tokens WHERE secret_hash = ? AND revoked_at IS NULL`,
    );
    this.byId = db.prepare(`SELECT ${COLUMNS} FROM api_tokens WHERE id = ?`);
    this.revoke = db.prepare('UPDATE api_tokens SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?');
    this.touch = db.prepare(
      'UPDATE api_tokens SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at <= ?)',
    );
  }

  async createToken(token: NewApiToken): Promise<ApiTokenRecord> {
    try {
      this.insert.run(token);
    } catch (error) {
      // Ids and secrets are random: a clash is a bug or a replayed insert, never to be overwritten.
      if (error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_CONSTRAINT')) {
        throw new ConflictError('ApiToken', token.id, 'findes allerede / already exists');
      }
      throw error;
    }
    return this.get(token.id);
  }

  async listTokens(): Promise<ApiTokenRecord[]> {
    return this.list.all().map(tokenFromRow);
  }

  async findActiveToken(secretHash: string): Promise<ApiTokenRecord | undefined> {
    const row = this.byHash.get(secretHash);
    return row ? tokenFromRow(row) : undefined;
  }

  async revokeToken(id: string, at: string): Promise<ApiTokenRecord> {
    this.revoke.run(at, id);
    return this.get(id);
  }

  async touchToken(id: string, at: string, notBefore: string): Promise<void> {
    this.touch.run(at, id, notBefore);
  }

  private get(id: string): ApiTokenRecord {
    const row = this.byId.get(id);
    if (!row) throw new NotFoundError('ApiToken', id);
    return tokenFromRow(row);
  }
}

function tokenFromRow(row: TokenRow): ApiTokenRecord {
  return {
    id: row.id,
    name: row.name,
    // The table's CHECK constraint admits only the three roles.
    role: row.role as Role,
    createdAt: row.created_at,
    createdBy: row.created_by,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}
