/**
 * Export format version 2: record versions and the audit trail travel with the graph, and
 * export → import → export stays byte-identical on each store leg; a store with no edit
 * history still writes version 1.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { parseGraphDocument, serializeGraphDocument } from '../../seed/formats/graph-json.js';
import { GraphEvents } from '../../server/events/graph-events.js';
import { LOCAL_ADMIN } from '../../server/auth/actor.js';
import { EditService } from '../../server/edit/edit.service.js';
import { contractFixture } from '../contract/contract-fixture.js';
import { storeLegs } from './edit-app.js';

describe.each(storeLegs())('export format version 2 ($name)', (leg) => {
  const cleanUps: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanUp of cleanUps) await cleanUp();
  });

  it('carries versions, validity and the trail; export → import → export is byte-identical', async () => {
    const fixture = contractFixture('');
    const first = await leg.open(fixture);
    cleanUps.push(first.cleanUp);
    expect(serializeGraphDocument(await first.store.exportGraph())).toBe(serializeGraphDocument(fixture));

    const edit = new EditService(
      first.store,
      new GraphEvents(),
      LOCAL_ADMIN,
      () => new Date('2025-06-01T10:00:00Z'),
    );
    await edit.updateNode({ id: 'ini-sub', expectedVersion: 1, note: 'ændret', reason: 'test' });
    await edit.addRelation({
      type: 'AWAITS',
      source: 'ini-sub',
      target: 'reform',
      mode: 'adjust',
      quote: 'afventer',
    });
    await edit.retireNode({ id: 'mun-herning', expectedVersion: 1 });
    const exported = serializeGraphDocument(await first.store.exportGraph());
    const parsed = parseGraphDocument(exported);
    expect(parsed.version).toBe(2);
    expect(parsed.recordVersions).toStrictEqual({ nodes: { 'ini-sub': 2, 'mun-herning': 2 }, edges: {} });
    expect(parsed.audit?.map((entry) => [entry.seq, entry.mutation, entry.at])).toStrictEqual([
      [1, 'updateNode', '2025-06-01T10:00:00.000Z'],
      [2, 'addRelation', '2025-06-01T10:00:00.000Z'],
      [3, 'retireNode', '2025-06-01T10:00:00.000Z'],
    ]);
    expect(parsed.nodes.find((n) => n.id === 'mun-herning')?.validity).toStrictEqual({
      to: '2025-06-01',
      toBasis: 'retired',
    });

    const second = await leg.open(parsed);
    cleanUps.push(second.cleanUp);
    expect(serializeGraphDocument(await second.store.exportGraph())).toBe(exported);
    // The imported trail continues: the next change gets the next seq and sees the versions.
    const next = new EditService(second.store, new GraphEvents(), LOCAL_ADMIN);
    const { entry } = await next.updateNode({ id: 'ini-sub', expectedVersion: 2, note: 'igen' });
    expect(entry.seq).toBe(4);
    await Promise.all([first.store.close(), second.store.close()]);
  });
});
