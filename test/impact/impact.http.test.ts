/** The examples and scenarios through GraphQL over HTTP, on each store. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphDocument } from '../../schema/domain.js';
import { startApp, type RunningApp } from '../../server/app.js';
import { describeEachStore, openTestStore } from '../support/test-stores.js';
import { domainFixture } from './domain-fixture.js';

// Each query has its own response shape; the assertions pin it down whole.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const silent = { info: () => undefined, error: () => undefined };

describeEachStore('impact over GraphQL', (kind) => {
  let app: RunningApp;
  let dir: string;
  let dropData: () => Promise<void> = async () => {};

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-http-'));
    const opened = await openTestStore(kind, dir, 'impact');
    const store = opened.store;
    dropData = opened.dropData;
    const { nodes, edges } = domainFixture();
    const doc: GraphDocument = {
      format: 'aftalegraf-graph',
      version: 1,
      documents: [
        { id: 'doc-001', file: '001.txt', title: 'Overblik', asOf: '2025-01-09', asOfConfidence: 'stated' },
      ],
      nodes: [...nodes].sort((a, b) => (a.id < b.id ? -1 : 1)),
      edges: [...edges].sort((a, b) => (a.id < b.id ? -1 : 1)),
    };
    await store.replaceAll(doc);
    app = await startApp(
      { port: 0, host: '127.0.0.1', dataDir: dir, seedOnStart: false },
      { store, logger: silent },
    );
  });
  afterAll(async () => {
    await app?.close();
    await dropData();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function gql(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ data?: Json; errors?: Json[] }> {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: Json; errors?: Json[] };
  }

  const IMPACT = `query ($change: ImpactChangeInput!, $options: ImpactOptions) {
    impact(change: $change, options: $options) {
      totalCount
      affected { node { id } classification depth rule consequence consequenceCode paths { rule edges { source type target sources { confidence } } } }
    }
  }`;

  const byClass = (
    affected: { node: { id: string }; classification: string }[],
  ): Record<string, string[]> => {
    const out: Record<string, string[]> = { DIRECT: [], INDIRECT: [], INHERITED: [] };
    for (const a of affected) out[a.classification]?.push(a.node.id);
    for (const list of Object.values(out)) list.sort();
    return out;
  };

  it('example A, explained', async () => {
    const { data, errors } = await gql(IMPACT, { change: { nodeIds: ['nat-2024-kronikerpakker'] } });
    expect(errors).toBeUndefined();
    expect(byClass(data.impact.affected)).toStrictEqual({
      DIRECT: ['ini-kronisk-droeftelse', 'ini-prioriteringer-2025'],
      INDIRECT: ['ini-proeve-kronisk'],
      INHERITED: ['ini-revitalisering-opf-hjemmebesoeg', 'ini-tvaerfaglige-opstartsmoeder'],
    });
    expect(data.impact.affected[0]).toStrictEqual({
      node: { id: 'ini-kronisk-droeftelse' },
      classification: 'DIRECT',
      depth: 1,
      rule: 'DIRECT_ON_CHANGE',
      consequence: 'Afventede »Kronikerpakker«: klar til opstart',
      consequenceCode: 'READY_TO_START',
      paths: [
        {
          rule: 'DIRECT_ON_CHANGE',
          edges: [
            {
              source: 'ini-kronisk-droeftelse',
              type: 'AWAITS',
              target: 'nat-2024-kronikerpakker',
              sources: [{ confidence: 'STATED' }],
            },
          ],
        },
      ],
    });
  });

  it('example B', async () => {
    const { data } = await gql(IMPACT, { change: { nodeIds: ['nat-demens-anbefalinger'] } });
    expect(byClass(data.impact.affected)).toStrictEqual({
      DIRECT: ['ini-rev-sa-demens'],
      INDIRECT: ['ag-sa-demens', 'wg-demens'],
      INHERITED: [],
    });
  });

  it('the cluster abolition: summary by cluster and body, handover targets, paging, CSV and Markdown', async () => {
    const { data, errors } = await gql(
      `query ($change: ImpactChangeInput!) {
        impact(change: $change) {
          totalCount
          page1: affected(first: 2) { node { id } cursor }
          inherited: affected(classifications: [INHERITED]) { node { id } }
          summary { total direct indirect inherited byCluster { node { id } count } byResponsibleBody { node { id } count } }
          csv
          markdown
        }
      }`,
      { change: { nodeIds: ['nat-2024-afskaffelse'] } },
    );
    expect(errors).toBeUndefined();
    const r = data.impact;
    expect(r.totalCount).toBe(14);
    expect(r.page1.map((a: { node: { id: string } }) => a.node.id)).toStrictEqual([
      'ag-sa-2024-27',
      'body-ssu',
    ]);
    expect(r.inherited).toStrictEqual([
      { node: { id: 'fa-2024-kronisk' } },
      { node: { id: 'goal-2024-kronisk' } },
    ]);
    expect(r.summary).toMatchObject({ total: 14, direct: 8, indirect: 4, inherited: 2 });
    expect(r.summary.byCluster).toContainEqual({ node: { id: 'cl-vest' }, count: 3 });
    expect(r.summary.byResponsibleBody).toStrictEqual([
      { node: { id: 'body-ssu' }, count: 2 },
      { node: { id: 'body-ssg' }, count: 1 },
    ]);
    expect(r.csv.split('\r\n')[0]).toBe(
      'id,navn,type,klassifikation,dybde,regel,regel_tekst,konsekvens_kode,konsekvens,overdrag_til,antal_stier,sti',
    );
    expect(r.csv.split('\r\n')).toHaveLength(16);
    expect(r.markdown).toContain('# Konsekvensanalyse: »nat-2024-afskaffelse« (nat-2024-afskaffelse) lander');
    expect(r.markdown).toContain('## Efter klynge');

    const next = await gql(
      `query ($change: ImpactChangeInput!, $after: String) { impact(change: $change) { affected(first: 2, after: $after) { node { id } handoverTargets { id } consequenceCode } } }`,
      { change: { nodeIds: ['nat-2024-afskaffelse'] }, after: r.page1[1].cursor },
    );
    expect(next.data.impact.affected[0].node.id).toBe('cl-aarhus');
  });

  it('each result names who must act, its clusters, when, and the nodes along its paths', async () => {
    const { data, errors } = await gql(
      `query ($change: ImpactChangeInput!) {
        impact(change: $change) {
          affected(first: 50) {
            node { id }
            owners { role node { id } }
            clusters { id }
            effectiveDate
            paths { nodes { id } }
          }
        }
      }`,
      { change: { nodeIds: ['nat-2024-96t'] } },
    );
    expect(errors).toBeUndefined();
    const byId = new Map<string, Json>(data.impact.affected.map((a: Json) => [a.node.id, a]));
    expect(byId.get('ini-72t-psyk-botilbud')).toStrictEqual({
      node: { id: 'ini-72t-psyk-botilbud' },
      owners: [{ role: null, node: { id: 'wg-72t-psyk' } }],
      clusters: [],
      effectiveDate: null,
      paths: [{ nodes: [{ id: 'nat-2024-96t' }, { id: 'ini-72t-psyk-botilbud' }] }],
    });
    expect(byId.get('reg-72t').effectiveDate).toBe('2027-01-01');
  });

  it('upstream', async () => {
    const { data } = await gql(
      `{ upstream(id: "ini-prioriteringer-2025") { affected { node { id } classification } } }`,
    );
    expect(byClass(data.upstream.affected).DIRECT).toStrictEqual(['nat-reform-2024']);
  });

  it('unknown ids are BAD_USER_INPUT naming the id', async () => {
    const { errors } = await gql(IMPACT, { change: { nodeIds: ['nope'] } });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain("'nope'");
  });
});
