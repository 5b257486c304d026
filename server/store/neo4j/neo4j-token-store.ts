/**
 * API tokens in Neo4j (the `TokenStore` port), in the graph store's partition. Works through the
 * adapter's `Neo4jSession` (the one driver boundary); every statement is in `token-cypher.ts`.
 */
import { ROLES, type Role } from '../../auth/actor.js';
import type { ApiTokenRecord, NewApiToken, TokenStore } from '../../auth/token-store.js';
import { NotFoundError } from '../../errors.js';
import type { Neo4jSession, Row } from './neo4j-session.js';
import { CREATE_TOKEN, FIND_ACTIVE_TOKEN, LIST_TOKENS, REVOKE_TOKEN, TOUCH_TOKEN } from './token-cypher.js';

export class Neo4jTokenStore implements TokenStore {
  constructor(private readonly session: Neo4jSession) {}

  private get graph(): string {
    return this.session.config.graph;
  }

  async createToken(token: NewApiToken): Promise<ApiTokenRecord> {
    const row = await this.session.write((tx) =>
      this.session.single(tx, CREATE_TOKEN, { graph: this.graph, ...token }),
    );
    return tokenFromRow(row);
  }

  async listTokens(): Promise<ApiTokenRecord[]> {
    const rows = await this.session.read((tx) => this.session.rows(tx, LIST_TOKENS, { graph: this.graph }));
    return rows.map(tokenFromRow);
  }

  async findActiveToken(secretHash: string): Promise<ApiTokenRecord | undefined> {
    const [row] = await this.session.read((tx) =>
      this.session.rows(tx, FIND_ACTIVE_TOKEN, { graph: this.graph, secretHash }),
    );
    return row ? tokenFromRow(row) : undefined;
  }

  async revokeToken(id: string, at: string): Promise<ApiTokenRecord> {
    const [row] = await this.session.write((tx) =>
      this.session.rows(tx, REVOKE_TOKEN, { graph: this.graph, id, at }),
    );
    if (!row) throw new NotFoundError('ApiToken', id);
    return tokenFromRow(row);
  }

  async touchToken(id: string, at: string, notBefore: string): Promise<void> {
    await this.session.write((tx) =>
      this.session.rows(tx, TOUCH_TOKEN, { graph: this.graph, id, at, notBefore }),
    );
  }
}

function tokenFromRow({ token }: Row): ApiTokenRecord {
  if (typeof token !== 'object' || token === null || Array.isArray(token)) {
    throw new TypeError('token row is not a map');
  }
  const text = (key: string): string => {
    const value = token[key];
    if (typeof value !== 'string') throw new TypeError(`token ${key} is not text`);
    return value;
  };
  const optional = (key: string): string | null => {
    const value = token[key];
    return typeof value === 'string' ? value : null;
  };
  const role = text('role');
  if (!(ROLES as readonly string[]).includes(role)) throw new TypeError(`token role '${role}' is unknown`);
  return {
    id: text('id'),
    name: text('name'),
    role: role as Role,
    createdAt: text('createdAt'),
    createdBy: text('createdBy'),
    lastUsedAt: optional('lastUsedAt'),
    revokedAt: optional('revokedAt'),
  };
}
