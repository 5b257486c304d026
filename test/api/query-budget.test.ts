/**
 * The budget admits what real clients send: every operation of the explorer (with the
 * fragments it spreads) and the README's example pass the shape rules and cost under
 * `QUERY.maxCost`, over the seeded complex and over a graph at the largest `graph` page.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, specifiedRules, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAftalegrafSchema } from '../../server/api/build-schema.js';
import { PAGE, QUERY } from '../../server/api/limits.js';
import { estimateCost } from '../../server/api/query-cost.js';
import { QUERY_SHAPE_RULES } from '../../server/api/query-shape.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const API_DIR = path.join(ROOT, 'client', 'src', 'api');

/** The GraphQL text inside each `graphql(\`…\`)` call of the explorer's operation files. */
function explorerDocuments(): string[] {
  return fs
    .readdirSync(API_DIR)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => [
      ...fs.readFileSync(path.join(API_DIR, file), 'utf8').matchAll(/graphql\(`([^`]*)`\)/g),
    ])
    .map((match) => match[1] as string);
}

function readmeQuery(): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = /```graphql\n([\s\S]*?)```/.exec(readme);
  if (!block?.[1]) throw new Error('README has no graphql block');
  return block[1];
}

const documents = explorerDocuments();
const fragments = documents.filter((text) =>
  parse(text).definitions.every((d) => d.kind === Kind.FRAGMENT_DEFINITION),
);
const operations = documents.filter((text) => !fragments.includes(text));

/** An operation with exactly the fragments it (transitively) uses, as the client sends it. */
function asSent(operation: string): DocumentNode {
  const used = new Set<string>();
  let text = operation;
  for (let grew = true; grew;) {
    grew = false;
    for (const fragment of fragments) {
      const name = /fragment (\w+)/.exec(fragment)?.[1] as string;
      if (!used.has(name) && text.includes(`...${name}`)) {
        used.add(name);
        text += `\n${fragment}`;
        grew = true;
      }
    }
  }
  return parse(text);
}

/** What the explorer sends, at its largest: the deepest focus, the most search suggestions. */
const EXPLORER_VARIABLES = {
  id: 'ini-72t-psyk-botilbud',
  depth: 6,
  direction: 'BOTH',
  text: 'psykiatri',
  // The changes view asks for 500; the search box for 12 (`first` is shared by both).
  first: 500,
  change: { nodeIds: ['nat-2024-96t'], effect: 'LANDS' },
  options: { maxDepth: 6 },
  input: {
    nodeId: 'ini-1',
    code: 'STARTED',
    textDa: 'Startet',
    date: '2025',
    kind: 'FACT',
    documentId: 'doc-001',
  },
};

/** Values for variables the shared map lacks, by their type: what the explorer would send. */
const BY_TYPE: Record<string, unknown> = {
  'ID!': 'ini-prioriteringer-2025',
  'Date!': '2025-01-09',
  Date: '2025-01-09',
  'Int!': 12,
  Int: 12,
  'String!': 'psykiatri',
};

/** The shared variables, plus a value of its type for each one an operation adds. */
function variablesFor(document: DocumentNode): Record<string, unknown> {
  const variables: Record<string, unknown> = { ...EXPLORER_VARIABLES };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const name = variable.variable.name.value;
      const type = print(variable.type);
      if (name in EXPLORER_VARIABLES && type !== 'ID!' && type !== 'Date!') continue;
      if (type in BY_TYPE) variables[name] = BY_TYPE[type];
    }
  }
  return variables;
}

describe('the query budget admits every real client', () => {
  it('finds the explorer operations', () => {
    expect(operations.length).toBeGreaterThanOrEqual(9);
  });

  it.each([
    ['seeded complex', 285],
    ['largest graph page', PAGE.graph.max],
  ])('every explorer operation and the README query pass, over the %s', async (_label, graphNodes) => {
    const schema = await buildAftalegrafSchema();
    const sent = [...operations.map(asSent), parse(readmeQuery())];
    for (const document of sent) {
      expect(validate(schema, document, [...specifiedRules, ...QUERY_SHAPE_RULES])).toStrictEqual([]);
      // Writes pass the same shape rules; their cost is a node or two, and each takes its own input.
      if (document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation !== 'query'))
        continue;
      const estimate = estimateCost(schema, document, undefined, variablesFor(document), graphNodes);
      expect(estimate).toStrictEqual({ cost: expect.any(Number) });
      expect('cost' in estimate && estimate.cost).toBeLessThanOrEqual(QUERY.maxCost);
    }
  });
});

describe('a traversing argument is priced at the graph it may walk', () => {
  const changes = (upstreamOf: string) =>
    parse(`{ changes(from: "2024-01-01", to: "2025-01-09", first: 10${upstreamOf}) { totalCount } }`);

  it('changes(upstreamOf) costs the graph’s size more than the same page without it, once per alias', async () => {
    const schema = await buildAftalegrafSchema();
    const cost = (document: DocumentNode, graphNodes: number) =>
      estimateCost(schema, document, undefined, {}, graphNodes);
    expect(cost(changes(''), 285)).toStrictEqual({ cost: 11 });
    expect(cost(changes(', upstreamOf: "ini-telehjerte"'), 285)).toStrictEqual({ cost: 11 + 285 });
    const aliased = parse(
      `{ ${Array.from({ length: 30 }, (_, i) => `c${i}: changes(from: "2024-01-01", to: "2025-01-09", first: 10, upstreamOf: "n${i}") { totalCount }`).join(' ')} }`,
    );
    expect(cost(aliased, 285)).toStrictEqual({ cost: 30 * (11 + 285) });
    // Thirty walks over a graph at the largest page size are over the budget.
    const overLargest = cost(aliased, PAGE.graph.max);
    expect('cost' in overLargest && overLargest.cost > QUERY.maxCost).toBe(true);
  });

  it('recordedChanges(upstreamOf) adds the graph’s size to its page, once per alias', async () => {
    const schema = await buildAftalegrafSchema();
    const cost = (document: DocumentNode, graphNodes: number) =>
      estimateCost(schema, document, undefined, {}, graphNodes);
    const recorded = (alias: string, id: string) =>
      `${alias}recordedChanges(since: "2026-01-01T00:00:00Z", upstreamOf: "${id}", first: 10) { totalCount }`;
    expect(cost(parse(`{ ${recorded('', 'ini-telehjerte')} }`), 285)).toStrictEqual({ cost: 11 + 285 });
    const aliased = parse(
      `{ ${Array.from({ length: 30 }, (_, i) => recorded(`r${i}: `, `n${i}`)).join(' ')} }`,
    );
    expect(cost(aliased, 285)).toStrictEqual({ cost: 30 * (11 + 285) });
    const overLargest = cost(aliased, PAGE.graph.max);
    expect('cost' in overLargest && overLargest.cost > QUERY.maxCost).toBe(true);
  });
});
