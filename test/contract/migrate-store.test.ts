import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../schema/domain.js';
import type { ImportSummary } from '../../server/store/graph-store.js';
import { MigrationMismatchError, migrateStore } from '../../server/store/migrate-store.js';
import { SqliteGraphStore } from '../../server/store/sqlite/sqlite-graph-store.js';
import { contractFixture } from '../contract/contract-fixture.js';

/** A target that drops every edge on the way in, as a broken adapter might. */
class EdgeDroppingStore {
  readonly name = 'sqlite';
  constructor(private readonly inner: SqliteGraphStore) {}
  replaceAll(doc: GraphDocument): Promise<ImportSummary> {
    return this.inner.replaceAll({ ...doc, edges: [] });
  }
  exportGraph = (): ReturnType<SqliteGraphStore['exportGraph']> => this.inner.exportGraph();
  counts = (): ReturnType<SqliteGraphStore['counts']> => this.inner.counts();
}

describe('migrateStore', () => {
  it('copies the whole graph embedded -> embedded and reports what it copied', async () => {
    const from = SqliteGraphStore.open(':memory:');
    const to = SqliteGraphStore.open(':memory:');
    const fixture = contractFixture('m-');
    await from.replaceAll(fixture);
    await to.replaceAll(contractFixture('old-'));

    expect(await migrateStore(from, to)).toStrictEqual({
      from: 'sqlite',
      to: 'sqlite',
      counts: { documents: 1, nodes: 11, edges: 10, statusObservations: 8 },
    });
    expect(await to.exportGraph()).toStrictEqual(fixture);
    await Promise.all([from.close(), to.close()]);
  });

  it('refuses to report success when the target does not give back what it was given', async () => {
    const from = SqliteGraphStore.open(':memory:');
    await from.replaceAll(contractFixture('m-'));
    const lossy = SqliteGraphStore.open(':memory:');
    const target = new EdgeDroppingStore(lossy);

    await expect(migrateStore(from, target)).rejects.toStrictEqual(
      new MigrationMismatchError(
        'sqlite',
        'sqlite',
        { documents: 1, nodes: 11, edges: 10, statusObservations: 8 },
        { documents: 1, nodes: 11, edges: 0, statusObservations: 8 },
      ),
    );
    await Promise.all([from.close(), lossy.close()]);
  });
});
