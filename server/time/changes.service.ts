/**
 * What changed between two dates (hvad er ændret): argument checks and paging around the
 * store's `changes`, which does the work in its own query language.
 */
import { ValidationError } from '../errors.js';
import { checkRange, decodeCursor, encodeCursor } from '../api/graph.service.js';
import { PAGE } from '../api/limits.js';
import type { GraphStore, NodeQuery } from '../store/graph-store.js';
import type { ChangeView } from './change.type.js';
import { PageRecordings } from './change-recording.js';

export interface ChangeConnectionView {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: { cursor: string; node: ChangeView }[];
}

export class ChangesService {
  constructor(private readonly store: GraphStore) {}

  async changes(
    window: { from: string; to: string },
    filter: Omit<NodeQuery, 'asOf'>,
    first: number,
    after: string | undefined,
  ): Promise<ChangeConnectionView> {
    checkRange('first', first, 0, PAGE.nodes.max);
    if (window.from > window.to) {
      throw new ValidationError('to', 'må ikke ligge før from / must not be before from');
    }
    const offset = after === undefined ? 0 : decodeCursor(after);
    const page = await this.store.changes({ ...window, filter }, { offset, limit: first });
    const recordings = new PageRecordings(this.store, page.changes);
    const edges = page.changes.map((record, i) => ({
      cursor: encodeCursor(offset + i + 1),
      node: { kind: record.kind, date: record.date, record, asOf: window.to, recordings },
    }));
    return {
      totalCount: page.totalCount,
      pageInfo: {
        hasNextPage: offset + page.changes.length < page.totalCount,
        hasPreviousPage: offset > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      edges,
    };
  }
}
