/**
 * Optimistic concurrency over HTTP on each store leg: 50 clients update one node from the same
 * version at once and exactly one wins; the rest get CONFLICT with the winner's state. Racing
 * retries of one idempotency key apply once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractFixture } from '../contract/contract-fixture.js';
import { startEditApp, storeLegs, type EditApp } from './edit-app.js';

describe.each(storeLegs())('concurrent edits over HTTP ($name)', (leg) => {
  let t: EditApp;
  beforeAll(async () => {
    const { store, cleanUp } = await leg.open(contractFixture(''));
    t = await startEditApp(store, cleanUp);
  });
  afterAll(async () => t.close());

  it('50 parallel updateNode from version 1: one succeeds, 49 get CONFLICT with the current version', async () => {
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.gql<{ updateNode: { note: string; version: number } }>(
          `mutation($input: UpdateNodeInput!) { updateNode(input: $input) { note version } }`,
          { input: { id: 'wg-psyk', expectedVersion: 1, note: `klient ${i}` } },
        ),
      ),
    );
    const winners = responses.filter((r) => r.data?.updateNode);
    const conflicts = responses.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect([winners.length, conflicts.length]).toStrictEqual([1, 49]);
    const winner = winners[0]?.data?.updateNode;
    expect(winner?.version).toBe(2);
    for (const conflict of conflicts) {
      expect(conflict.errors?.[0]?.extensions?.current).toMatchObject({
        version: 2,
        record: { props: { note: winner?.note } },
      });
    }
    const stored = await t.gql(`{ node(id: "wg-psyk") { note version changes { totalCount } } }`);
    expect(stored.data).toStrictEqual({
      node: { note: winner?.note, version: 2, changes: { totalCount: 1 } },
    });
  });

  it('10 racing retries with one idempotency key apply once and all return the same answer', async () => {
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.gql(
          `mutation($input: RecordStatusInput!) { recordStatus(input: $input) { version statusHistory { seq code } } }`,
          {
            input: {
              nodeId: 'ini-sub',
              code: 'STARTED',
              textDa: 'Igangsat',
              date: '2024-12',
              kind: 'FACT',
              documentId: 'doc-a',
              idempotencyKey: 'race-key-0001',
            },
          },
        ),
      ),
    );
    const expected = { data: { recordStatus: { version: 2, statusHistory: [{ seq: 0, code: 'STARTED' }] } } };
    expect(responses).toStrictEqual(Array.from({ length: 10 }, () => expected));
    expect((await t.gql(`{ auditLog(filter: { nodeId: "ini-sub" }) { totalCount } }`)).data).toStrictEqual({
      auditLog: { totalCount: 1 },
    });
  });

  it('20 parallel recordStatus without a version all land, each once, in one history', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.gql(`mutation($input: RecordStatusInput!) { recordStatus(input: $input) { id } }`, {
          input: {
            nodeId: 'ssg',
            code: 'STARTED',
            textDa: `udsagn ${i}`,
            date: '2024-12',
            kind: 'PLAN',
            documentId: 'doc-a',
          },
        }),
      ),
    );
    // A failure names its cause: what the server logged beside the masked error.
    expect({ failed: responses.filter((r) => r.errors), logged: t.loggedErrors.map(String) }).toStrictEqual({
      failed: [],
      logged: [],
    });
    const history = await t.gql<{ node: { version: number; statusHistory: { textDa: string }[] } }>(
      `{ node(id: "ssg") { version statusHistory { textDa } } }`,
    );
    expect(history.data?.node.version).toBe(21);
    expect(history.data?.node.statusHistory.map((o) => o.textDa).sort()).toStrictEqual(
      Array.from({ length: 20 }, (_, i) => `udsagn ${i}`).sort(),
    );
  });
});
