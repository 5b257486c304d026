import { describe, expect, it } from 'vitest';
import { parseGraphDocument, serializeGraphDocument } from '../../seed/formats/graph-json.js';
import { loadSeed } from '../../seed/load-seed.js';
import { SqliteGraphStore } from '../../server/store/sqlite/sqlite-graph-store.js';

describe('export and import of the real agreement complex', () => {
  it('export -> import into an empty store -> export gives byte-identical JSON', async () => {
    const first = SqliteGraphStore.open(':memory:');
    await first.replaceAll(loadSeed());
    const exported = serializeGraphDocument(await first.exportGraph());

    const second = SqliteGraphStore.open(':memory:');
    expect((await second.counts()).nodes).toBe(0);
    await second.replaceAll(parseGraphDocument(exported));
    const again = serializeGraphDocument(await second.exportGraph());

    expect(again).toBe(exported);
    expect(exported.length).toBeGreaterThan(100_000);
    await Promise.all([first.close(), second.close()]);
  });
});
