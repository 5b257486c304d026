/**
 * Every edit mutation over HTTP on each store leg: the happy path with its audit entry, and each
 * refusal naming the field. The fixture is the store contract's small complex (document of
 * 2025-01-09).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractFixture } from '../contract/contract-fixture.js';
import { startEditApp, storeLegs, type EditApp } from './edit-app.js';

const NODE = `id label nameDa nameEn aliases note version
  horizon { raw start end }
  status { code date kind }
  statusHistory { seq code textDa date kind document { id } }`;

function refusal(response: { errors?: { extensions?: Record<string, unknown> }[] }) {
  const extensions = response.errors?.[0]?.extensions ?? {};
  return { code: extensions.code, argument: extensions.argument };
}

describe.each(storeLegs())('edit mutations ($name)', (leg) => {
  let t: EditApp;
  beforeAll(async () => {
    const { store, cleanUp } = await leg.open(contractFixture(''));
    t = await startEditApp(store, cleanUp);
  });
  afterAll(async () => t.close());

  it('createNode writes the node at version 1 with one audit entry naming who and what', async () => {
    const created = await t.gql(
      `mutation($input: CreateNodeInput!) { createNode(input: $input) { ${NODE} } }`,
      {
        input: {
          label: 'Initiative',
          nameDa: '  Fælles akutteam  ',
          nameEn: 'Joint acute team',
          aliases: ['FAT'],
          note: 'Oprettet i test',
          horizonRaw: '2026',
          sources: [{ documentId: 'doc-a', quote: 'akutteam', confidence: 'STATED' }],
          reason: 'nyt initiativ',
        },
      },
    );
    expect(created).toStrictEqual({
      data: {
        createNode: {
          id: 'initiative-faelles-akutteam',
          label: 'Initiative',
          nameDa: 'Fælles akutteam',
          nameEn: 'Joint acute team',
          aliases: ['FAT'],
          note: 'Oprettet i test',
          version: 1,
          horizon: { raw: '2026', start: '2026-01-01', end: '2026-12-31' },
          status: null,
          statusHistory: [],
        },
      },
    });
    const trail = await t.gql(
      `{ node(id: "initiative-faelles-akutteam") { version changes { totalCount edges { node {
          mutation actor { kind id name } nodeIds edgeIds reason revertOf } } } } }`,
    );
    expect(trail.data).toStrictEqual({
      node: {
        version: 1,
        changes: {
          totalCount: 1,
          edges: [
            {
              node: {
                mutation: 'createNode',
                actor: { kind: 'local', id: 'local', name: 'Lokal bruger' },
                nodeIds: ['initiative-faelles-akutteam'],
                edgeIds: [],
                reason: 'nyt initiativ',
                revertOf: null,
              },
            },
          ],
        },
      },
    });
  });

  it('createNode refuses an empty name, an unknown label and an unknown document, naming the field', async () => {
    const create = (input: Record<string, unknown>) =>
      t.gql(`mutation($input: CreateNodeInput!) { createNode(input: $input) { id } }`, { input });
    expect(refusal(await create({ label: 'Initiative', nameDa: '   ' }))).toStrictEqual({
      code: 'BAD_USER_INPUT',
      argument: 'nameDa',
    });
    expect(refusal(await create({ label: 'SourceDocument', nameDa: 'x' }))).toStrictEqual({
      code: 'BAD_USER_INPUT',
      argument: 'label',
    });
    expect(
      refusal(await create({ label: 'Initiative', nameDa: 'x', sources: [{ documentId: 'nope' }] })),
    ).toStrictEqual({ code: 'BAD_USER_INPUT', argument: 'sources.0.documentId' });
    expect(refusal(await create({ label: 'Initiative', nameDa: 'x'.repeat(201) }))).toStrictEqual({
      code: 'BAD_USER_INPUT',
      argument: 'nameDa',
    });
    expect(refusal(await create({ id: 'reform', label: 'Initiative', nameDa: 'x' }))).toStrictEqual({
      code: 'BAD_USER_INPUT',
      argument: 'id',
    });
  });

  it('updateNode changes fields, raises the version and refuses a stale version with the current state', async () => {
    const update = (input: Record<string, unknown>) =>
      t.gql(
        `mutation($input: UpdateNodeInput!) { updateNode(input: $input) { id nameDa note version aliases } }`,
        {
          input,
        },
      );
    expect(
      await update({ id: 'ini-sub', expectedVersion: 1, nameDa: 'Spor 1 (revideret)', note: 'ny' }),
    ).toStrictEqual({
      data: {
        updateNode: { id: 'ini-sub', nameDa: 'Spor 1 (revideret)', note: 'ny', version: 2, aliases: [] },
      },
    });
    const stale = await update({ id: 'ini-sub', expectedVersion: 1, note: 'min' });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', entity: 'Node', id: 'ini-sub' });
    const current = stale.errors?.[0]?.extensions?.current as { version: number; record: { nameDa: string } };
    expect([current.version, current.record.nameDa]).toStrictEqual([2, 'Spor 1 (revideret)']);
    expect(await update({ id: 'ini-sub', expectedVersion: 2, note: null })).toStrictEqual({
      data: {
        updateNode: { id: 'ini-sub', nameDa: 'Spor 1 (revideret)', note: null, version: 3, aliases: [] },
      },
    });
    expect(refusal(await update({ id: 'nope', expectedVersion: 1 }))).toStrictEqual({
      code: 'BAD_USER_INPUT',
      argument: 'id',
    });
    expect(
      refusal(await update({ id: 'ini-sub', expectedVersion: 3, horizonStart: '2025-02-30' })),
    ).toStrictEqual({
      code: 'BAD_USER_INPUT',
      argument: 'horizonStart',
    });
  });

  it('recordStatus refuses a future fact and a fact dated after its document, and accepts a plan', async () => {
    const record = (input: Record<string, unknown>) =>
      t.gql(
        `mutation($input: RecordStatusInput!) { recordStatus(input: $input) { id version status { code date } } }`,
        {
          input: { nodeId: 'wg-psyk', textDa: 'Nedsat', documentId: 'doc-a', code: 'WG_SET_UP', ...input },
        },
      );
    const future = await record({ date: '2030-01-01', kind: 'FACT' });
    expect(refusal(future)).toStrictEqual({ code: 'BAD_USER_INPUT', argument: 'date' });
    expect(future.errors?.[0]?.message).toContain('efter i dag');
    const afterDocument = await record({ date: '2025-06', kind: 'DECISION' });
    expect(refusal(afterDocument)).toStrictEqual({ code: 'BAD_USER_INPUT', argument: 'date' });
    expect(afterDocument.errors?.[0]?.message).toContain('efter kildedokumentets dato 2025-01-09');
    expect(refusal(await record({ date: '2025-13', kind: 'FACT' }))).toStrictEqual({
      code: 'BAD_USER_INPUT',
      argument: 'date',
    });
    expect(refusal(await record({ date: '2025', kind: 'FACT', documentId: 'nope' }))).toStrictEqual({
      code: 'BAD_USER_INPUT',
      argument: 'documentId',
    });
    // A plan may lie in the future; a fact of the document's own year is within it.
    expect(await record({ date: '2027', kind: 'PLAN', code: 'PLANNED' })).toStrictEqual({
      data: { recordStatus: { id: 'wg-psyk', version: 2, status: null } },
    });
    expect(await record({ date: '2025', kind: 'FACT' })).toStrictEqual({
      data: { recordStatus: { id: 'wg-psyk', version: 3, status: { code: 'WG_SET_UP', date: '2025' } } },
    });
  });

  it('correctStatus replaces one observation and retractStatus removes one, both versioned', async () => {
    const correct = await t.gql(
      `mutation($input: CorrectStatusInput!) { correctStatus(input: $input) { version statusHistory { seq code date kind } } }`,
      {
        input: {
          nodeId: 'ag-overvaegt',
          seq: 1,
          expectedVersion: 1,
          code: 'APPROVED',
          textDa: 'Godkendt i SSG',
          date: '2024-09-21',
          kind: 'DECISION',
          documentId: 'doc-a',
          reason: 'forkert dato',
        },
      },
    );
    expect(correct).toStrictEqual({
      data: {
        correctStatus: {
          version: 2,
          statusHistory: [
            { seq: 0, code: 'DRAFTING', date: '2024-02', kind: 'FACT' },
            { seq: 1, code: 'APPROVED', date: '2024-09-21', kind: 'DECISION' },
          ],
        },
      },
    });
    const retract = await t.gql(
      `mutation($input: RetractStatusInput!) { retractStatus(input: $input) { version statusHistory { seq code } } }`,
      { input: { nodeId: 'ag-overvaegt', seq: 0, expectedVersion: 2 } },
    );
    expect(retract).toStrictEqual({
      data: { retractStatus: { version: 3, statusHistory: [{ seq: 1, code: 'APPROVED' }] } },
    });
    const missing = await t.gql(
      `mutation($input: RetractStatusInput!) { retractStatus(input: $input) { version } }`,
      { input: { nodeId: 'ag-overvaegt', seq: 7, expectedVersion: 3 } },
    );
    expect(refusal(missing)).toStrictEqual({ code: 'BAD_USER_INPUT', argument: 'seq' });
  });

  it('addRelation with typed props and a source; endRelation keeps the relation with an end date', async () => {
    const add = (input: Record<string, unknown>) =>
      t.gql(
        `mutation($input: AddRelationInput!) { addRelation(input: $input) { id type mode since quote version } }`,
        {
          input,
        },
      );
    expect(
      await add({
        type: 'AWAITS',
        source: 'ini-sub',
        target: 'reform',
        mode: 'adjust',
        since: '2024-12',
        quote: 'afventer reformen',
        evidence: { documentId: 'doc-a', quote: 'afventer reformen', confidence: 'STATED' },
      }),
    ).toStrictEqual({
      data: {
        addRelation: {
          id: 'ini-sub|AWAITS|reform',
          type: 'AWAITS',
          mode: 'adjust',
          since: '2024-12',
          quote: 'afventer reformen',
          version: 1,
        },
      },
    });
    expect(
      refusal(await add({ type: 'AWAITS', source: 'ini-sub', target: 'reform', mode: 'adjust' })),
    ).toStrictEqual({
      code: 'BAD_USER_INPUT',
      argument: 'target',
    });
    expect(refusal(await add({ type: 'AWAITS', source: 'ini-sub', target: 'ssg' }))).toStrictEqual({
      code: 'BAD_USER_INPUT',
      argument: 'mode',
    });
    expect(
      refusal(await add({ type: 'PART_OF', source: 'ini-sub', target: 'ssg', dependencyKind: 'legal' })),
    ).toStrictEqual({
      code: 'BAD_USER_INPUT',
      argument: 'dependencyKind',
    });
    expect(refusal(await add({ type: 'PART_OF', source: 'nope', target: 'ssg' }))).toStrictEqual({
      code: 'BAD_USER_INPUT',
      argument: 'source',
    });
    const reach = await t.store.reach(['reform'], 'IN', 1, ['AWAITS']);
    expect([...reach.depthById.keys()].sort()).toStrictEqual(['ini-sub', 'reform']);

    const end = await t.gql(
      `mutation($input: EndRelationInput!) { endRelation(input: $input) { id version } }`,
      {
        input: { edgeId: 'ini-sub|AWAITS|reform', expectedVersion: 1, endedOn: '2025-01', reason: 'landet' },
      },
    );
    expect(end).toStrictEqual({ data: { endRelation: { id: 'ini-sub|AWAITS|reform', version: 2 } } });
    const stored = (await t.store.getEdgesById(['ini-sub|AWAITS|reform'])).get('ini-sub|AWAITS|reform');
    expect(stored?.validity).toMatchObject({ to: '2025-01', toBasis: 'ended' });
    const again = await t.gql(`mutation($input: EndRelationInput!) { endRelation(input: $input) { id } }`, {
      input: { edgeId: 'ini-sub|AWAITS|reform', expectedVersion: 2 },
    });
    expect(refusal(again)).toStrictEqual({ code: 'BAD_USER_INPUT', argument: 'edgeId' });
  });

  it('endAwaiting ends the AWAITS and records the status in one change', async () => {
    const result = await t.gql(
      `mutation($input: EndAwaitingInput!) { endAwaiting(input: $input) { id version status { code date } } }`,
      {
        input: {
          edgeId: 'ini-hjemmebesoeg|AWAITS|reg-72t',
          expectedVersion: 1,
          landedOn: '2024-12',
          statusCode: 'STARTED',
          textDa: 'Ordningen er på plads; arbejdet genoptages',
          documentId: 'doc-a',
        },
      },
    );
    expect(result).toStrictEqual({
      data: {
        endAwaiting: { id: 'ini-hjemmebesoeg', version: 2, status: { code: 'STARTED', date: '2024-12' } },
      },
    });
    const log = await t.gql(
      `{ auditLog(filter: { mutation: "endAwaiting" }) { totalCount edges { node { nodeIds edgeIds } } } }`,
    );
    expect(log.data).toStrictEqual({
      auditLog: {
        totalCount: 1,
        edges: [{ node: { nodeIds: ['ini-hjemmebesoeg'], edgeIds: ['ini-hjemmebesoeg|AWAITS|reg-72t'] } }],
      },
    });
    const notAwaits = await t.gql(
      `mutation($input: EndAwaitingInput!) { endAwaiting(input: $input) { id } }`,
      {
        input: {
          edgeId: 'wg-psyk|RESPONSIBLE|ini-psyk',
          expectedVersion: 1,
          landedOn: '2024-12',
          statusCode: 'STARTED',
          textDa: 'x',
          documentId: 'doc-a',
        },
      },
    );
    expect(refusal(notAwaits)).toStrictEqual({ code: 'BAD_USER_INPUT', argument: 'edgeId' });
  });

  it('retireNode ends the node’s validity and keeps it; a second retire is refused', async () => {
    const retire = await t.gql(
      `mutation($input: RetireNodeInput!) { retireNode(input: $input) { id version } }`,
      {
        input: { id: 'mun-herning', expectedVersion: 1, retiredOn: '2025-01-01', reason: 'sammenlagt' },
      },
    );
    expect(retire).toStrictEqual({ data: { retireNode: { id: 'mun-herning', version: 2 } } });
    const stored = (await t.store.getNodes(['mun-herning'])).get('mun-herning');
    expect(stored?.validity).toStrictEqual({ to: '2025-01-01', toBasis: 'retired' });
    const again = await t.gql(`mutation($input: RetireNodeInput!) { retireNode(input: $input) { id } }`, {
      input: { id: 'mun-herning', expectedVersion: 2 },
    });
    expect(refusal(again)).toStrictEqual({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it('registerDocument adds a source document that edits can cite', async () => {
    const register = (input: Record<string, unknown>) =>
      t.gql(
        `mutation($input: RegisterDocumentInput!) { registerDocument(input: $input) { id title asOf } }`,
        { input },
      );
    expect(
      await register({ id: 'ssg-2025-03', title: 'Referat SSG marts 2025', asOf: '2025-03-12' }),
    ).toStrictEqual({
      data: { registerDocument: { id: 'ssg-2025-03', title: 'Referat SSG marts 2025', asOf: '2025-03-12' } },
    });
    expect(refusal(await register({ id: 'ssg-2025-03', title: 'igen', asOf: '2025' }))).toStrictEqual({
      code: 'BAD_USER_INPUT',
      argument: 'id',
    });
    expect(refusal(await register({ id: 'future', title: 'x', asOf: '2099-01-01' }))).toStrictEqual({
      code: 'BAD_USER_INPUT',
      argument: 'asOf',
    });
    const cited = await t.gql(
      `mutation($input: RecordStatusInput!) { recordStatus(input: $input) { status { code document { id } } } }`,
      {
        input: {
          nodeId: 'ini-psyk',
          code: 'RESUMED',
          textDa: 'Genoptaget',
          date: '2025-03-12',
          kind: 'DECISION',
          documentId: 'ssg-2025-03',
        },
      },
    );
    expect(cited).toStrictEqual({
      data: { recordStatus: { status: { code: 'RESUMED', document: { id: 'ssg-2025-03' } } } },
    });
  });

  it('revertChange writes a compensating, audited change; a second revert of the same change conflicts', async () => {
    const update = await t.gql(
      `mutation { updateNode(input: { id: "cl-vest", expectedVersion: 1, nameDa: "Klynge Vest", aliases: [] }) { version } }`,
    );
    expect(update).toStrictEqual({ data: { updateNode: { version: 2 } } });
    const [change] = (
      await t.gql<{ node: { changes: { edges: { node: { id: string } }[] } } }>(
        `{ node(id: "cl-vest") { changes(first: 1) { edges { node { id } } } } }`,
      )
    ).data!.node.changes.edges;
    const revert = await t.gql(
      `mutation($input: RevertChangeInput!) { revertChange(input: $input) { mutation revertOf nodeIds reason } }`,
      { input: { auditId: change!.node.id, reason: 'fortrudt' } },
    );
    expect(revert).toStrictEqual({
      data: {
        revertChange: {
          mutation: 'revertChange',
          revertOf: change!.node.id,
          nodeIds: ['cl-vest'],
          reason: 'fortrudt',
        },
      },
    });
    expect((await t.gql(`{ node(id: "cl-vest") { nameDa aliases version } }`)).data).toStrictEqual({
      node: { nameDa: 'Gødstrupklyngen', aliases: ['Klynge Vest'], version: 3 },
    });
    const twice = await t.gql(`mutation($input: RevertChangeInput!) { revertChange(input: $input) { id } }`, {
      input: { auditId: change!.node.id },
    });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const unknown = await t.gql(`mutation { revertChange(input: { auditId: "nope" }) { id } }`);
    expect(refusal(unknown)).toStrictEqual({ code: 'BAD_USER_INPUT', argument: 'auditId' });
  });

  it('a retry with the same idempotency key is applied once and returns the first answer', async () => {
    const send = () =>
      t.gql(`mutation($input: UpdateNodeInput!) { updateNode(input: $input) { id note version } }`, {
        input: { id: 'ssg', expectedVersion: 1, note: 'én gang', idempotencyKey: 'retry-key-0001' },
      });
    const first = await send();
    const second = await send();
    expect(first).toStrictEqual({ data: { updateNode: { id: 'ssg', note: 'én gang', version: 2 } } });
    expect(second).toStrictEqual(first);
    const log = await t.gql(`{ auditLog(filter: { nodeId: "ssg" }) { totalCount } }`);
    expect(log.data).toStrictEqual({ auditLog: { totalCount: 1 } });
    const otherMutation = await t.gql(
      `mutation { retireNode(input: { id: "ssg", expectedVersion: 2, idempotencyKey: "retry-key-0001" }) { id } }`,
    );
    expect(refusal(otherMutation)).toStrictEqual({ code: 'BAD_USER_INPUT', argument: 'idempotencyKey' });
  });
});
