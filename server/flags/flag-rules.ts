/**
 * The derived flags (what looks wrong now), as pure rules over a node, its neighbourhood and a
 * view date. `flags.service.ts` loads the neighbourhood; these rules only read it, so they are
 * tested on small hand-built fixtures.
 */
import {
  STATUS_CODES,
  dateStart,
  type GraphEdgeRecord,
  type GraphNodeRecord,
  type IsoDate,
  type PartialDate,
  type StatusCode,
  type StatusObservation,
} from '../../schema/domain.js';
import { endedAt, notYetAt } from '../time/validity.type.js';
import { addMonths, dateDa, dateEn } from './flag-wording.js';

export const FLAG_CODES = [
  'STALE_STATUS',
  'AGREEMENT_LAPSED',
  'AWAITED_WORK_LANDED',
  'NO_RESPONSIBLE_BODY',
  'OWNER_BEING_ABOLISHED',
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

/** How long without a status before `STALE_STATUS`. */
export const STALE_AFTER_MONTHS = 12;

export interface FlagRecord {
  code: FlagCode;
  /** From when the flag holds (YYYY, YYYY-MM or YYYY-MM-DD, as the evidence is dated). */
  since: PartialDate;
  textDa: string;
  textEn: string;
  /** The nodes that explain it: the lapsed agreement, the landed work, the abolished body. */
  relatedIds: string[];
}

/**
 * What the rules may read about a node: its edges both ways, the records at their other ends,
 * and the agreements it sits under (PART_OF / CONCRETIZES, transitively, nearest first).
 */
export interface FlagNeighbourhood {
  edges: readonly GraphEdgeRecord[];
  nodes: ReadonlyMap<string, GraphNodeRecord>;
  agreementsAbove: readonly GraphNodeRecord[];
  /** `SUPERSEDES` edges pointing at the node's owners (by owner id). */
  supersedingOwners: ReadonlyMap<string, readonly GraphEdgeRecord[]>;
}

/** Statuses up to `asOf`, oldest first, and the current one (latest fact or decision). */
function statusAsOf(node: GraphNodeRecord, asOf: IsoDate) {
  const history = node.statusHistory.filter((o) => dateStart(o.date) <= asOf);
  const current = history.findLast((o) => o.kind === 'fact' || o.kind === 'decision');
  return { history, current };
}

const familyOf = (o: StatusObservation | undefined) => (o ? STATUS_CODES[o.code].family : 'unknown');
const isOver = (o: StatusObservation | undefined) => ['done', 'dropped'].includes(familyOf(o));

/** Every flag of `node` as of `asOf`, in `FLAG_CODES` order. */
export function deriveFlags(node: GraphNodeRecord, around: FlagNeighbourhood, asOf: IsoDate): FlagRecord[] {
  const { history, current } = statusAsOf(node, asOf);
  const existing = (edge: GraphEdgeRecord) => !notYetAt(edge.validity, asOf) && !endedAt(edge.validity, asOf);
  const edges = around.edges.filter(existing);
  const flags: FlagRecord[] = [];

  // 1. No status observed for 12 months, while the work is not over.
  const latest = history.at(-1);
  if (latest && !isOver(current)) {
    const staleFrom = addMonths(dateStart(latest.date), STALE_AFTER_MONTHS);
    if (staleFrom <= asOf) {
      flags.push({
        code: 'STALE_STATUS',
        since: staleFrom,
        textDa: `Ingen status registreret siden ${dateDa(latest.date)} (over ${STALE_AFTER_MONTHS} måneder).`,
        textEn: `No status recorded since ${dateEn(latest.date)} (over ${STALE_AFTER_MONTHS} months).`,
        relatedIds: [latest.documentId],
      });
    }
  }

  // 2. Active under an agreement that has expired or been superseded, and under none in force
  // (work carried over into the next agreement is not flagged).
  const agreementsNow = around.agreementsAbove.filter((a) => !notYetAt(a.validity, asOf));
  if (familyOf(current) === 'active' && agreementsNow.every((a) => endedAt(a.validity, asOf))) {
    const lapsed = agreementsNow[0];
    if (lapsed?.validity?.to !== undefined) {
      const how =
        lapsed.validity.toBasis === 'superseded' ? ['afløst', 'superseded'] : ['udløbet', 'expired'];
      flags.push({
        code: 'AGREEMENT_LAPSED',
        since: lapsed.validity.to,
        textDa: `Er i gang under ${lapsed.nameDa}, som er ${how[0]} fra ${dateDa(lapsed.validity.to)}.`,
        textEn: `Active under ${lapsed.nameEn ?? lapsed.nameDa}, ${how[1]} from ${dateEn(lapsed.validity.to)}.`,
        relatedIds: [lapsed.id],
      });
    }
  }

  // 3. Awaiting work that has landed: ready to restart?
  if (!isOver(current)) {
    for (const edge of edges) {
      if (edge.type !== 'AWAITS' || edge.source !== node.id) continue;
      const awaited = around.nodes.get(edge.target);
      const landed = awaited ? landedOn(awaited, asOf) : undefined;
      if (!awaited || landed === undefined) continue;
      if (edge.props.since !== undefined && dateStart(landed) < dateStart(edge.props.since)) continue;
      flags.push({
        code: 'AWAITED_WORK_LANDED',
        since: landed,
        textDa: `Afventer ${awaited.nameDa}, som er på plads fra ${dateDa(landed)}: klar til at genoptage?`,
        textEn: `Awaits ${awaited.nameEn ?? awaited.nameDa}, in place from ${dateEn(landed)}: ready to restart?`,
        relatedIds: [awaited.id],
      });
    }
  }

  // 4. Active without a responsible body.
  if (familyOf(current) === 'active' && current) {
    const bodies = edges
      .filter((e) => e.type === 'RESPONSIBLE' && e.target === node.id)
      .map((e) => around.nodes.get(e.source))
      .concat(node.props.ownerBody === undefined ? [] : [around.nodes.get(node.props.ownerBody)])
      .filter(
        (b): b is GraphNodeRecord =>
          b !== undefined && !endedAt(b.validity, asOf) && !notYetAt(b.validity, asOf),
      );
    if (bodies.length === 0) {
      flags.push({
        code: 'NO_RESPONSIBLE_BODY',
        since: current.date,
        textDa: 'Er i gang, men intet organ eller ingen gruppe står som ansvarlig.',
        textEn: 'Active, but no body or group is named as responsible.',
        relatedIds: [],
      });
    }
  }

  // 5. Owned by a body being abolished (or abolished): the work needs a new home. One flag per
  // abolition, naming every owner it takes (the five clusters go together).
  if (history.length > 0 && !isOver(current)) {
    const byAbolition = new Map<
      string,
      { by: GraphNodeRecord; effective: PartialDate; owners: GraphNodeRecord[] }
    >();
    for (const ownerId of ownersOf(node, edges)) {
      const owner = around.nodes.get(ownerId);
      // The SUPERSEDES relation holds from its effective date; the abolition is known as soon
      // as what abolishes exists (the reform agreed), so that is what is checked.
      const abolition = (around.supersedingOwners.get(ownerId) ?? [])
        .map((e) => ({ edge: e, by: around.nodes.get(e.source) }))
        .filter(({ by }) => by !== undefined && !notYetAt(by.validity, asOf))
        .sort((a, b) => compareKnown(a.by, b.by) || (a.edge.id < b.edge.id ? -1 : 1))[0];
      const effective = abolition?.edge.props.effective ?? owner?.validity?.to;
      if (!owner || !abolition?.by || effective === undefined) continue;
      const key = `${abolition.by.id}|${effective}`;
      const group = byAbolition.get(key) ?? { by: abolition.by, effective, owners: [] };
      group.owners.push(owner);
      byAbolition.set(key, group);
    }
    for (const { by, effective, owners } of byAbolition.values()) {
      const past = dateStart(effective) <= asOf;
      const namesDa = listDa(owners.map((o) => o.nameDa));
      const namesEn = listEn(owners.map((o) => o.nameEn ?? o.nameDa));
      flags.push({
        code: 'OWNER_BEING_ABOLISHED',
        since: by.validity?.from ?? effective,
        textDa: `${namesDa} ${past ? 'er nedlagt' : 'nedlægges'} fra ${dateDa(effective)} (${by.nameDa}): arbejdet skal have et nyt hjem.`,
        textEn: `${namesEn} ${past ? (owners.length > 1 ? 'were' : 'was') : owners.length > 1 ? 'are' : 'is'} abolished from ${dateEn(effective)} (${by.nameEn ?? by.nameDa}): the work needs a new home.`,
        relatedIds: [...owners.map((o) => o.id), by.id],
      });
    }
  }
  return flags;
}

/** "A", "A og B", "A, B og C". */
function listDa(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} og ${names.at(-1)}`;
}

function listEn(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Who owns the work: the `ownerBody`, bodies RESPONSIBLE for it other than approvers, and the
 * clusters it is IMPLEMENTED_BY ("klyngerne ejer implementeringen").
 */
export function ownersOf(node: GraphNodeRecord, edges: readonly GraphEdgeRecord[]): string[] {
  const owners = new Set<string>();
  if (node.props.ownerBody !== undefined) owners.add(node.props.ownerBody);
  for (const edge of edges) {
    if (edge.type === 'RESPONSIBLE' && edge.target === node.id && edge.props.role !== 'approver')
      owners.add(edge.source);
    if (edge.type === 'IMPLEMENTED_BY' && edge.source === node.id) owners.add(edge.target);
  }
  return [...owners].sort();
}

const LANDED_CODES: ReadonlySet<StatusCode> = new Set(['IN_FORCE', 'APPROVED', 'IMPLEMENTED', 'COMPLETED']);

/**
 * When awaited work is in place by `asOf`: in force (its `effectiveFrom`, or a validity that
 * starts in force or established), or a stated fact or decision that it is in force, approved,
 * implemented or completed. Undefined while it is not.
 */
export function landedOn(awaited: GraphNodeRecord, asOf: IsoDate): PartialDate | undefined {
  const dates: PartialDate[] = [];
  if (awaited.props.effectiveFrom !== undefined) dates.push(awaited.props.effectiveFrom);
  const v = awaited.validity;
  if (v?.from !== undefined && (v.fromBasis === 'in_force' || v.fromBasis === 'established'))
    dates.push(v.from);
  for (const o of awaited.statusHistory) {
    if ((o.kind === 'fact' || o.kind === 'decision') && LANDED_CODES.has(o.code)) dates.push(o.date);
  }
  return dates.filter((d) => dateStart(d) <= asOf).sort((a, b) => (dateStart(a) < dateStart(b) ? -1 : 1))[0];
}

/** The abolition known first wins: the reform that decided it, not the successor body. */
function compareKnown(a: GraphNodeRecord | undefined, b: GraphNodeRecord | undefined): number {
  const x = dateStart(a?.validity?.from ?? '0000');
  const y = dateStart(b?.validity?.from ?? '0000');
  return x < y ? -1 : x > y ? 1 : 0;
}
