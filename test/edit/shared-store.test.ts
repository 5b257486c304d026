/**
 * Correct after every write, across processes: two app instances over one store (two
 * connections to one embedded file, as two processes have; two instances on one Neo4j
 * partition). An edit through one is seen at once by `impact` and `neighborhood` on the other,
 * and reaches the other's `GraphEvents` bus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphChange } from '../../server/events/graph-events.js';
import { contractFixture } from '../contract/contract-fixture.js';
import { startEditApp, storeLegs, type EditApp } from './edit-app.js';

describe.each(storeLegs())('two app instances sharing one store ($name)', (leg) => {
  let a: EditApp;
  let b: EditApp;
  beforeAll(async () => {
    const { store, cleanUp } = await leg.open(contractFixture(''));
    a = await startEditApp(store, cleanUp);
    if (!leg.openShared) throw new Error(`${leg.name} has no shared opening`);
    b = await startEditApp(await leg.openShared());
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  const impactOfReform = async (t: EditApp): Promise<string[]> => {
    const response = await t.gql<{ impact: { affected: { node: { id: string } }[] } }>(
      `{ impact(change: { nodeIds: ["reform"] }) { affected(first: 100) { node { id } } } }`,
    );
    expect(response.errors).toBeUndefined();
    return (response.data?.impact.affected.map((x) => x.node.id) ?? []).sort();
  };

  it('an AWAITS added through one instance shows in the impact on the other at once', async () => {
    const before = await impactOfReform(b);
    expect(before).not.toContain('ini-hjemmebesoeg-ny');
    const heard: GraphChange[] = [];
    const unsubscribe = b.app.events.subscribe((change) => heard.push(change));

    const created = await a.gql(
      `mutation { createNode(input: { id: "ini-hjemmebesoeg-ny", label: Initiative, nameDa: "Nye hjemmebesøg" }) { id } }`,
    );
    expect(created.errors).toBeUndefined();
    const added = await a.gql(
      `mutation { addRelation(input: { type: AWAITS, source: "ini-hjemmebesoeg-ny", target: "reform", mode: "blocking" }) { id } }`,
    );
    expect(added.errors).toBeUndefined();

    expect(await impactOfReform(b)).toStrictEqual([...before, 'ini-hjemmebesoeg-ny'].sort());
    const neighbours = await b.gql<{ neighborhood: { nodes: { id: string }[] } }>(
      `{ neighborhood(id: "reform", depth: 1, direction: IN, types: [AWAITS]) { nodes { id } } }`,
    );
    expect(neighbours.data?.neighborhood.nodes.map((n) => n.id).sort()).toStrictEqual([
      'ini-hjemmebesoeg-ny',
      'reform',
    ]);
    const search = await b.gql<{ search: { id: string }[] }>(`{ search(text: "nye hjemmebesøg") { id } }`);
    expect(search.errors).toBeUndefined();
    expect(search.data?.search.map((n) => n.id)).toStrictEqual(['ini-hjemmebesoeg-ny']);

    await b.app.foreignWrites.poll();
    unsubscribe();
    expect(heard.map((change) => [change.nodeIds, change.edgeIds])).toStrictEqual([
      [['ini-hjemmebesoeg-ny'], []],
      [['ini-hjemmebesoeg-ny', 'reform'], ['ini-hjemmebesoeg-ny|AWAITS|reform']],
    ]);
  });

  it('the writing instance does not hear its own writes twice', async () => {
    const heard: GraphChange[] = [];
    const unsubscribe = a.app.events.subscribe((change) => heard.push(change));
    const updated = await a.gql(
      `mutation { updateNode(input: { id: "ssg", expectedVersion: 1, note: "x" }) { version } }`,
    );
    expect(updated.data).toStrictEqual({ updateNode: { version: 2 } });
    await a.app.foreignWrites.poll();
    unsubscribe();
    expect(heard.map((change) => change.nodeIds)).toStrictEqual([['ssg']]);
  });
});
