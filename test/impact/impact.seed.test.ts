/** domain.md §4 examples and the document scenarios on the real seed (seed/load-seed.ts). */
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load-seed.js';
import { analyseImpact, type ImpactAnalysis } from '../../server/impact/engine/engine.js';
import { memoryPort } from './memory-port.js';

const port = memoryPort(loadSeed());

function classes(analysis: ImpactAnalysis): Record<string, string[]> {
  const out: Record<string, string[]> = { DIRECT: [], INDIRECT: [], INHERITED: [] };
  for (const a of analysis.affected) out[a.classification]?.push(a.id);
  for (const list of Object.values(out)) list.sort();
  return out;
}

describe('impact on the real seed', () => {
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
      INDIRECT: [
        'ag-hp-aeldre-akut',
        'body-ssg',
        'ini-evaluering-72t',
        'ini-rev-opf-hjemmebesoeg',
        'wg-72t-psyk',
      ],
      INHERITED: [
        'body-ssg-chair',
        'ini-hp-spor-1',
        'ini-hp-spor-2',
        'ini-hp-spor-3',
        'ini-hp-spor-4',
        'ini-hp-spor-5',
      ],
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
});
