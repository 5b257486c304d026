/**
 * The reads an edit is based on: a record at the version it is at (refused when the caller's
 * expected version is stale), the nodes and documents an input names (refused when unknown),
 * and a fresh id for a new node. Each refusal names the input field it is about.
 */
import { randomUUID } from 'node:crypto';
import type {
  GraphEdgeRecord,
  GraphNodeRecord,
  NodeLabel,
  SourceDocumentRecord,
} from '../../../schema/domain.js';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.js';
import { fold } from '../../search/fold.js';
import type { GraphStore } from '../../store/graph-store.js';

/**
 * A record and the version it is at, read consistently: the version is read before and after
 * the record, and the pair is kept only when both agree (every write raises it), so a write
 * committing in between can never pair an old record with a new version.
 */
export async function versioned<K extends 'node' | 'edge'>(
  store: GraphStore,
  kind: K,
  id: string,
): Promise<{
  record: (K extends 'node' ? GraphNodeRecord : GraphEdgeRecord) | undefined;
  version: number | undefined;
}> {
  const versionOf = async (): Promise<number | undefined> => {
    const versions = await store.getVersions(kind === 'node' ? [id] : [], kind === 'edge' ? [id] : []);
    return (kind === 'node' ? versions.nodes : versions.edges).get(id);
  };
  for (;;) {
    const before = await versionOf();
    const record =
      kind === 'node' ? (await store.getNodes([id])).get(id) : (await store.getEdgesById([id])).get(id);
    const after = await versionOf();
    if (before === after) {
      return {
        record: record as (K extends 'node' ? GraphNodeRecord : GraphEdgeRecord) | undefined,
        version: after,
      };
    }
  }
}

export async function currentNode(
  store: GraphStore,
  id: string,
  field: string,
  expectedVersion: number | undefined,
): Promise<{ record: GraphNodeRecord; version: number }> {
  const { record, version } = await versioned(store, 'node', id);
  if (!record || version === undefined)
    throw new ValidationError(field, `ukendt node / unknown node '${id}'`);
  if (expectedVersion !== undefined && expectedVersion !== version) {
    throw new ConflictError('Node', id, staleReason(expectedVersion, version), { version, record });
  }
  return { record, version };
}

export async function currentEdge(
  store: GraphStore,
  id: string,
  expectedVersion: number,
): Promise<{ record: GraphEdgeRecord; version: number }> {
  const { record, version } = await versioned(store, 'edge', id);
  if (!record || version === undefined)
    throw new ValidationError('edgeId', `ukendt relation / unknown relation '${id}'`);
  if (expectedVersion !== version) {
    throw new ConflictError('Edge', id, staleReason(expectedVersion, version), { version, record });
  }
  if (record.validity?.to !== undefined) {
    throw new ValidationError(
      'edgeId',
      `relationen er allerede afsluttet / the relation has already ended (${record.validity.to})`,
    );
  }
  return { record, version };
}

export async function edgeVersion(store: GraphStore, id: string): Promise<number> {
  const version = (await store.getVersions([], [id])).edges.get(id);
  if (version === undefined) throw new NotFoundError('Edge', id);
  return version;
}

export async function requireNode(store: GraphStore, id: string, field: string): Promise<GraphNodeRecord> {
  const record = (await store.getNodes([id])).get(id);
  if (!record) throw new ValidationError(field, `ukendt node / unknown node '${id}'`);
  return record;
}

export async function requireDocument(
  store: GraphStore,
  id: string,
  field: string,
): Promise<SourceDocumentRecord> {
  const document = (await store.getDocuments()).find((d) => d.id === id);
  if (!document) throw new ValidationError(field, `ukendt kildedokument / unknown source document '${id}'`);
  return document;
}

export async function requireDocuments(
  store: GraphStore,
  ids: readonly string[],
  field: string,
): Promise<void> {
  const known = new Set((await store.getDocuments()).map((d) => d.id));
  ids.forEach((id, i) => {
    if (!known.has(id)) {
      throw new ValidationError(
        field === 'sources' ? `sources.${i}.documentId` : field,
        `ukendt kildedokument / unknown source document '${id}'`,
      );
    }
  });
}

/** `<label>-<folded name>`, with `-2`, `-3`, … when taken. */
export async function freshNodeId(store: GraphStore, label: NodeLabel, nameDa: string): Promise<string> {
  const slug = fold(nameDa)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const base = `${label.toLowerCase()}-${slug || 'ny'}`;
  const candidates = [base, ...Array.from({ length: 20 }, (_, i) => `${base}-${i + 2}`)];
  const taken = await store.getNodes(candidates);
  const free = candidates.find((id) => !taken.has(id));
  return free ?? `${base}-${randomUUID().slice(0, 8)}`;
}

function staleReason(expected: number, current: number): string {
  return `ændret af en anden: du har version ${expected}, den gemte er ${current} / changed by someone else: yours is version ${expected}, stored is ${current}`;
}
