/**
 * The canonical form of a `GraphDocument`: every list sorted the same way, so that two stores
 * holding the same graph export byte-identical JSON.
 */
import { dateStart, type GraphDocument, type StatusObservation } from './domain.js';

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function compareObservations(a: StatusObservation, b: StatusObservation): number {
  const da = dateStart(a.date);
  const db = dateStart(b.date);
  if (da !== db) return da < db ? -1 : 1;
  return a.seq - b.seq;
}

export function canonicalizeGraphDocument(doc: GraphDocument): GraphDocument {
  return {
    format: 'aftalegraf-graph',
    version: 1,
    documents: [...doc.documents].sort(byId),
    nodes: [...doc.nodes]
      .map((node) => ({ ...node, statusHistory: [...node.statusHistory].sort(compareObservations) }))
      .sort(byId),
    edges: [...doc.edges].sort(byId),
  };
}
