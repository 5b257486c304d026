/**
 * Domain records <-> the property maps stored in Neo4j (ADR 0002). Writing flattens node and
 * edge props into properties and keeps provenance as a JSON string; reading validates what comes
 * back with zod, so a hand-edited database fails loudly instead of leaking malformed records.
 */
import { z } from 'zod';
import {
  CONFIDENCES,
  dateStart,
  NODE_LABELS,
  OBSERVATION_KINDS,
  RELATION_TYPES,
  STATUS_CODES,
  type EdgeProps,
  type GraphEdgeRecord,
  type GraphNodeRecord,
  type NodeProps,
  type SourceDocumentRecord,
  type StatusCode,
  type StatusObservation,
  type Validity,
  VALIDITY_FROM_BASES,
  VALIDITY_TO_BASES,
} from '../../../schema/domain.js';
import { fold, foldedTokens } from '../../search/fold.js';
import { candidateText } from '../../search/search-text.js';
import type { EdgeLite } from '../graph-store.js';
import { statusSpans, type StatusSpan } from '../status-spans.js';
import { int } from './neo4j-session.js';
import { WRITE_PROPERTY_KEYS } from './neo4j-write-cypher.js';

/** A property value as the adapter stores it (after `toPlain` on the way back). */
export type StoredValue = string | number | boolean | string[];
export type StoredProperties = Record<string, StoredValue>;

const nodePropsSchema = z.object({
  validFrom: z.string().optional(),
  validTo: z.string().optional(),
  ownerBody: z.string().optional(),
  horizonRaw: z.string().optional(),
  horizonStart: z.string().optional(),
  horizonEnd: z.string().optional(),
  establishedOn: z.string().optional(),
  torStatus: z.string().optional(),
  activeFrom: z.string().optional(),
  activeTo: z.string().optional(),
  agreedOn: z.string().optional(),
  lawRef: z.string().optional(),
  effectiveFrom: z.string().optional(),
  level: z.enum(['municipal', 'regional']).optional(),
  note: z.string().optional(),
});

const edgePropsSchema = z.object({
  mode: z.enum(['blocking', 'adjust']).optional(),
  since: z.string().optional(),
  quote: z.string().optional(),
  dependencyKind: z.enum(['prerequisite', 'funding', 'legal']).optional(),
  effective: z.string().optional(),
  role: z.string().optional(),
  date: z.string().optional(),
  text: z.string().optional(),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/**
 * Compile-time proof that the schemas above name every prop the domain declares: a prop added
 * to `NodeProps` or `EdgeProps` without a column here fails the type check instead of being
 * dropped on the way through Neo4j.
 */
export type PropsSchemasCoverDomain = [
  Same<z.infer<typeof nodePropsSchema>, NodeProps>,
  Same<z.infer<typeof edgePropsSchema>, EdgeProps>,
] extends [true, true]
  ? true
  : never;
export const PROPS_SCHEMAS_COVER_DOMAIN: PropsSchemasCoverDomain = true;

export const NODE_PROP_KEYS: readonly string[] = Object.keys(nodePropsSchema.shape);
export const EDGE_PROP_KEYS: readonly string[] = Object.keys(edgePropsSchema.shape);

/** Node properties the adapter itself adds (not part of the record). */
const NODE_SYSTEM_KEYS = [
  'graph',
  'sourcesJson',
  'searchNames',
  'searchIdWords',
  'searchIdFolded',
  'searchText',
  'statusRevision',
  'version',
  'validityJson',
  'existsFrom',
  'existsTo',
  'validityDocumentId',
] as const;

/** Every property key a statement may read; the linter warns on any other. */
export const PROPERTY_KEYS: readonly string[] = [
  ...new Set([
    ...NODE_SYSTEM_KEYS,
    'id',
    'label',
    'kind',
    'nameDa',
    'nameEn',
    'aliases',
    ...NODE_PROP_KEYS,
    ...EDGE_PROP_KEYS,
    'code',
    'textDa',
    'date',
    'observedOn',
    'documentId',
    'seq',
    'currentUntil',
    'runStart',
    'prevRunStart',
    'neverCurrent',
    'file',
    'title',
    'asOf',
    'asOfConfidence',
    ...WRITE_PROPERTY_KEYS,
  ]),
];

const sourceRefSchema = z.object({
  documentId: z.string(),
  quote: z.string().optional(),
  confidence: z.enum(CONFIDENCES),
});
const sourcesJsonSchema = z.string().transform((text, ctx) => {
  const parsed = z.array(sourceRefSchema).safeParse(JSON.parse(text));
  if (!parsed.success) {
    ctx.addIssue({ code: 'custom', message: `sourcesJson: ${parsed.error.message}` });
    return z.NEVER;
  }
  return parsed.data;
});

const observationSchema = z.object({
  code: z.custom<StatusCode>((value) => typeof value === 'string' && Object.hasOwn(STATUS_CODES, value)),
  textDa: z.string(),
  date: z.string(),
  kind: z.enum(OBSERVATION_KINDS),
  documentId: z.string(),
  seq: z.number().int(),
});

const nodeRowSchema = z.object({
  id: z.string(),
  label: z.enum(NODE_LABELS),
  kind: z.string(),
  nameDa: z.string(),
  nameEn: z.string().optional(),
  aliases: z.array(z.string()),
  sourcesJson: sourcesJsonSchema,
});

const edgeRowSchema = z.object({
  edge: z.object({ id: z.string(), sourcesJson: sourcesJsonSchema }).and(edgePropsSchema),
  type: z.enum(RELATION_TYPES),
  source: z.string(),
  target: z.string(),
});

const documentSchema = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string(),
  asOf: z.string(),
  asOfConfidence: z.enum(CONFIDENCES),
});

/** Drops undefined values: Neo4j has no "absent" value, and `SET n = row` must not see nulls. */
function defined(entries: Record<string, StoredValue | undefined>): StoredProperties {
  const out: StoredProperties = {};
  for (const [key, value] of Object.entries(entries)) if (value !== undefined) out[key] = value;
  return out;
}

/** The folded text the search statements match: names and aliases, then the id's words. */
export function searchProperties(node: Pick<GraphNodeRecord, 'id' | 'nameDa' | 'nameEn' | 'aliases'>): {
  searchNames: string;
  searchIdWords: string;
  searchIdFolded: string;
} {
  return {
    searchNames: [node.nameDa, node.nameEn ?? '', ...node.aliases]
      .map((name) => foldedTokens(name).join(' '))
      .filter((words) => words !== '')
      .join(' '),
    searchIdWords: foldedTokens(node.id).join(' '),
    searchIdFolded: fold(node.id),
  };
}

export function nodeToProperties(graph: string, node: GraphNodeRecord): StoredProperties {
  return defined({
    ...node.props,
    graph,
    id: node.id,
    label: node.label,
    kind: node.kind,
    nameDa: node.nameDa,
    nameEn: node.nameEn,
    aliases: node.aliases,
    sourcesJson: JSON.stringify(node.sources),
    ...validityProperties(node.validity),
    ...searchProperties(node),
    searchText: candidateText(node),
  });
}

export function observationToProperties(graph: string, observation: StatusObservation): StoredProperties {
  return { ...observationWithoutSeq(graph, observation), seq: observation.seq };
}

/**
 * The status span of an observation as stored on it (`status-spans.ts`): a fact or decision
 * that was never current is marked so, which tells it from one written before spans existed.
 */
export function spanProperties(
  observation: StatusObservation,
  span: StatusSpan | undefined,
): StoredProperties {
  if (span) return { ...span };
  return observation.kind === 'fact' || observation.kind === 'decision' ? { neverCurrent: true } : {};
}

/** A node's observations as stored, each with its span; `seq` stays `observation.seq`. */
export function historyToProperties(
  graph: string,
  history: readonly StatusObservation[],
): StoredProperties[] {
  const spans = statusSpans(history);
  return history.map((o) => ({
    ...observationToProperties(graph, o),
    ...spanProperties(o, spans.get(o.seq)),
  }));
}

/** The rows `SET_STATUS_SPANS` takes for one node: every span property, null where absent. */
export function statusSpanRows(nodeId: string, history: readonly StatusObservation[]) {
  const spans = statusSpans(history);
  return history.map((o) => ({
    nodeId,
    seq: int(o.seq),
    currentUntil: null,
    runStart: null,
    prevRunStart: null,
    neverCurrent: null,
    ...spanProperties(o, spans.get(o.seq)),
  }));
}

/** An observation to append; `APPEND_OBSERVATION` sets `seq`. */
export function observationWithoutSeq(
  graph: string,
  observation: Omit<StatusObservation, 'seq'>,
): StoredProperties {
  return {
    graph,
    code: observation.code,
    textDa: observation.textDa,
    date: observation.date,
    observedOn: dateStart(observation.date),
    kind: observation.kind,
    documentId: observation.documentId,
  };
}

export function edgeToProperties(edge: GraphEdgeRecord): StoredProperties {
  return defined({
    ...edge.props,
    id: edge.id,
    sourcesJson: JSON.stringify(edge.sources),
    ...validityProperties(edge.validity),
  });
}

export function documentToProperties(graph: string, document: SourceDocumentRecord): StoredProperties {
  return { graph, ...document };
}

/** A `NODE_COLUMNS` row (`node`, `history`) as a record. */
export function nodeFromRow(row: { node: unknown; history: unknown }): GraphNodeRecord {
  const base = nodeRowSchema.parse(row.node);
  const props = nodePropsSchema.parse(row.node);
  const history = z.array(observationSchema).parse(row.history);
  const validity = validityOf(row.node);
  return {
    ...(validity ? { validity } : {}),
    id: base.id,
    label: base.label,
    kind: base.kind,
    nameDa: base.nameDa,
    ...(base.nameEn === undefined ? {} : { nameEn: base.nameEn }),
    aliases: base.aliases,
    props,
    sources: base.sourcesJson,
    statusHistory: history.map((o) => ({
      code: o.code,
      textDa: o.textDa,
      date: o.date,
      kind: o.kind,
      documentId: o.documentId,
      seq: o.seq,
    })),
  };
}

/** An observation map (`o {.code, .textDa, …}`) as a record; null stays undefined. */
export function observationFromMap(map: unknown): StatusObservation | undefined {
  if (map === null || map === undefined) return undefined;
  const o = observationSchema.parse(map);
  return { code: o.code, textDa: o.textDa, date: o.date, kind: o.kind, documentId: o.documentId, seq: o.seq };
}

/** An `EDGE_COLUMNS` row as a full edge record. */
export function edgeFromRow(row: unknown): GraphEdgeRecord {
  const parsed = edgeRowSchema.parse(row);
  const props = edgePropsSchema.parse(parsed.edge);
  // `parsed.edge` keeps only the keys its schema names: read validity from the row as stored.
  const validity = validityOf((row as { edge: unknown }).edge);
  return {
    ...(validity ? { validity } : {}),
    id: parsed.edge.id,
    type: parsed.type,
    source: parsed.source,
    target: parsed.target,
    props,
    sources: parsed.edge.sourcesJson,
  };
}

export function edgeLiteFromRow(row: unknown): EdgeLite {
  const edge = edgeFromRow(row);
  const lite: EdgeLite = {
    id: edge.id,
    type: edge.type,
    source: edge.source,
    target: edge.target,
    props: edge.props,
  };
  if (edge.validity) lite.validity = edge.validity;
  return lite;
}

const validitySchema = z.object({
  from: z.string().optional(),
  fromBasis: z.enum(VALIDITY_FROM_BASES).optional(),
  to: z.string().optional(),
  toBasis: z.enum(VALIDITY_TO_BASES).optional(),
  documentId: z.string().optional(),
});

/**
 * How validity is stored, on nodes and relationships alike: the record as JSON (what export
 * gives back), its first day and exclusive end as ISO dates (what `asOf` and `changes`
 * compare), and the document it cites (what `changes` returns). A writer that changes validity
 * (retire) must set all four.
 */
export function validityProperties(validity: Validity | undefined): Record<string, string | undefined> {
  if (validity === undefined) return {};
  return {
    validityJson: JSON.stringify(validity),
    existsFrom: validity.from === undefined ? undefined : dateStart(validity.from),
    existsTo: validity.to === undefined ? undefined : dateStart(validity.to),
    validityDocumentId: validity.documentId,
  };
}

/** The `validityJson` property of a node or relationship map, when it has one. */
function validityOf(map: unknown): Validity | undefined {
  const text = z.object({ validityJson: z.string().optional() }).parse(map).validityJson;
  if (text === undefined) return undefined;
  const parsed = validitySchema.parse(JSON.parse(text));
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined)) as Validity;
}

/** A path element of `shortestPaths` (`r {.*, type, source, target}`) as an edge. */
export function pathEdgeFromMap(map: unknown): EdgeLite {
  const parsed = z.object({ type: z.unknown(), source: z.unknown(), target: z.unknown() }).loose().parse(map);
  return edgeLiteFromRow({ edge: map, type: parsed.type, source: parsed.source, target: parsed.target });
}

const traversalEdgeSchema = z.object({
  id: z.string(),
  type: z.enum(RELATION_TYPES),
  source: z.string(),
  target: z.string(),
});

/**
 * A traversal edge (`TRAVERSAL_EDGE` in cypher.ts: id, type, ends and each prop by name) as an
 * edge. A prop the relationship lacks comes back null and is left out, as `EdgeProps` has it.
 */
export function traversalEdgeFromMap(map: unknown): EdgeLite {
  const edge = traversalEdgeSchema.parse(map);
  const present: Record<string, unknown> = {};
  for (const key of EDGE_PROP_KEYS) {
    const value = (map as Record<string, unknown>)[key];
    if (value !== null && value !== undefined) present[key] = value;
  }
  return {
    id: edge.id,
    type: edge.type,
    source: edge.source,
    target: edge.target,
    props: edgePropsSchema.parse(present),
  };
}

export function documentFromRow(row: unknown): SourceDocumentRecord {
  const d = documentSchema.parse(row);
  return { id: d.id, file: d.file, title: d.title, asOf: d.asOf, asOfConfidence: d.asOfConfidence };
}
