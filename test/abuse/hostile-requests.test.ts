/**
 * Issue 10's hostile requests, replayed against a started server over the real complex: each is
 * refused (or answered) within a second with a typed JSON error, and nothing it asked for
 * reaches the store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load-seed.js';
import { CURSOR_OFFSET_MAX, QUERY, TEXT } from '../../server/api/limits.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp(loadSeed(), {
    config: { rateLimits: { writesPerMinute: null, costPerMinute: null, expensiveCost: 10_000 } },
  });
});
afterAll(async () => {
  await app.close();
});

interface Answer {
  status: number;
  contentType: string | null;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  text: string;
  ms: number;
}

async function post(body: string, contentType = 'application/json'): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
  const text = await response.text();
  const ms = performance.now() - started;
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: JSON.parse(text) as Answer['body'],
    text,
    ms,
  };
}

const query = (q: string, variables?: Record<string, unknown>) =>
  post(JSON.stringify({ query: q, variables }));

/** The query of issue 10 (146 bytes as the report spaced it): whole graph, four levels of relations. */
const FAN_OUT =
  '{ graph { nodes { id relations { other { relations { other { relations { other { relations { other { id } } } } } } } } } } }';

/** 22 fragments, each spreading the next twice: 2^22 expansions of one field. */
function fragmentBomb(comment = ''): string {
  const fragments = Array.from({ length: 22 }, (_, i) =>
    i === 21 ? `fragment F${i} on Node { id }` : `fragment F${i} on Node { ...F${i + 1} ...F${i + 1} }`,
  );
  return `${comment}{ node(id: "ini-72t-psyk-botilbud") { ...F0 } } ${fragments.join(' ')}`;
}

function expectRefusedFast(answer: Answer, code: string): void {
  expect(answer.ms).toBeLessThan(1_000);
  expect(answer.contentType).toMatch(/^application\/(graphql-response\+)?json/);
  expect(answer.body.errors?.[0]?.extensions?.code).toBe(code);
  expect(answer.body.data ?? null).toBeNull();
}

describe('cost, not just depth', () => {
  it('refuses the 146-byte whole-graph fan-out by cost, naming cost and limit', async () => {
    const answer = await query(FAN_OUT);
    expectRefusedFast(answer, 'QUERY_TOO_COMPLEX');
    expect(answer.status).toBe(400);
    const extensions = answer.body.errors?.[0]?.extensions ?? {};
    expect(extensions.measure).toBe('cost');
    expect(extensions.limit).toBe(QUERY.maxCost);
    expect(extensions.found).toBeGreaterThan(QUERY.maxCost);
  });

  it('refuses the fan-out aliased twenty times', async () => {
    const inner = FAN_OUT.slice(2, -2);
    const aliased = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: ${inner}`).join(' ')} }`;
    const answer = await query(aliased);
    expectRefusedFast(answer, 'QUERY_TOO_COMPLEX');
  });

  it('refuses more aliases than the limit, even of cheap fields', async () => {
    const many = `{ ${Array.from({ length: QUERY.maxAliases + 1 }, (_, i) => `a${i}: documents { id }`).join(' ')} }`;
    const answer = await query(many);
    expectRefusedFast(answer, 'QUERY_TOO_COMPLEX');
    expect(answer.body.errors?.[0]?.extensions).toStrictEqual({
      code: 'QUERY_TOO_COMPLEX',
      measure: 'aliases',
      found: QUERY.maxAliases + 1,
      limit: QUERY.maxAliases,
    });
  });

  it('refuses the fragment fan-out in milliseconds, also when each copy carries a new comment', async () => {
    for (let i = 0; i < 20; i += 1) {
      const answer = await query(fragmentBomb(`# ${Math.random()}\n`));
      expectRefusedFast(answer, 'QUERY_TOO_COMPLEX');
      expect(answer.body.errors?.[0]?.extensions?.measure).toBe('selections');
    }
  });

  it('refuses a 1 MB query by its token count, and a body over 1 MB with 413', async () => {
    const padded = `{ documents { id } ${'__typename '.repeat(85_000)}}`;
    expect(padded.length).toBeGreaterThan(900_000);
    const tokens = await query(padded);
    expectRefusedFast(tokens, 'GRAPHQL_PARSE_FAILED');
    expect(tokens.body.errors?.[0]?.message).toBe(
      // graphql-js's own wording, typo included.
      `Syntax Error: Document contains more that ${QUERY.maxTokens} tokens. Parsing aborted.`,
    );

    const oversize = await query(`{ documents { id } ${'__typename '.repeat(100_000)}}`);
    expect(oversize.status).toBe(413);
    expect(oversize.body).toStrictEqual({
      errors: [
        {
          message: 'Forespørgslen er over 1000000 bytes / request body over 1000000 bytes',
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
  });
});

describe('every input bounded', () => {
  it.each([
    ['77 KB', 77_000],
    ['900 KB', 900_000],
  ])('refuses a %s filter text, inline or as a variable, naming filter.text', async (_label, size) => {
    // Pattern characters, as in the report; ASCII, so characters are bytes.
    const text = 'a%_'.repeat(Math.ceil(size / 3)).slice(0, size);
    const asVariable = await query('query($f: NodeFilter) { nodes(filter: $f) { totalCount } }', {
      f: { text },
    });
    expectRefusedFast(asVariable, 'BAD_USER_INPUT');
    expect(asVariable.body.errors?.[0]?.extensions).toStrictEqual({
      code: 'BAD_USER_INPUT',
      argument: 'filter.text',
      reason: `højst ${TEXT.short} tegn / at most ${TEXT.short} characters`,
    });
    const inline = await query(
      `{ graph(filter: { text: ${JSON.stringify(text.slice(0, 77_000))} }) { truncated } }`,
    );
    expectRefusedFast(inline, 'BAD_USER_INPUT');
    expect(inline.body.errors?.[0]?.extensions?.argument).toBe('filter.text');
  });

  it('answers a filter text at the limit, with pattern characters taken literally', async () => {
    const answer = await query('query($f: NodeFilter) { nodes(filter: $f) { totalCount } }', {
      f: { text: '%_\\*"('.repeat(40).slice(0, TEXT.short) },
    });
    expect(answer.ms).toBeLessThan(1_000);
    expect(answer.body).toStrictEqual({ data: { nodes: { totalCount: 0 } } });
  });

  it('refuses a search text over the limit and an id list over the limit', async () => {
    const search = await query('query($t: String!) { search(text: $t) { id } }', {
      t: 'a'.repeat(TEXT.short + 1),
    });
    expect(search.body.errors?.[0]?.extensions?.argument).toBe('text');
    const ids = await query('query($c: ImpactChangeInput!) { impact(change: $c) { totalCount } }', {
      c: { nodeIds: Array.from({ length: 501 }, (_, i) => `n${i}`) },
    });
    expectRefusedFast(ids, 'BAD_USER_INPUT');
    expect(ids.body.errors?.[0]?.extensions?.argument).toBe('change.nodeIds');
  });

  it('ignores huge unused variables quickly', async () => {
    const answer = await query('{ documents { id } }', { junk: 'x'.repeat(900_000) });
    expect(answer.ms).toBeLessThan(1_000);
    expect(answer.status).toBe(200);
  });

  it('refuses a cursor holding a huge offset as BAD_USER_INPUT naming after', async () => {
    for (const offset of ['99999999999999999999999999', String(CURSOR_OFFSET_MAX + 1)]) {
      const after = Buffer.from(`offset:${offset}`).toString('base64url');
      const answer = await query('query($a: String) { nodes(after: $a) { totalCount } }', { a: after });
      expect(answer.ms).toBeLessThan(1_000);
      expect(answer.body.errors?.[0]?.extensions).toStrictEqual({
        code: 'BAD_USER_INPUT',
        argument: 'after',
        reason: 'ugyldig cursor / invalid cursor',
      });
    }
  });

  it('refuses 900 KB of status text, and stores nothing', async () => {
    const mutation =
      'mutation($i: RecordStatusInput!) { recordStatus(input: $i) { statusHistory { textDa } } }';
    const input = {
      nodeId: 'ini-72t-psyk-botilbud',
      code: 'STARTED',
      date: '2025-01',
      kind: 'FACT',
      documentId: 'doc-001',
    };
    const before = await app.store.getNodes(['ini-72t-psyk-botilbud']);
    const answer = await query(mutation, { i: { ...input, textDa: 'x'.repeat(900_000) } });
    expectRefusedFast(answer, 'BAD_USER_INPUT');
    expect(answer.body.errors?.[0]?.extensions?.argument).toBe('textDa');
    const justOver = await query(mutation, { i: { ...input, textDa: 'x'.repeat(TEXT.long + 1) } });
    expect(justOver.body.errors?.[0]?.extensions?.argument).toBe('textDa');
    expect(await app.store.getNodes(['ini-72t-psyk-botilbud'])).toStrictEqual(before);
  });
});

describe('protocol errors as JSON', () => {
  const noLeak = (answer: Answer) => {
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(answer.text).not.toMatch(/<html|<pre|node_modules|\/work\/|at [A-Za-z.]+ \(/);
  };

  it('malformed JSON', async () => {
    const answer = await post('{"query": "{ documents { id } }"');
    expect(answer.status).toBe(400);
    noLeak(answer);
    expect(answer.body).toStrictEqual({
      errors: [{ message: 'Ugyldig JSON / malformed JSON body', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('a wrong content type', async () => {
    const answer = await post('{ documents { id } }', 'text/plain');
    expect(answer.status).toBe(415);
    noLeak(answer);
    expect(answer.body).toStrictEqual({
      errors: [
        {
          message: 'POST skal være application/json / POST must be application/json',
          extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
        },
      ],
    });
  });
});
