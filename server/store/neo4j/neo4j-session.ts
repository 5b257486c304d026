/**
 * The driver boundary: the one place that opens a session or a managed transaction, runs a
 * statement, turns its records into plain rows (`toPlain`) and its failures into domain errors
 * (`translateNeo4jError`). The other parts of the adapter work through this class.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config.js';
import type { Statement } from './cypher.js';
import { translateNeo4jError } from './neo4j-errors.js';
import { toPlain, type PlainValue } from './neo4j-values.js';

export interface Neo4jStoreConfig extends Neo4jConfig {
  /**
   * The store's partition of the database: every node, observation and document carries it,
   * and `replaceAll` replaces only this partition. Tests use a fresh one per run.
   */
  graph?: string;
  /** Per-transaction limits, ms. Reads must finish well inside the HTTP request timeout. */
  readTimeoutMs?: number;
  writeTimeoutMs?: number;
  /** How long `replaceAll` may take as one transaction. */
  replaceTimeoutMs?: number;
}

/** The configuration with every default filled in, less the password (held by the driver). */
export type Neo4jStoreSettings = Required<Omit<Neo4jStoreConfig, 'password'>>;

/** One result record, each value converted to plain JS. */
export type Row = Record<string, PlainValue>;

export type { ManagedTransaction };

export class Neo4jSession {
  constructor(
    private readonly driver: Driver,
    readonly config: Neo4jStoreSettings,
  ) {}

  async read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.transaction('READ', work, this.config.readTimeoutMs);
  }

  async write<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.transaction('WRITE', work, timeoutMs ?? this.config.writeTimeoutMs);
  }

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs: number,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.config.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const config = { timeout: timeoutMs, metadata: { app: 'aftalegraf' } };
      return mode === 'READ'
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (error) {
      throw translateNeo4jError(error, this.config.uri);
    } finally {
      await session.close();
    }
  }

  /** Runs a statement with exactly its declared parameters; rows come back as plain values. */
  async rows<P extends string>(
    tx: ManagedTransaction,
    statement: Statement<P>,
    params: Record<P, unknown>,
  ): Promise<Row[]> {
    try {
      const result = await tx.run(statement.text, params);
      return result.records.map((record) => {
        const row: Row = {};
        for (const key of record.keys) if (typeof key === 'string') row[key] = toPlain(record.get(key));
        return row;
      });
    } catch (error) {
      // A deadlock or a lost leader must reach the driver as it came, so `executeWrite` retries it.
      if (error instanceof neo4j.Neo4jError && error.retryable) throw error;
      throw translateNeo4jError(error, this.config.uri, statement.name);
    }
  }

  async single<P extends string>(
    tx: ManagedTransaction,
    statement: Statement<P>,
    params: Record<P, unknown>,
  ): Promise<Row> {
    const [row] = await this.rows(tx, statement, params);
    if (!row) throw new Error(`${statement.name} returned no row`);
    return row;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** Integer parameters: a JS number would go to Neo4j as a float. */
export function int(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(value);
}

export function string(value: PlainValue | undefined): string {
  if (typeof value !== 'string')
    throw new TypeError(`expected a string from Neo4j, got ${JSON.stringify(value)}`);
  return value;
}

export function integer(value: PlainValue | undefined): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new TypeError(`expected an integer from Neo4j, got ${JSON.stringify(value)}`);
  }
  return value;
}

export function list(value: PlainValue | undefined): PlainValue[] {
  if (!Array.isArray(value)) throw new TypeError(`expected a list from Neo4j, got ${JSON.stringify(value)}`);
  return value;
}

export function stringList(value: PlainValue | undefined): string[] {
  return list(value).map(string);
}
