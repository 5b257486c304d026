/**
 * What one operation costs, estimated before it runs (graphql-query-complexity): every field
 * counts once per item it can return, so list sizes multiply down the tree: `first` (or its
 * default) where a field takes one, the expected sizes in `limits.ts` where it does not. Aliases
 * count as the fields they are; fragments count at every spread, and the estimator stops after
 * `QUERY.maxEstimatedSelections` selections, so a fragment fan-out is refused, not walked.
 */
import {
  Kind,
  getNullableType,
  isListType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
// The CommonJS build: it loads the same `graphql` instance as everything else here (its ESM build
// imports graphql's .mjs files, a second realm that rejects our schema's types).
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity/cjs';
import { EXPECTED_LIST_SIZE, QUERY, TRAVERSAL } from './limits.js';

/**
 * Items per field that takes no `first`, by `Type.field` or field name. The lists inside a
 * `Subgraph` or a connection are sized by the field that returned it (`graph(first)`,
 * `neighborhood`, `path`, `nodes(first)`), so they count once here. `neighborhood` may reach
 * the whole graph; see `itemsOf`.
 */
const ITEMS: Readonly<Record<string, number>> = {
  'Subgraph.nodes': 1,
  'Subgraph.edges': 1,
  'NodeConnection.edges': 1,
  'ChangeConnection.edges': 1,
  'TimelineChangeConnection.edges': 1,
  'Query.path': TRAVERSAL.paths * (TRAVERSAL.pathDepth + 1),
  'Query.documents': EXPECTED_LIST_SIZE.documents,
  relations: EXPECTED_LIST_SIZE.relations,
  statusHistory: EXPECTED_LIST_SIZE.statusHistory,
  sources: EXPECTED_LIST_SIZE.sources,
  paths: EXPECTED_LIST_SIZE.paths,
  'ImpactPath.edges': EXPECTED_LIST_SIZE.pathEdges,
  byResponsibleBody: EXPECTED_LIST_SIZE.groups,
  byCluster: EXPECTED_LIST_SIZE.groups,
};

/**
 * Items a field can return. A page (`first`) or a traversal never returns more nodes than the
 * graph holds, so those are capped at its current size: `graph(first: 5000)` over 285 nodes
 * costs what 285 nodes cost, and the whole-graph fan-out is priced as what it really is.
 */
function itemsOf(
  typeName: string,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  graphNodes: number,
): number {
  if (typeof args.first === 'number') return Math.min(Math.max(0, args.first), graphNodes);
  if (typeName === 'Query' && field.name === 'neighborhood') return graphNodes;
  const known = ITEMS[`${typeName}.${field.name}`] ?? ITEMS[field.name];
  if (known !== undefined) return known;
  return isListType(getNullableType(field.type)) ? EXPECTED_LIST_SIZE.other : 1;
}

/**
 * Arguments that make a field traverse before its own work (`changes(upstreamOf)` and
 * `recordedChanges(upstreamOf)` walk everything upstream of a node): such a walk may visit the whole graph, so it is priced at the
 * graph's size, once per field (and so once per alias).
 */
const TRAVERSING_ARGUMENTS: Readonly<Record<string, string>> = {
  'Query.changes': 'upstreamOf',
  'Query.recordedChanges': 'upstreamOf',
};

function traversalCost(
  typeName: string,
  fieldName: string,
  args: Record<string, unknown>,
  graphNodes: number,
): number {
  const argument = TRAVERSING_ARGUMENTS[`${typeName}.${fieldName}`];
  return argument !== undefined && args[argument] != null ? graphNodes : 0;
}

/** A leaf costs one (its child cost is 0); what is selected under a list multiplies. */
function listSizeEstimator(graphNodes: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) =>
    1 +
    traversalCost(type.name, field.name, args, graphNodes) +
    itemsOf(type.name, field, args, graphNodes) * childComplexity;
}

/** Estimates go over the budget by the millions; past this they stop meaning anything. */
const COST_CEILING = Number.MAX_SAFE_INTEGER;

export type CostEstimate = { cost: number } | { tooManySelections: true };

/**
 * Selections the operation expands to, every spread counted, each fragment measured once
 * (linear in the document, whatever it expands to). Checked before the estimator walks the
 * expansion itself, so a fragment fan-out is refused in well under a millisecond.
 */
export function expandedSelections(document: DocumentNode, root: SelectionSetNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const sizes = new Map<string, number>();
  const sizeOf = (set: SelectionSetNode, active: Set<string>): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind !== Kind.FRAGMENT_SPREAD) {
        total += 1 + (selection.selectionSet ? sizeOf(selection.selectionSet, active) : 0);
        continue;
      }
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // Unknown or cyclic spreads are validation errors reported elsewhere.
      if (!fragment || active.has(name)) continue;
      let size = sizes.get(name);
      if (size === undefined) {
        active.add(name);
        size = sizeOf(fragment.selectionSet, active);
        active.delete(name);
        sizes.set(name, size);
      }
      total += 1 + size;
    }
    return Math.min(total, Number.MAX_SAFE_INTEGER);
  };
  return sizeOf(root, new Set());
}

export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Readonly<Record<string, unknown>>,
  /** Nodes in the store now (at least 1). */
  graphNodes: number,
): CostEstimate {
  const operation = document.definitions.find(
    (d) =>
      d.kind === Kind.OPERATION_DEFINITION &&
      (operationName === undefined || d.name?.value === operationName),
  );
  if (
    operation?.kind === Kind.OPERATION_DEFINITION &&
    expandedSelections(document, operation.selectionSet) > QUERY.maxEstimatedSelections
  ) {
    return { tooManySelections: true };
  }
  try {
    const cost = getComplexity({
      schema,
      query: document,
      operationName,
      variables: { ...variables },
      estimators: [listSizeEstimator(Math.max(1, graphNodes))],
      maxQueryNodes: QUERY.maxEstimatedSelections,
    });
    return { cost: Math.min(cost, COST_CEILING) };
  } catch (error) {
    if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) {
      return { tooManySelections: true };
    }
    throw error;
  }
}
