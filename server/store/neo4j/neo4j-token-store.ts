/**
 * API tokens in Neo4j (the `TokenStore` port), in the graph store's partition. Opened by
 * `Neo4jGraphStore` on its driver; every statement is in `token-cypher.ts`, every failure goes
 * through `translateNeo4jError`.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { ROLES, type Role } from '../../auth/actor.js';
import type { ApiTokenRecord, NewApiToken, TokenStore } from '../../auth/token-store.js';
import { NotFoundError } from '../../errors.js';
import type { Statement } from './cypher.js';
import { translateNeo4jError } from './neo4j-errors.js';
import { toPlain, type PlainValue } from './neo4j-values.js';
import { CREATE_TOKEN, FIND_ACTIVE_TOKEN, LIST_TOKENS, REVOKE_TOKEN, TOUCH_TOKEN } from './token-cypher.js';

export interface Neo4jTokenStoreConfig {
  uri: string;
  database: string;
  graph: string;
  timeoutMs: number;
}

export class Neo4jTokenStore implements TokenStore {
  constructor(
    private readonly driver: Driver,
    private readonly config: Neo4jTokenStoreConfig,
  ) {}

  async createToken(token: NewApiToken): Promise<ApiTokenRecord> {
    const [row] = await this.run('WRITE', CREATE_TOKEN, { graph: this.config.graph, ...token });
    return tokenFromRow(row);
  }

  async listTokens(): Promise<ApiTokenRecord[]> {
    return (await this.run('READ', LIST_TOKENS, { graph: this.config.graph })).map(tokenFromRow);
  }

  async findActiveToken(secretHash: string): Promise<ApiTokenRecord | undefined> {
    const [row] = await this.run('READ', FIND_ACTIVE_TOKEN, { graph: this.config.graph, secretHash });
    return row ? tokenFromRow(row) : undefined;
  }

  async revokeToken(id: string, at: string): Promise<ApiTokenRecord> {
    const [row] = await this.run('WRITE', REVOKE_TOKEN, { graph: this.config.graph, id, at });
    if (!row) throw new NotFoundError('ApiToken', id);
    return tokenFromRow(row);
  }

  async touchToken(id: string, at: string, notBefore: string): Promise<void> {
    await this.run('WRITE', TOUCH_TOKEN, { graph: this.config.graph, id, at, notBefore });
  }

  private async run<P extends string>(
    mode: 'READ' | 'WRITE',
    statement: Statement<P>,
    params: Record<P, unknown>,
  ): Promise<PlainValue[]> {
    const session = this.driver.session({
      database: this.config.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const work = async (tx: ManagedTransaction) => {
        const result = await tx.run(statement.text, params);
        return result.records.map((record) => toPlain(record.get('token')));
      };
      const config = { timeout: this.config.timeoutMs, metadata: { app: 'aftalegraf' } };
      return mode === 'READ'
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (error) {
      throw translateNeo4jError(error, this.config.uri, statement.name);
    } finally {
      await session.close();
    }
  }
}

function tokenFromRow(row: PlainValue | undefined): ApiTokenRecord {
  if (typeof row !== 'object' || row === null || Array.isArray(row))
    throw new TypeError('token row is not a map');
  const text = (key: string): string => {
    const value = row[key];
    if (typeof value !== 'string') throw new TypeError(`token ${key} is not text`);
    return value;
  };
  const optional = (key: string): string | null => {
    const value = row[key];
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
