/**
 * The canonical JSON form of a `GraphDocument`: what `--export --format json` writes and
 * `--import` reads. Canonical means byte-stable: fixed key order, arrays sorted (by id; sources by
 * document then quote; observations by date then seq), 2-space indent, trailing newline, so
 * export → import → export is byte-identical and diffs of two exports are meaningful.
 */
import { z } from 'zod';
import {
  CONFIDENCES,
  NODE_LABELS,
  OBSERVATION_KINDS,
  PARTIAL_DATE_PATTERN,
  RELATION_TYPES,
  STATUS_CODE_LIST,
  dateStart,
  type EdgeProps,
  type GraphDocument,
  type GraphEdgeRecord,
  type GraphNodeRecord,
  NODE_PROP_KEYS,
  type SourceDocumentRecord,
  type SourceRef,
  type StatusObservation,
  type Validity,
  VALIDITY_FROM_BASES,
  VALIDITY_TO_BASES,
} from '../../schema/domain.js';
import { AUDIT_ACTOR_KINDS, type AuditEntry, type AuditSnapshot } from '../../schema/audit.js';
import { canonicalizeGraphDocument } from '../../schema/graph-document.js';
import { SeedValidationError } from '../seed-errors.js';

const EDGE_PROP_KEYS = [
  'mode',
  'since',
  'quote',
  'dependencyKind',
  'effective',
  'role',
  'date',
  'text',
] as const satisfies readonly (keyof EdgeProps)[];

/** Copies `obj` with only `keys`, in that order, leaving out absent ones. */
function pick<T extends object>(obj: T, keys: readonly (keyof T)[]): T {
  const out = {} as T;
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
  return out;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function canonicalSources(sources: readonly SourceRef[]): SourceRef[] {
  return sources
    .map((s) => pick(s, ['documentId', 'quote', 'confidence']))
    .sort(
      (a, b) =>
        cmp(a.documentId, b.documentId) ||
        cmp(a.quote ?? '', b.quote ?? '') ||
        cmp(a.confidence, b.confidence),
    );
}

const VALIDITY_KEYS = [
  'from',
  'fromBasis',
  'to',
  'toBasis',
  'documentId',
] as const satisfies readonly (keyof Validity)[];

/** Validity in canonical key order; absent when the record has none. */
function canonicalValidity(validity: Validity | undefined): { validity?: Validity } {
  return validity ? { validity: pick(validity, VALIDITY_KEYS) } : {};
}

function canonicalNode(n: GraphNodeRecord): GraphNodeRecord {
  return {
    ...pick(n, ['id', 'label', 'kind', 'nameDa', 'nameEn']),
    aliases: [...n.aliases],
    props: pick(n.props, NODE_PROP_KEYS),
    sources: canonicalSources(n.sources),
    statusHistory: n.statusHistory
      .map((o) => pick(o, ['code', 'textDa', 'date', 'kind', 'documentId', 'seq']))
      .sort((a, b) => cmp(dateStart(a.date), dateStart(b.date)) || a.seq - b.seq),
    ...canonicalValidity(n.validity),
  } as GraphNodeRecord;
}

function canonicalEdge(e: GraphEdgeRecord): GraphEdgeRecord {
  return {
    ...pick(e, ['id', 'type', 'source', 'target']),
    props: pick(e.props, EDGE_PROP_KEYS),
    sources: canonicalSources(e.sources),
    ...canonicalValidity(e.validity),
  } as GraphEdgeRecord;
}

/**
 * An audit entry in canonical form: fixed key order, its snapshots' records canonical too, so
 * a version-2 export → import → export is byte-identical like version 1.
 */
function canonicalEntry(entry: AuditEntry): AuditEntry {
  const snapshot = (s: AuditSnapshot): AuditSnapshot => ({
    nodes: s.nodes.map((n) => ({ record: canonicalNode(n.record), version: n.version })),
    edges: s.edges.map((e) => ({ record: canonicalEdge(e.record), version: e.version })),
    documents: s.documents.map(canonicalDocument),
  });
  return {
    id: entry.id,
    seq: entry.seq,
    at: entry.at,
    actor: pick(entry.actor, ['kind', 'id', 'name']),
    mutation: entry.mutation,
    nodeIds: [...entry.nodeIds],
    edgeIds: [...entry.edgeIds],
    documentIds: [...entry.documentIds],
    before: snapshot(entry.before),
    after: snapshot(entry.after),
    ...(entry.reason === undefined ? {} : { reason: entry.reason }),
    ...(entry.revertOf === undefined ? {} : { revertOf: entry.revertOf }),
    ...(entry.idempotencyKey === undefined ? {} : { idempotencyKey: entry.idempotencyKey }),
  };
}

function canonicalDocument(d: SourceDocumentRecord): SourceDocumentRecord {
  return pick(d, ['id', 'file', 'title', 'asOf', 'asOfConfidence']);
}

/**
 * The document in canonical form (a copy; the input is not changed). Version 2 (record
 * versions and the audit trail) only when there is an edit history; otherwise version 1.
 */
export function canonicalGraphDocument(doc: GraphDocument): GraphDocument {
  const sorted = canonicalizeGraphDocument(doc);
  const graph: GraphDocument = {
    format: 'aftalegraf-graph',
    version: sorted.version,
    documents: sorted.documents.map(canonicalDocument),
    nodes: sorted.nodes.map(canonicalNode),
    edges: sorted.edges.map(canonicalEdge),
  };
  if (sorted.version === 1) return graph;
  return {
    ...graph,
    recordVersions: sorted.recordVersions ?? { nodes: {}, edges: {} },
    audit: (sorted.audit ?? []).map(canonicalEntry),
  };
}

export function serializeGraphDocument(doc: GraphDocument): string {
  return `${JSON.stringify(canonicalGraphDocument(doc), null, 2)}\n`;
}

const partialDate = z.string().regex(PARTIAL_DATE_PATTERN, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
const sourceRef = z.strictObject({
  documentId: z.string().min(1),
  quote: z.string().optional(),
  confidence: z.enum(CONFIDENCES),
});

const validitySchema = z.strictObject({
  from: partialDate.optional(),
  fromBasis: z.enum(VALIDITY_FROM_BASES).optional(),
  to: partialDate.optional(),
  toBasis: z.enum(VALIDITY_TO_BASES).optional(),
  documentId: z.string().min(1).optional(),
});

const documentSchema = z.strictObject({
  id: z.string().min(1),
  file: z.string(),
  title: z.string(),
  asOf: partialDate,
  asOfConfidence: z.enum(CONFIDENCES),
});

const nodeSchema = z.strictObject({
  id: z.string().min(1),
  label: z.enum(NODE_LABELS),
  kind: z.string(),
  nameDa: z.string(),
  nameEn: z.string().optional(),
  aliases: z.array(z.string()),
  props: z.strictObject({
    validFrom: partialDate.optional(),
    validTo: partialDate.optional(),
    ownerBody: z.string().optional(),
    horizonRaw: z.string().optional(),
    horizonStart: isoDate.optional(),
    horizonEnd: isoDate.optional(),
    establishedOn: partialDate.optional(),
    torStatus: z.string().optional(),
    activeFrom: partialDate.optional(),
    activeTo: partialDate.optional(),
    agreedOn: partialDate.optional(),
    lawRef: z.string().optional(),
    effectiveFrom: partialDate.optional(),
    level: z.enum(['municipal', 'regional']).optional(),
    note: z.string().optional(),
  }),
  sources: z.array(sourceRef),
  statusHistory: z.array(
    z.strictObject({
      code: z.enum(STATUS_CODE_LIST as [string, ...string[]], { error: 'unknown status code' }),
      textDa: z.string(),
      date: partialDate,
      kind: z.enum(OBSERVATION_KINDS),
      documentId: z.string().min(1),
      seq: z.number().int().nonnegative(),
    }),
  ),
  validity: validitySchema.optional(),
});

const edgeSchema = z.strictObject({
  id: z.string().min(1),
  type: z.enum(RELATION_TYPES),
  source: z.string().min(1),
  target: z.string().min(1),
  props: z.strictObject({
    mode: z.enum(['blocking', 'adjust']).optional(),
    since: partialDate.optional(),
    quote: z.string().optional(),
    dependencyKind: z.enum(['prerequisite', 'funding', 'legal']).optional(),
    effective: partialDate.optional(),
    role: z.string().optional(),
    date: partialDate.optional(),
    text: z.string().optional(),
  }),
  sources: z.array(sourceRef),
  validity: validitySchema.optional(),
});

const snapshotSchema = z.strictObject({
  nodes: z.array(z.strictObject({ record: nodeSchema, version: z.number().int().positive() })),
  edges: z.array(z.strictObject({ record: edgeSchema, version: z.number().int().positive() })),
  documents: z.array(documentSchema),
});

const auditEntrySchema = z.strictObject({
  id: z.string().min(1),
  seq: z.number().int().positive(),
  at: z.iso.datetime(),
  actor: z.strictObject({ kind: z.enum(AUDIT_ACTOR_KINDS), id: z.string(), name: z.string() }),
  mutation: z.string().min(1),
  nodeIds: z.array(z.string()),
  edgeIds: z.array(z.string()),
  documentIds: z.array(z.string()),
  before: snapshotSchema,
  after: snapshotSchema,
  reason: z.string().optional(),
  revertOf: z.string().optional(),
  idempotencyKey: z.string().optional(),
});

const graphFields = {
  format: z.literal('aftalegraf-graph'),
  documents: z.array(documentSchema),
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
};

/**
 * zod schema of a `GraphDocument` as JSON carries it: version 1 (the graph), or version 2 (also
 * record versions and the audit trail). Files of either version are read.
 */
export const graphDocumentSchema = z.discriminatedUnion('version', [
  z.strictObject({ ...graphFields, version: z.literal(1) }),
  z.strictObject({
    ...graphFields,
    version: z.literal(2),
    recordVersions: z.strictObject({
      nodes: z.record(z.string(), z.number().int().positive()),
      edges: z.record(z.string(), z.number().int().positive()),
    }),
    audit: z.array(auditEntrySchema),
  }),
]);

/**
 * Parses and validates exported JSON. Every problem is collected into one `SeedValidationError`
 * naming `file`, the entity id and the field: schema violations, duplicate ids, edge ids that do
 * not match their endpoints, missing endpoints and unknown document ids.
 */
export function parseGraphDocument(text: string, file = '<graph>'): GraphDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw SeedValidationError.of([
      new SeedValidationError(file, '', '', `invalid JSON: ${(e as Error).message}`),
    ]);
  }
  const result = graphDocumentSchema.safeParse(raw);
  if (!result.success) {
    throw SeedValidationError.of(
      result.error.issues.map((issue) => {
        const [section, index, ...rest] = issue.path;
        const item =
          typeof section === 'string' && typeof index === 'number'
            ? ((raw as Record<string, { id?: unknown }[]>)[section]?.[index] ?? undefined)
            : undefined;
        const entityId =
          item && typeof item.id === 'string'
            ? item.id
            : section === undefined
              ? ''
              : `${String(section)}[${String(index)}]`;
        const field = (item ? rest : issue.path)
          .map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`))
          .join('')
          .replace(/^\./, '');
        return new SeedValidationError(file, entityId, field, issue.message);
      }),
    );
  }
  const doc = result.data as GraphDocument;
  const errors: SeedValidationError[] = [];
  const docIds = new Set<string>();
  for (const d of doc.documents) {
    if (docIds.has(d.id)) errors.push(new SeedValidationError(file, d.id, 'id', 'duplicate document id'));
    docIds.add(d.id);
  }
  const nodeIds = new Set<string>();
  const checkSources = (id: string, sources: readonly SourceRef[]) =>
    sources.forEach((s, i) => {
      if (!docIds.has(s.documentId)) {
        errors.push(
          new SeedValidationError(
            file,
            id,
            `sources[${i}].documentId`,
            `unknown document id ${s.documentId}`,
          ),
        );
      }
    });
  for (const n of doc.nodes) {
    if (nodeIds.has(n.id)) errors.push(new SeedValidationError(file, n.id, 'id', 'duplicate node id'));
    nodeIds.add(n.id);
    checkSources(n.id, n.sources);
    n.statusHistory.forEach((o: StatusObservation, i) => {
      if (!docIds.has(o.documentId)) {
        errors.push(
          new SeedValidationError(
            file,
            n.id,
            `statusHistory[${i}].documentId`,
            `unknown document id ${o.documentId}`,
          ),
        );
      }
    });
  }
  const edgeIds = new Set<string>();
  for (const e of doc.edges) {
    if (edgeIds.has(e.id)) errors.push(new SeedValidationError(file, e.id, 'id', 'duplicate edge id'));
    edgeIds.add(e.id);
    if (e.id !== `${e.source}|${e.type}|${e.target}`) {
      errors.push(new SeedValidationError(file, e.id, 'id', `must be ${e.source}|${e.type}|${e.target}`));
    }
    if (!nodeIds.has(e.source))
      errors.push(new SeedValidationError(file, e.id, 'source', `edge endpoint ${e.source} does not exist`));
    if (!nodeIds.has(e.target))
      errors.push(new SeedValidationError(file, e.id, 'target', `edge endpoint ${e.target} does not exist`));
    checkSources(e.id, e.sources);
  }
  if (errors.length > 0) throw SeedValidationError.of(errors);
  return canonicalGraphDocument(doc);
}
