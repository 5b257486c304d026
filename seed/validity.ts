/**
 * Derives when each node and relation exists (`Validity`) from what the documents state, so
 * that `asOf` views leave out what did not exist yet and `changes` can say what appeared and
 * what ended. The evidence, best first:
 *
 * Nodes, start:
 * 1. the node's own dates: an agreement's `validFrom` (in force), a body's `activeFrom` or a
 *    working group's `establishedOn` (established), a reform's `agreedOn` (agreed);
 * 2. a reform element without its own agreement date: the `agreedOn` of the reform it is
 *    `PART_OF` (agreed), else its own `effectiveFrom` (in force);
 * 3. `ESTABLISHED_BY` a law or reform element with an `effectiveFrom`: established on that date
 *    (the clusters by the cluster law, 2022-07-01);
 * 4. the earliest dated `DECIDED_BY` (agreed);
 * 5. the first mention: the earliest date one of the five analysed documents (the seeds) was
 *    written that names it, or the earliest date any document gives a status of it. The public
 *    reference pages' own dates are left out: they describe the standing structure as read in
 *    2024–26, not when it began, so a node only they name has no start ("since before the
 *    documents begin").
 * Institutions that predate the complex (municipalities, hospitals, the region, organisations)
 * get no first mention. The first mention also wins when it is earlier than 1–4: the documents speak of the thing
 * before its stated start (SA 2024–27 was being drafted in 2022; the clusters worked under SA
 * 2015–18 before the 2022 law made them statutory), and a status must not predate its node.
 *
 * Nodes, end: an agreement's `validTo` or a body's `activeTo` (ended), or the earliest
 * `SUPERSEDES` of it with an `effective` date, or whose superseding node has a stated in-force
 * or established start (superseded; an agreed successor does not end it yet). The own end wins
 * a tie.
 *
 * Relations start with their own date (`SUPERSEDES.effective`: in force; `AWAITS.since`:
 * established; `DECIDED_BY.date`: agreed) or else the first seed document naming them, and
 * never before both ends exist. They end when the first of their ends ends, except
 * `SUPERSEDES`, which is a lasting fact about what replaced what.
 *
 * `to` is exclusive: the first day the thing no longer exists. A stated last day (`validTo:
 * 2019-06-30`) becomes the next day (`2019-07-01`), the day a successor takes `effective`.
 */
import {
  dateStart,
  type GraphEdgeRecord,
  type GraphNodeRecord,
  type NodeLabel,
  type NodeProps,
  type PartialDate,
  type SourceDocumentRecord,
  type Validity,
  type ValidityFromBasis,
  type ValidityToBasis,
} from '../schema/domain.js';

/**
 * Institutions that predate the agreement complex: a document naming one is not when it began,
 * so they get no first mention (municipalities, hospitals, the region, organisations).
 */
const STANDING_LABELS: readonly NodeLabel[] = ['Municipality', 'Hospital', 'Region', 'Organisation'];

const REFORM_LABELS: readonly NodeLabel[] = [
  'NationalReform',
  'ReformElement',
  'NationalPlan',
  'RegionalScheme',
];

/** Which document set a node prop, for the `documentId` of a validity read from it. */
export type PropDocuments = ReadonlyMap<string, Partial<Record<keyof NodeProps, string>>>;

interface Start {
  from: PartialDate;
  fromBasis: ValidityFromBasis;
  documentId?: string;
}

interface End {
  to: PartialDate;
  toBasis: ValidityToBasis;
  documentId?: string;
}

/** Sets `validity` on every node and edge of the graph (in place), from the rules above. */
export function deriveValidity(
  documents: readonly SourceDocumentRecord[],
  nodes: readonly GraphNodeRecord[],
  edges: readonly GraphEdgeRecord[],
  propDocuments: PropDocuments,
): void {
  const documentById = new Map(documents.map((d) => [d.id, d]));
  const isSeed = (documentId: string): boolean => /^\d{3}_/.test(documentById.get(documentId)?.file ?? '');
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const outgoing = groupBy(edges, (e) => e.source);
  const incoming = groupBy(edges, (e) => e.target);

  const firstMention = new Map<string, Start>();
  const mention = (id: string, date: PartialDate, documentId: string): void => {
    const current = firstMention.get(id);
    if (!current || dateStart(date) < dateStart(current.from)) {
      firstMention.set(id, { from: date, fromBasis: 'first_mention', documentId });
    }
  };
  for (const node of nodes) {
    if (node.label === 'SourceDocument') {
      const document = documentById.get(node.id);
      if (document) mention(node.id, document.asOf, document.id);
      continue;
    }
    for (const source of node.sources) {
      const document = documentById.get(source.documentId);
      if (document && isSeed(document.id)) mention(node.id, document.asOf, document.id);
    }
    for (const observation of node.statusHistory) mention(node.id, observation.date, observation.documentId);
  }
  for (const edge of edges) {
    for (const source of edge.sources) {
      const document = documentById.get(source.documentId);
      if (!document || !isSeed(document.id)) continue;
      mention(edge.id, document.asOf, document.id);
      mention(edge.source, document.asOf, document.id);
      mention(edge.target, document.asOf, document.id);
    }
  }

  const ownStart = (node: GraphNodeRecord): Start | undefined => {
    const { props } = node;
    const documentOf = (key: keyof NodeProps) => propDocuments.get(node.id)?.[key];
    const stated = (key: keyof NodeProps, fromBasis: ValidityFromBasis): Start | undefined => {
      const value = props[key];
      return value === undefined ? undefined : start(value, fromBasis, documentOf(key));
    };
    if (node.label === 'Agreement') return stated('validFrom', 'in_force');
    if (node.label === 'Body') return stated('activeFrom', 'established');
    if (node.label === 'WorkingGroup') return stated('establishedOn', 'established');
    if (REFORM_LABELS.includes(node.label)) return stated('agreedOn', 'agreed');
    return undefined;
  };
  const effectiveStart = (node: GraphNodeRecord): Start | undefined => {
    const value = node.props.effectiveFrom;
    if (!REFORM_LABELS.includes(node.label) || value === undefined) return undefined;
    return start(value, 'in_force', propDocuments.get(node.id)?.effectiveFrom);
  };

  const starts = new Map<string, Start | undefined>();
  for (const node of nodes) {
    const own = ownStart(node);
    const established = (outgoing.get(node.id) ?? [])
      .filter((e) => e.type === 'ESTABLISHED_BY')
      .flatMap((e) => {
        const by = nodeById.get(e.target);
        const effective = by?.props.effectiveFrom;
        if (!by || effective === undefined) return [];
        return [start(effective, 'established', propDocuments.get(by.id)?.effectiveFrom)];
      });
    const decided = (outgoing.get(node.id) ?? [])
      .filter((e) => e.type === 'DECIDED_BY' && e.props.date !== undefined)
      .map((e) => start(e.props.date as PartialDate, 'agreed', e.sources[0]?.documentId));
    const reformAgreed = REFORM_LABELS.includes(node.label)
      ? (outgoing.get(node.id) ?? [])
          .filter((e) => e.type === 'PART_OF')
          .flatMap((e) => {
            const parent = nodeById.get(e.target);
            const agreedOn = parent?.props.agreedOn;
            if (!parent || agreedOn === undefined) return [];
            return [start(agreedOn, 'agreed', propDocuments.get(parent.id)?.agreedOn)];
          })
      : [];
    const stated =
      own ?? earliest(reformAgreed) ?? effectiveStart(node) ?? earliest(established) ?? earliest(decided);
    const mentioned = STANDING_LABELS.includes(node.label) ? undefined : firstMention.get(node.id);
    starts.set(
      node.id,
      stated && (!mentioned || compareDates(stated.from, mentioned.from) <= 0) ? stated : mentioned,
    );
  }

  const ends = new Map<string, End | undefined>();
  for (const node of nodes) {
    const documentOf = (key: keyof NodeProps) => propDocuments.get(node.id)?.[key];
    const lastDay =
      node.label === 'Agreement' ? 'validTo' : node.label === 'Body' ? ('activeTo' as const) : undefined;
    const lastDayValue = lastDay === undefined ? undefined : node.props[lastDay];
    const own: End | undefined =
      lastDay === undefined || lastDayValue === undefined
        ? undefined
        : end(dayAfter(lastDayValue), 'ended', documentOf(lastDay));
    const superseded = (incoming.get(node.id) ?? [])
      .filter((e) => e.type === 'SUPERSEDES')
      .flatMap((e): End[] => {
        if (e.props.effective !== undefined) {
          return [end(e.props.effective, 'superseded', e.sources[0]?.documentId)];
        }
        const successor = starts.get(e.source);
        if (!successor || (successor.fromBasis !== 'in_force' && successor.fromBasis !== 'established'))
          return [];
        return [end(successor.from, 'superseded', successor.documentId)];
      });
    const firstSuperseded = superseded.sort((a, b) => compareDates(a.to, b.to))[0];
    ends.set(
      node.id,
      own && (!firstSuperseded || compareDates(own.to, firstSuperseded.to) <= 0) ? own : firstSuperseded,
    );
  }

  for (const node of nodes) {
    const validity = toValidity(starts.get(node.id), ends.get(node.id));
    if (validity) node.validity = validity;
    else delete node.validity;
  }

  for (const edge of edges) {
    const own = edgeOwnStart(edge) ?? firstMention.get(edge.id);
    const candidates = [own, starts.get(edge.source), starts.get(edge.target)].filter(
      (s): s is Start => s !== undefined,
    );
    const edgeStart = latest(candidates, own);
    const endCandidates = (edge.type === 'SUPERSEDES' ? [edge.source] : [edge.source, edge.target])
      .map((id) => ends.get(id))
      .filter((e): e is End => e !== undefined)
      .sort((a, b) => compareDates(a.to, b.to));
    const validity = toValidity(edgeStart, endCandidates[0]);
    if (validity) edge.validity = validity;
    else delete edge.validity;
  }
}

function edgeOwnStart(edge: GraphEdgeRecord): Start | undefined {
  const documentId = edge.sources[0]?.documentId;
  if (edge.type === 'SUPERSEDES' && edge.props.effective !== undefined)
    return start(edge.props.effective, 'in_force', documentId);
  if (edge.type === 'AWAITS' && edge.props.since !== undefined)
    return start(edge.props.since, 'established', documentId);
  if (edge.type === 'DECIDED_BY' && edge.props.date !== undefined)
    return start(edge.props.date, 'agreed', documentId);
  return undefined;
}

function toValidity(first: Start | undefined, last: End | undefined): Validity | undefined {
  if (!first && !last) return undefined;
  const validity: Validity = {};
  if (first) {
    validity.from = first.from;
    validity.fromBasis = first.fromBasis;
  }
  if (last) {
    validity.to = last.to;
    validity.toBasis = last.toBasis;
  }
  const documentId = first?.documentId ?? last?.documentId;
  if (documentId !== undefined) validity.documentId = documentId;
  return validity;
}

function start(from: PartialDate, fromBasis: ValidityFromBasis, documentId: string | undefined): Start {
  return documentId === undefined ? { from, fromBasis } : { from, fromBasis, documentId };
}

function end(to: PartialDate, toBasis: ValidityToBasis, documentId: string | undefined): End {
  return documentId === undefined ? { to, toBasis } : { to, toBasis, documentId };
}

function earliest(starts: readonly Start[]): Start | undefined {
  return [...starts].sort((a, b) => compareDates(a.from, b.from))[0];
}

/** The latest start; on a tie the relation's own evidence (`preferred`) names the basis. */
function latest(starts: readonly Start[], preferred: Start | undefined): Start | undefined {
  let best: Start | undefined;
  for (const start of starts) {
    const order = best === undefined ? 1 : compareDates(start.from, best.from);
    if (order > 0 || (order === 0 && start === preferred)) best = start;
  }
  return best;
}

function compareDates(a: PartialDate, b: PartialDate): number {
  const x = dateStart(a);
  const y = dateStart(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The first day after a stated last day: `2019-06-30` → `2019-07-01`, `2024` → `2025`. */
export function dayAfter(date: PartialDate): PartialDate {
  if (/^\d{4}$/.test(date)) return String(Number(date) + 1);
  if (/^\d{4}-\d{2}$/.test(date)) {
    const [year, month] = date.split('-').map(Number) as [number, number];
    return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
  }
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
