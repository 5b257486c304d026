/**
 * domain.md §4 examples and the document scenarios on the real seed (seed/load-seed.ts): on the
 * in-memory index alone, and through each store (the embedded one and a real Neo4j), so the
 * engine gets the same answers whichever store traverses.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load-seed.js';
import {
  analyseImpact,
  impactPort,
  type ImpactAnalysis,
  type ImpactPort,
} from '../../server/impact/engine/engine.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { describeEachStore, openTestStore, type TestStore } from '../support/test-stores.js';
import { memoryPort } from './memory-port.js';

function classes(analysis: ImpactAnalysis): Record<string, string[]> {
  const out: Record<string, string[]> = { DIRECT: [], INDIRECT: [], INHERITED: [] };
  for (const a of analysis.affected) out[a.classification]?.push(a.id);
  for (const list of Object.values(out)) list.sort();
  return out;
}

function seedScenarios(portOf: () => ImpactPort): void {
  let port: ImpactPort;
  beforeAll(() => {
    port = portOf();
  });

  it('example A: kronikerpakker published', async () => {
    expect(classes(await analyseImpact(port, { nodeIds: ['nat-2024-kronikerpakker'] }))).toStrictEqual({
      DIRECT: ['ini-kronisk-droeftelse', 'ini-prioriteringer-2025'],
      INDIRECT: ['ini-proeve-kronisk'],
      INHERITED: ['ini-revitalisering-opf-hjemmebesoeg', 'ini-tvaerfaglige-opstartsmoeder'],
    });
  });

  it('example B: dementia recommendations published', async () => {
    expect(classes(await analyseImpact(port, { nodeIds: ['nat-demens-anbefalinger'] }))).toStrictEqual({
      DIRECT: ['ini-rev-sa-demens'],
      INDIRECT: ['ag-sa-demens', 'wg-demens'],
      INHERITED: [],
    });
  });

  it('the 96-hour rule', async () => {
    expect(classes(await analyseImpact(port, { nodeIds: ['nat-2024-96t'] }))).toStrictEqual({
      DIRECT: ['ini-72t-psyk-botilbud', 'ini-prioriteringer-2025', 'reg-72t'],
      // SSG and its chair are no longer results: SSG owns an affected item (issue 13).
      INDIRECT: ['ag-hp-aeldre-akut', 'ini-evaluering-72t', 'ini-rev-opf-hjemmebesoeg', 'wg-72t-psyk'],
      INHERITED: ['ini-hp-spor-1', 'ini-hp-spor-2', 'ini-hp-spor-3', 'ini-hp-spor-4', 'ini-hp-spor-5'],
    });
  });

  it('the task transfer', async () => {
    expect(classes(await analyseImpact(port, { nodeIds: ['nat-2024-opgaveflytning'] }))).toStrictEqual({
      DIRECT: ['ini-prioriteringer-2025', 'task-akutsygepleje', 'task-patientrettet-forebyggelse'],
      INDIRECT: [
        'ag-he-rygestop-ap',
        'ag-sa-akutfunktioner',
        'ag-sa-rygestop',
        'ini-de-naere-behandlingstilbud',
        'ini-praehospital-kommune',
      ],
      INHERITED: ['ini-kampagne-rygestop-ap'],
    });
  });

  it('the clusters abolished in 2027: every cluster superseded, what they implement loses its forum', async () => {
    const report = await analyseImpact(port, { nodeIds: ['nat-2024-afskaffelse'] });
    expect(classes(report).DIRECT).toStrictEqual([
      'ag-sa-2024-27',
      'body-ssu',
      'cl-aarhus',
      'cl-horsens',
      'cl-midt',
      'cl-randers',
      'cl-vest',
      'ini-overdragelsespakke',
      'ini-prioriteringer-2025',
    ]);
    const losesForum = report.affected.filter((a) => a.consequence.code === 'LOSES_OWNER').map((a) => a.id);
    expect(losesForum).toContain('ag-sa-god-indlaeggelse');
    expect(losesForum).toContain('ag-ra-udgaaende-teams');
    expect(report.affected.every((a) => report.paths(a.id).paths.length > 0)).toBe(true);
  });
}

describe('impact on the real seed, in memory', () => {
  const port = memoryPort(loadSeed());
  seedScenarios(() => port);
});

describeEachStore('impact on the real seed, through the store', (kind) => {
  let dir: string;
  let opened: TestStore;
  let store: GraphStore;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-seed-'));
    opened = await openTestStore(kind, dir, 'impact-seed');
    store = opened.store;
    await store.replaceAll(loadSeed());
  });
  afterAll(async () => {
    await store?.close();
    await opened?.dropData();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  seedScenarios(() => impactPort(store));
});
