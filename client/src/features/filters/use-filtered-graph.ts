/**
 * The canvas's graph for the view's filters, with its context (`filter-context.ts`): the filtered
 * query and the whole graph as of the same date. With no filter the two are the same query, which
 * Apollo answers once.
 */
import { useMemo } from 'react';
import { useExplorerGraph } from '../../api/get-explorer-graph.js';
import type { NodeFilter } from '../../gql/graphql.js';
import type { ViewState } from '../../shared/url-state.js';
import type { Graph, GraphWithContext } from './filter-context.js';
import { withFilterContext } from './filter-context.js';

const EMPTY: Graph = { nodes: [], edges: [] };
const NO_FILTER: NodeFilter = {
  labels: null,
  statusFamilies: null,
  cluster: null,
  responsibleBody: null,
  awaiting: null,
  flags: null,
};

export function useFilteredGraph(
  view: Pick<ViewState, 'labels' | 'statuses' | 'cluster' | 'body' | 'awaiting' | 'flags' | 'asOf' | 'docs'>,
) {
  const { labels, statuses, cluster, body, awaiting, flags, asOf, docs } = view;
  const filter = useMemo(
    (): NodeFilter => ({
      labels: labels.length > 0 ? labels : null,
      statusFamilies: statuses.length > 0 ? statuses : null,
      cluster,
      responsibleBody: body,
      awaiting,
      flags: flags.length > 0 ? flags : null,
    }),
    [labels, statuses, cluster, body, awaiting, flags],
  );
  const query = useExplorerGraph(filter, asOf);
  const wholeQuery = useExplorerGraph(NO_FILTER, asOf);
  const filtered: Graph = query.data?.graph ?? query.previousData?.graph ?? EMPTY;
  const whole: Graph | null = wholeQuery.data?.graph ?? wholeQuery.previousData?.graph ?? null;
  const graph: GraphWithContext = useMemo(
    () => withFilterContext(filtered, whole, { awaiting: awaiting !== null, body, docs, labels }),
    [filtered, whole, awaiting, body, docs, labels],
  );
  return { query, graph, whole };
}
