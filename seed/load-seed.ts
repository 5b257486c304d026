/**
 * Loads the seed dataset (`seed/data/*.json`) into one `GraphDocument` ready for a store's
 * `replaceAll`: validates every file, merges each node's definition with its mentions in other
 * files, parses horizons, numbers status observations, derives edge ids and sorts everything.
 *
 * Every problem of a load is collected and thrown together as one `SeedValidationError` (its
 * `errors` lists them all); a load never returns half a graph.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  dateStart,
  edgeId,
  type EdgeProps,
  type GraphDocument,
  type GraphEdgeRecord,
  type GraphNodeRecord,
  type NodeLabel,
  type NodeProps,
  type RelationType,
  type SourceDocumentRecord,
  type SourceRef,
  type StatusCode,
  type StatusObservation,
} from '../schema/domain.js';
import { parseHorizon } from './horizon.js';
import { deriveValidity } from './validity.js';
import { SeedValidationError } from './seed-errors.js';
import {
  seedFileSchema,
  type SeedEdgeEntry,
  type SeedFile,
  type SeedNodeEntry,
  type SeedSourceEntry,
  type SeedStatusEntry,
} from './seed-file.js';

export const DEFAULT_SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');

const COMMON_PROPS = ['note'] as const;
const REFORM_PROPS = ['agreedOn', 'lawRef', 'effectiveFrom', ...COMMON_PROPS] as const;
const HORIZON_PROPS = ['horizonRaw', 'horizonStart', 'horizonEnd'] as const;

/**
 * Which props each label may carry (domain.md §2). Two widenings of the spec's table: an `Agreement` may carry a horizon (001 gives a "Tid" for agreements as for
 * initiatives), and a `RegionalScheme` carries the dates a reform element does (`reg-72t`).
 */
export const LABEL_PROPS: Record<NodeLabel, readonly (keyof NodeProps)[]> = {
  Agreement: ['validFrom', 'validTo', 'ownerBody', ...HORIZON_PROPS, ...COMMON_PROPS],
  Initiative: [...HORIZON_PROPS, ...COMMON_PROPS],
  WorkingGroup: ['establishedOn', 'torStatus', ...COMMON_PROPS],
  Body: ['activeFrom', 'activeTo', ...COMMON_PROPS],
  NationalReform: REFORM_PROPS,
  ReformElement: REFORM_PROPS,
  NationalPlan: REFORM_PROPS,
  RegionalScheme: REFORM_PROPS,
  Task: ['level', ...COMMON_PROPS],
  Vision: COMMON_PROPS,
  FocusArea: COMMON_PROPS,
  Goal: COMMON_PROPS,
  Organisation: COMMON_PROPS,
  Cluster: COMMON_PROPS,
  Municipality: COMMON_PROPS,
  Hospital: COMMON_PROPS,
  Region: COMMON_PROPS,
  Plan: COMMON_PROPS,
  WorkPlan: COMMON_PROPS,
  Artifact: COMMON_PROPS,
  SourceDocument: COMMON_PROPS,
};

/** Edge types whose target must have a given label. */
const TARGET_LABEL: Partial<Record<RelationType, NodeLabel>> = {
  CONCERNS: 'Task',
  PRIORITIZED_IN: 'WorkPlan',
  MENTIONED_IN: 'SourceDocument',
};

interface ParsedFile {
  file: string;
  data: SeedFile;
  defaultDocumentId: string | undefined;
}

interface NodeDraft {
  file: string;
  record: GraphNodeRecord;
  /** Observations in file order, before seq and sorting. */
  observations: Omit<StatusObservation, 'seq'>[];
}

/** Reads, validates and merges every `*.json` in `dir` (default `seed/data`). */
export function loadSeed(dir: string = DEFAULT_SEED_DIR): GraphDocument {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
  return buildGraphDocument(files);
}

/** The pure part of `loadSeed`: file names and their text in, one graph out. */
export function buildGraphDocument(files: readonly { file: string; text: string }[]): GraphDocument {
  const errors: SeedValidationError[] = [];
  const fail = (file: string, entityId: string, field: string, reason: string) =>
    errors.push(new SeedValidationError(file, entityId, field, reason));

  const parsed: ParsedFile[] = [];
  for (const { file, text } of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      fail(basename(file), '', '', `invalid JSON: ${(e as Error).message}`);
      continue;
    }
    const result = seedFileSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const [, entityId, field] = locateIssue(raw, issue.path);
        fail(basename(file), entityId, field, issue.message);
      }
      continue;
    }
    const docs = result.data.documents ?? [];
    parsed.push({
      file: basename(file),
      data: result.data,
      defaultDocumentId: docs.length === 1 ? docs[0]?.id : undefined,
    });
  }

  // Documents first: everything else cites them.
  const documents = new Map<string, SourceDocumentRecord>();
  for (const { file, data } of parsed) {
    for (const doc of data.documents ?? []) {
      if (documents.has(doc.id)) fail(file, doc.id, 'id', 'document declared twice');
      else documents.set(doc.id, { ...doc });
    }
  }

  const resolveDoc = (p: ParsedFile, entityId: string, field: string, documentId: string | undefined) => {
    const docId = documentId ?? p.defaultDocumentId;
    if (docId === undefined) {
      fail(
        p.file,
        entityId,
        field,
        'documentId is required in a file that does not declare exactly one document',
      );
      return undefined;
    }
    if (!documents.has(docId)) {
      fail(p.file, entityId, field, `unknown document id ${docId}`);
      return undefined;
    }
    return docId;
  };
  const resolveSources = (p: ParsedFile, entityId: string, sources: readonly SeedSourceEntry[]) => {
    const out: SourceRef[] = [];
    sources.forEach((s, i) => {
      const documentId = resolveDoc(p, entityId, `sources[${i}].documentId`, s.documentId);
      if (documentId === undefined) return;
      out.push(
        s.quote === undefined
          ? { documentId, confidence: s.confidence }
          : { documentId, quote: s.quote, confidence: s.confidence },
      );
    });
    return out;
  };
  const resolveStatus = (p: ParsedFile, entityId: string, status: readonly SeedStatusEntry[]) => {
    const out: Omit<StatusObservation, 'seq'>[] = [];
    status.forEach((s, i) => {
      const documentId = resolveDoc(p, entityId, `status[${i}].documentId`, s.documentId);
      if (documentId === undefined) return;
      if (s.textDa.trim() === '' && s.code !== 'UNKNOWN') {
        fail(p.file, entityId, `status[${i}].textDa`, 'must not be empty unless the code is UNKNOWN');
        return;
      }
      const date = s.date ?? (documents.get(documentId) as SourceDocumentRecord).asOf;
      out.push({ code: s.code as StatusCode, textDa: s.textDa, date, kind: s.kind, documentId });
    });
    return out;
  };

  // Definitions, then mentions (a mention may come before its definition in file order).
  const drafts = new Map<string, NodeDraft>();
  /** Which document set each node prop: the first source of the entry that set it. */
  const propDocuments = new Map<string, Partial<Record<keyof NodeProps, string>>>();
  const notePropDocuments = (nodeId: string, props: object | undefined, sources: readonly SourceRef[]) => {
    const documentId = sources[0]?.documentId;
    if (props === undefined || documentId === undefined) return;
    const known = propDocuments.get(nodeId) ?? {};
    for (const key of Object.keys(props) as (keyof NodeProps)[]) known[key] ??= documentId;
    propDocuments.set(nodeId, known);
  };
  const mentions: { p: ParsedFile; entry: SeedNodeEntry; index: number }[] = [];
  for (const p of parsed) {
    (p.data.nodes ?? []).forEach((entry, index) => {
      if (entry.label === undefined) {
        mentions.push({ p, entry, index });
        return;
      }
      const existing = drafts.get(entry.id);
      if (existing) {
        fail(p.file, entry.id, 'label', `node defined twice (also in ${existing.file})`);
        return;
      }
      if (entry.kind === undefined) fail(p.file, entry.id, 'kind', 'a definition needs a kind');
      if (entry.nameDa === undefined) fail(p.file, entry.id, 'nameDa', 'a definition needs nameDa');
      if (documents.has(entry.id)) fail(p.file, entry.id, 'id', 'id is already a document id');
      const record: GraphNodeRecord = {
        id: entry.id,
        label: entry.label,
        kind: entry.kind ?? '',
        nameDa: entry.nameDa ?? '',
        ...(entry.nameEn === undefined ? {} : { nameEn: entry.nameEn }),
        aliases: [...(entry.aliases ?? [])],
        props: { ...(entry.props ?? {}) },
        sources: resolveSources(p, entry.id, entry.sources),
        statusHistory: [],
      };
      notePropDocuments(entry.id, entry.props, record.sources);
      drafts.set(entry.id, {
        file: p.file,
        record,
        observations: resolveStatus(p, entry.id, entry.status ?? []),
      });
    });
  }
  for (const { p, entry } of mentions) {
    const draft = drafts.get(entry.id);
    if (!draft) {
      fail(p.file, entry.id, 'id', 'mention of a node that is not defined in any file');
      continue;
    }
    for (const key of ['kind', 'nameDa', 'nameEn'] as const) {
      if (entry[key] !== undefined)
        fail(p.file, entry.id, key, 'only the definition (the entry with a label) sets this');
    }
    draft.record.aliases.push(...(entry.aliases ?? []));
    const mentionSources = resolveSources(p, entry.id, entry.sources);
    draft.record.sources.push(...mentionSources);
    notePropDocuments(entry.id, entry.props, mentionSources);
    draft.observations.push(...resolveStatus(p, entry.id, entry.status ?? []));
    for (const [key, value] of Object.entries(entry.props ?? {}) as [keyof NodeProps, string][]) {
      const current = draft.record.props[key];
      if (current !== undefined && current !== value) {
        fail(p.file, entry.id, `props.${key}`, `conflicts with ${JSON.stringify(current)} in ${draft.file}`);
      } else {
        (draft.record.props as Record<string, string>)[key] = value;
      }
    }
  }

  // Label/property fit, horizons, status order.
  for (const draft of drafts.values()) {
    const { record } = draft;
    const allowed = LABEL_PROPS[record.label];
    for (const key of Object.keys(record.props) as (keyof NodeProps)[]) {
      if (!allowed.includes(key))
        fail(draft.file, record.id, `props.${key}`, `not a property of ${record.label}`);
    }
    if (record.props.horizonRaw !== undefined) {
      const range = parseHorizon(record.props.horizonRaw);
      if (range) {
        record.props.horizonStart = range.start;
        record.props.horizonEnd = range.end;
      } else {
        fail(
          draft.file,
          record.id,
          'props.horizonRaw',
          `cannot parse horizon ${JSON.stringify(record.props.horizonRaw)}`,
        );
      }
    }
    if (record.props.ownerBody !== undefined && !drafts.has(record.props.ownerBody)) {
      fail(draft.file, record.id, 'props.ownerBody', `unknown node ${record.props.ownerBody}`);
    }
    record.aliases = [...new Set(record.aliases)];
    record.sources = sortSources(record.sources);
    record.statusHistory = numberObservations(draft.observations);
  }

  // Every document is also a node, so MENTIONED_IN has a target and provenance can be walked.
  for (const doc of documents.values()) {
    drafts.set(doc.id, {
      file: '',
      observations: [],
      record: {
        id: doc.id,
        label: 'SourceDocument',
        kind: /^\d{3}_/.test(doc.file) ? 'seed' : 'public',
        nameDa: doc.title,
        aliases: [],
        props: { note: doc.file },
        sources: [{ documentId: doc.id, confidence: doc.asOfConfidence }],
        statusHistory: [],
      },
    });
  }

  const edges = new Map<string, GraphEdgeRecord & { file: string }>();
  for (const p of parsed) {
    (p.data.edges ?? []).forEach((entry: SeedEdgeEntry) => {
      // COUPLED_WITH is undirected: one edge per pair, endpoints in id order.
      const [source, target] =
        entry.type === 'COUPLED_WITH' && entry.target < entry.source
          ? [entry.target, entry.source]
          : [entry.source, entry.target];
      const id = edgeId(source, entry.type, target);
      let ok = true;
      for (const [field, end] of [
        ['source', source],
        ['target', target],
      ] as const) {
        if (!drafts.has(end)) {
          fail(p.file, id, field, `edge endpoint ${end} does not exist`);
          ok = false;
        }
      }
      if (source === target) {
        fail(p.file, id, 'target', 'an edge may not point at its own source');
        ok = false;
      }
      const wanted = TARGET_LABEL[entry.type];
      const targetLabel = drafts.get(target)?.record.label;
      if (ok && wanted && targetLabel !== wanted) {
        fail(p.file, id, 'target', `${entry.type} must point at a ${wanted}, not a ${targetLabel}`);
        ok = false;
      }
      const sources = resolveSources(p, id, entry.sources);
      if (!ok) return;
      const props: EdgeProps = { ...(entry.props ?? {}) };
      const existing = edges.get(id);
      if (!existing) {
        edges.set(id, { file: p.file, id, type: entry.type, source, target, props, sources });
        return;
      }
      for (const [key, value] of Object.entries(props) as [keyof EdgeProps, string][]) {
        const current = existing.props[key];
        if (current !== undefined && current !== value) {
          fail(p.file, id, `props.${key}`, `conflicts with ${JSON.stringify(current)} in ${existing.file}`);
        } else {
          (existing.props as Record<string, string>)[key] = value;
        }
      }
      existing.sources.push(...sources);
    });
  }

  if (errors.length > 0) throw SeedValidationError.of(errors);

  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const graph: GraphDocument = {
    format: 'aftalegraf-graph',
    version: 1,
    documents: [...documents.values()].sort(byId),
    nodes: [...drafts.values()].map((d) => d.record).sort(byId),
    edges: [...edges.values()]
      .map(({ file: _file, ...edge }) => ({ ...edge, sources: sortSources(edge.sources) }))
      .sort(byId),
  };
  deriveValidity(graph.documents, graph.nodes, graph.edges, propDocuments);
  return graph;
}

/** Sources sorted by document then quote, exact duplicates dropped. */
export function sortSources(sources: readonly SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  const out: SourceRef[] = [];
  for (const s of sources) {
    const key = `${s.documentId}\u0000${s.quote ?? ''}\u0000${s.confidence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out.sort(
    (a, b) =>
      cmp(a.documentId, b.documentId) || cmp(a.quote ?? '', b.quote ?? '') || cmp(a.confidence, b.confidence),
  );
}

/**
 * `seq` is the observation's place in the node's history: sorted by the date's first day, and
 * statements with the same date in the order the files state them (files are read in name
 * order). It is unique per node, which the stores rely on, and later writes append after it.
 */
function numberObservations(observations: readonly Omit<StatusObservation, 'seq'>[]): StatusObservation[] {
  return observations
    .map((o, fileOrder) => ({ o, fileOrder }))
    .sort((a, b) => cmp(dateStart(a.o.date), dateStart(b.o.date)) || a.fileOrder - b.fileOrder)
    .map(({ o }, seq) => ({ ...o, seq }));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** For a zod issue path: the file-level part, the entity id it sits in, and the field inside it. */
function locateIssue(raw: unknown, path: readonly PropertyKey[]): [string, string, string] {
  const [section, index, ...rest] = path;
  const field = rest
    .map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`))
    .join('')
    .replace(/^\./, '');
  if (typeof section === 'string' && typeof index === 'number' && raw && typeof raw === 'object') {
    const item = (raw as Record<string, unknown[]>)[section]?.[index] as Record<string, unknown> | undefined;
    let entityId = `${section}[${index}]`;
    if (item && typeof item === 'object') {
      if (typeof item.id === 'string') entityId = item.id;
      else if (
        typeof item.source === 'string' &&
        typeof item.type === 'string' &&
        typeof item.target === 'string'
      ) {
        entityId = `${item.source}|${item.type}|${item.target}`;
      }
    }
    return [String(section), entityId, field];
  }
  return ['', '', path.map(String).join('.')];
}
