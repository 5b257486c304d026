/**
 * Copies one store's whole graph into another (embedded -> Neo4j or back) and proves the copy:
 * both exports must be identical afterwards. The CLI wrapper is `server/store/migrate-store-cli.ts`.
 */
import { isDeepStrictEqual } from 'node:util';
import type { GraphStore, StoreCounts } from './graph-store.js';

export interface MigrationReport {
  from: string;
  to: string;
  counts: StoreCounts;
}

/** Thrown when the target's export differs from the source's after the copy. */
export class MigrationMismatchError extends Error {
  override readonly name = 'MigrationMismatchError' as const;
  constructor(
    readonly from: string,
    readonly to: string,
    readonly fromCounts: StoreCounts,
    readonly toCounts: StoreCounts,
  ) {
    super(`${to} holder ikke det samme som ${from} efter kopieringen / export differs after migration`);
  }
}

/** What a migration needs of a store: any `GraphStore` will do. */
export type MigrationSource = Pick<GraphStore, 'name' | 'exportGraph' | 'counts'>;
export type MigrationTarget = MigrationSource & Pick<GraphStore, 'replaceAll'>;

export async function migrateStore(from: MigrationSource, to: MigrationTarget): Promise<MigrationReport> {
  const source = await from.exportGraph();
  await to.replaceAll(source);
  const [copied, fromCounts, toCounts] = await Promise.all([to.exportGraph(), from.counts(), to.counts()]);
  if (!isDeepStrictEqual(copied, source) || !isDeepStrictEqual(fromCounts, toCounts)) {
    throw new MigrationMismatchError(from.name, to.name, fromCounts, toCounts);
  }
  return { from: from.name, to: to.name, counts: toCounts };
}
