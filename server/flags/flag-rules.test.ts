/** Each derived flag on a small hand-built neighbourhood: raised when it should, and not otherwise. */
import { describe, expect, test } from 'vitest';
import type {
  GraphEdgeRecord,
  GraphNodeRecord,
  NodeLabel,
  StatusCode,
  StatusObservation,
  Validity,
} from '../../schema/domain.js';
import { deriveFlags, landedOn, type FlagNeighbourhood } from './flag-rules.js';

let seq = 0;
function status(code: StatusCode, date: string, kind: StatusObservation['kind'] = 'fact'): StatusObservation {
  return { code, textDa: code.toLowerCase(), date, kind, documentId: 'doc-x', seq: seq++ };
}

function node(
  id: string,
  label: NodeLabel,
  extra: { statusHistory?: StatusObservation[]; validity?: Validity; props?: GraphNodeRecord['props'] } = {},
): GraphNodeRecord {
  return {
    id,
    label,
    kind: 'k',
    nameDa: `navn ${id}`,
    nameEn: `name ${id}`,
    aliases: [],
    props: extra.props ?? {},
    sources: [],
    statusHistory: extra.statusHistory ?? [],
    ...(extra.validity ? { validity: extra.validity } : {}),
  };
}

function edge(
  source: string,
  type: GraphEdgeRecord['type'],
  target: string,
  props: GraphEdgeRecord['props'] = {},
) {
  return { id: `${source}|${type}|${target}`, type, source, target, props, sources: [] } as GraphEdgeRecord;
}

function around(parts: Partial<FlagNeighbourhood> & { others?: GraphNodeRecord[] } = {}): FlagNeighbourhood {
  return {
    edges: parts.edges ?? [],
    nodes: new Map((parts.others ?? []).map((n) => [n.id, n])),
    agreementsAbove: parts.agreementsAbove ?? [],
    supersedingOwners: parts.supersedingOwners ?? new Map(),
  };
}

const body = node('body-a', 'Body');
const responsible = edge('body-a', 'RESPONSIBLE', 'ini', { role: 'owner' });

describe('STALE_STATUS', () => {
  test('raised 12 months after the last status of unfinished work, citing its document', () => {
    const ini = node('ini', 'Initiative', { statusHistory: [status('DRAFTING', '2022-08-10')] });
    const flags = deriveFlags(ini, around({ edges: [responsible], others: [body] }), '2023-08-10');
    expect(flags).toStrictEqual([
      {
        code: 'STALE_STATUS',
        since: '2023-08-10',
        textDa: 'Ingen status registreret siden 10. august 2022 (over 12 måneder).',
        textEn: 'No status recorded since 10 August 2022 (over 12 months).',
        relatedIds: ['doc-x'],
      },
    ]);
  });

  test('not raised a day earlier, nor for finished work, nor without any status', () => {
    const drafting = node('ini', 'Initiative', { statusHistory: [status('DRAFTING', '2022-08-10')] });
    const done = node('ini', 'Initiative', { statusHistory: [status('IMPLEMENTED', '2019')] });
    const none = node('ini', 'Initiative');
    const hood = around({ edges: [responsible], others: [body] });
    expect(deriveFlags(drafting, hood, '2023-08-09')).toStrictEqual([]);
    expect(deriveFlags(done, hood, '2025-01-01')).toStrictEqual([]);
    expect(deriveFlags(none, hood, '2025-01-01')).toStrictEqual([]);
  });
});

describe('AGREEMENT_LAPSED', () => {
  const agreement = node('ag', 'Agreement', {
    validity: { from: '2019-07-01', fromBasis: 'in_force', to: '2024', toBasis: 'superseded' },
  });
  test('raised for active work under an agreement superseded by the view date', () => {
    const ini = node('ini', 'Initiative', { statusHistory: [status('IMPLEMENTING', '2024-06')] });
    const flags = deriveFlags(
      ini,
      around({ edges: [responsible], others: [body], agreementsAbove: [agreement] }),
      '2024-07-01',
    );
    expect(flags).toStrictEqual([
      {
        code: 'AGREEMENT_LAPSED',
        since: '2024',
        textDa: 'Er i gang under navn ag, som er afløst fra 2024.',
        textEn: 'Active under name ag, superseded from 2024.',
        relatedIds: ['ag'],
      },
    ]);
  });

  test('not raised when the work was carried over into an agreement in force', () => {
    const next = node('ag-next', 'Agreement', { validity: { from: '2024', fromBasis: 'in_force' } });
    const ini = node('ini', 'Initiative', { statusHistory: [status('IMPLEMENTING', '2024-06')] });
    const hood = around({ edges: [responsible], others: [body], agreementsAbove: [next, agreement] });
    expect(deriveFlags(ini, hood, '2024-07-01')).toStrictEqual([]);
  });

  test('not raised before the agreement ends, nor for paused work', () => {
    const active = node('ini', 'Initiative', { statusHistory: [status('IMPLEMENTING', '2023-06')] });
    const paused = node('ini', 'Initiative', { statusHistory: [status('PAUSED', '2024-06')] });
    const hood = around({ edges: [responsible], others: [body], agreementsAbove: [agreement] });
    expect(deriveFlags(active, hood, '2023-12-31')).toStrictEqual([]);
    expect(deriveFlags(paused, hood, '2024-07-01')).toStrictEqual([]);
  });
});

describe('AWAITED_WORK_LANDED', () => {
  const law = node('law', 'ReformElement', { props: { effectiveFrom: '2027-01-01' } });
  const awaits = edge('ini', 'AWAITS', 'law', { mode: 'blocking', since: '2025-01-09' });
  const ini = node('ini', 'Initiative', { statusHistory: [status('PAUSED', '2026-06')] });

  test('raised once the awaited law is in force: ready to restart?', () => {
    const flags = deriveFlags(
      ini,
      around({ edges: [awaits, responsible], others: [law, body] }),
      '2027-01-01',
    );
    expect(flags).toStrictEqual([
      {
        code: 'AWAITED_WORK_LANDED',
        since: '2027-01-01',
        textDa: 'Afventer navn law, som er på plads fra 1. januar 2027: klar til at genoptage?',
        textEn: 'Awaits name law, in place from 1 January 2027: ready to restart?',
        relatedIds: ['law'],
      },
    ]);
  });

  test('not raised before it lands, nor when it had landed before the waiting began', () => {
    expect(
      deriveFlags(ini, around({ edges: [awaits, responsible], others: [law, body] }), '2026-12-31'),
    ).toStrictEqual([]);
    const old = node('old', 'NationalPlan', { statusHistory: [status('IN_FORCE', '2020')] });
    const awaitsOld = edge('ini', 'AWAITS', 'old', { mode: 'adjust', since: '2025-01-09' });
    expect(
      deriveFlags(ini, around({ edges: [awaitsOld, responsible], others: [old, body] }), '2026-01-01'),
    ).toStrictEqual([]);
  });

  test('landedOn: the first in-force date or landed status, up to the view date', () => {
    const plan = node('plan', 'NationalPlan', {
      statusHistory: [status('PROPOSED', '2024-01'), status('APPROVED', '2025-05', 'decision')],
    });
    expect([landedOn(plan, '2025-04-30'), landedOn(plan, '2025-05-01')]).toStrictEqual([
      undefined,
      '2025-05',
    ]);
  });
});

describe('NO_RESPONSIBLE_BODY', () => {
  const ini = node('ini', 'Initiative', { statusHistory: [status('STARTED', '2024-02')] });
  test('raised for active work nobody is responsible for, since it became active', () => {
    expect(deriveFlags(ini, around(), '2024-03-01')).toStrictEqual([
      {
        code: 'NO_RESPONSIBLE_BODY',
        since: '2024-02',
        textDa: 'Er i gang, men intet organ eller ingen gruppe står som ansvarlig.',
        textEn: 'Active, but no body or group is named as responsible.',
        relatedIds: [],
      },
    ]);
  });

  test('raised when the only responsible body has ended; not while it exists', () => {
    const ended = node('body-a', 'Body', { validity: { to: '2024-01-01', toBasis: 'ended' } });
    expect(
      deriveFlags(ini, around({ edges: [responsible], others: [ended] }), '2024-03-01').map((f) => f.code),
    ).toStrictEqual(['NO_RESPONSIBLE_BODY']);
    expect(deriveFlags(ini, around({ edges: [responsible], others: [body] }), '2024-03-01')).toStrictEqual(
      [],
    );
  });
});

describe('OWNER_BEING_ABOLISHED', () => {
  const ssu = node('body-ssu', 'Body', {
    validity: { from: '2022-07-01', fromBasis: 'established', to: '2027-01-01', toBasis: 'ended' },
  });
  const abolition = node('nat-afskaffelse', 'ReformElement', {
    validity: { from: '2024-11-15', fromBasis: 'agreed' },
  });
  const supersedes = edge('nat-afskaffelse', 'SUPERSEDES', 'body-ssu', { effective: '2027-01-01' });
  const owned = edge('body-ssu', 'RESPONSIBLE', 'ini', { role: 'owner' });
  const ini = node('ini', 'Initiative', { statusHistory: [status('STARTED', '2024-02')] });
  const hood = around({
    edges: [owned],
    others: [ssu, abolition],
    supersedingOwners: new Map([['body-ssu', [supersedes]]]),
  });

  test('raised once the abolition is agreed, naming the body and what abolishes it', () => {
    expect(deriveFlags(ini, hood, '2025-01-09')).toStrictEqual([
      {
        code: 'OWNER_BEING_ABOLISHED',
        since: '2024-11-15',
        textDa:
          'navn body-ssu nedlægges fra 1. januar 2027 (navn nat-afskaffelse): arbejdet skal have et nyt hjem.',
        textEn:
          'name body-ssu is abolished from 1 January 2027 (name nat-afskaffelse): the work needs a new home.',
        relatedIds: ['body-ssu', 'nat-afskaffelse'],
      },
    ]);
  });

  test('not raised before the abolition is agreed, nor when only an approver is abolished', () => {
    expect(deriveFlags(ini, hood, '2024-11-14')).toStrictEqual([]);
    const approves = edge('body-ssu', 'RESPONSIBLE', 'ini', { role: 'approver' });
    const other = edge('body-a', 'RESPONSIBLE', 'ini', { role: 'owner' });
    const approverOnly = around({
      edges: [approves, other],
      others: [ssu, abolition, body],
      supersedingOwners: new Map([['body-ssu', [supersedes]]]),
    });
    expect(deriveFlags(ini, approverOnly, '2025-01-09')).toStrictEqual([]);
  });
});
