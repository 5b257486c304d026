/**
 * The canonical form of a `GraphDocument`: every list sorted the same way, so that two stores
 * holding the same graph export byte-identical JSON.
 */
import type { RecordVersions } from './audit.js';
import { dateStart, type GraphDocument, type StatusObservation } from './domain.js';

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function compareObservations(a: StatusObservation, b: StatusObservation): number {
  const da = dateStart(a.date);
  const db = dateStart(b.date);
  if (da !== db) return da < db ? -1 : 1;
  return a.seq - b.seq;
}

export function canonicalizeGraphDocument(doc: GraphDocument): GraphDocument {
  const graph: GraphDocument = {
    format: 'aftalegraf-graph',
    version: 1,
    documents: [...doc.documents].sort(byId),
    nodes: [...doc.nodes]
      .map((node) => ({ ...node, statusHistory: [...node.statusHistory].sort(compareObservations) }))
      .sort(byId),
    edges: [...doc.edges].sort(byId),
  };
  const versions = sparseVersions(doc.recordVersions);
  const audit = [...(doc.audit ?? [])].sort((a, b) => a.seq - b.seq);
  if (versions === undefined && audit.length === 0) return graph;
  return {
    ...graph,
    version: 2,
    recordVersions: versions ?? { nodes: {}, edges: {} },
    audit,
  };
}

/** Versions other than 1, keys sorted; undefined when every record is at 1. */
function sparseVersions(versions: RecordVersions | undefined): RecordVersions | undefined {
  if (!versions) return undefined;
  const sparse = (byId: Record<string, number>): Record<string, number> =>
    Object.fromEntries(
      Object.entries(byId)
        .filter(([, version]) => version !== 1)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  const nodes = sparse(versions.nodes);
  const edges = sparse(versions.edges);
  return Object.keys(nodes).length + Object.keys(edges).length === 0 ? undefined : { nodes, edges };
}
