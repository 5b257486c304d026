import { describe, expect, it } from 'vitest';
import type { RelationType } from '../../schema/domain.js';
import { ValidationError } from '../../server/errors.js';
import { analyseImpact, analyseUpstream, type ImpactAnalysis } from '../../server/impact/engine/engine.js';
import { domainFixture, edge, node } from './domain-fixture.js';
import { memoryPort } from './memory-port.js';

/** The report as sets per class, sorted: what domain.md §4 states. */
function classes(analysis: ImpactAnalysis): Record<'DIRECT' | 'INDIRECT' | 'INHERITED', string[]> {
  const of = (c: string): string[] =>
    analysis.affected
      .filter((a) => a.classification === c)
      .map((a) => a.id)
      .sort();
  return { DIRECT: of('DIRECT'), INDIRECT: of('INDIRECT'), INHERITED: of('INHERITED') };
}

/** Paths as rule + edge ids, which is what a reader checks. */
function pathIds(analysis: ImpactAnalysis, id: string): [string, string[]][] {
  return analysis.paths(id).paths.map((p) => [p.rule, p.edges.map((e) => e.id)]);
}

const domain = (): ReturnType<typeof memoryPort> => memoryPort(domainFixture());

describe('impact analysis: domain.md §4 examples', () => {
  it('A: kronikerpakker published', async () => {
    const report = await analyseImpact(domain(), { nodeIds: ['nat-2024-kronikerpakker'] });
    expect(classes(report)).toStrictEqual({
      DIRECT: ['ini-kronisk-droeftelse', 'ini-prioriteringer-2025'],
      INDIRECT: ['ini-proeve-kronisk'],
      INHERITED: ['ini-revitalisering-opf-hjemmebesoeg', 'ini-tvaerfaglige-opstartsmoeder'],
    });
    // Not flagged: every psychiatry node (and the change's own reform).
    const flagged = new Set(report.affected.map((a) => a.id));
    const psychiatry = [
      'ini-72t-psyk-botilbud',
      'wg-72t-psyk',
      'ini-dobbeltdiagnose',
      'ini-udmoentning-10aar',
      'nat-10aar-psyk',
    ];
    expect(psychiatry.filter((id) => flagged.has(id))).toStrictEqual([]);
    expect(flagged.has('nat-reform-2024')).toBe(false);
  });

  it('A: every affected node says why, with the path from the change', async () => {
    const report = await analyseImpact(domain(), { nodeIds: ['nat-2024-kronikerpakker'] });
    expect(
      report.affected.map((a) => [a.id, a.classification, a.depth, a.rule, a.consequence.code]),
    ).toStrictEqual([
      ['ini-kronisk-droeftelse', 'DIRECT', 1, 'DIRECT_ON_CHANGE', 'READY_TO_START'],
      ['ini-prioriteringer-2025', 'DIRECT', 1, 'DIRECT_ON_PARENT', 'REPLAN'],
      ['ini-proeve-kronisk', 'INDIRECT', 2, 'INDIRECT_HOP', 'REVIEW'],
      ['ini-revitalisering-opf-hjemmebesoeg', 'INHERITED', 3, 'INHERITED_PART_OF', 'FOLLOWS_PARENT'],
      ['ini-tvaerfaglige-opstartsmoeder', 'INHERITED', 3, 'INHERITED_PART_OF', 'FOLLOWS_PARENT'],
    ]);
    expect(report.get('ini-kronisk-droeftelse')?.consequence).toStrictEqual({
      code: 'READY_TO_START',
      da: 'Afventede »Kronikerpakker«: klar til opstart',
      en: 'Was awaiting “Kronikerpakker”: ready to start',
      handoverTargets: [],
    });
    expect(pathIds(report, 'ini-prioriteringer-2025')).toStrictEqual([
      [
        'DIRECT_ON_PARENT',
        ['nat-2024-kronikerpakker|PART_OF|nat-reform-2024', 'ini-prioriteringer-2025|AWAITS|nat-reform-2024'],
      ],
    ]);
    expect(pathIds(report, 'ini-tvaerfaglige-opstartsmoeder')).toStrictEqual([
      [
        'INHERITED_PART_OF',
        [
          'ini-kronisk-droeftelse|AWAITS|nat-2024-kronikerpakker',
          'ini-proeve-kronisk|COUPLED_WITH|ini-kronisk-droeftelse',
          'ini-tvaerfaglige-opstartsmoeder|PART_OF|ini-proeve-kronisk',
        ],
      ],
    ]);
  });

  it('B: dementia recommendations published', async () => {
    const report = await analyseImpact(domain(), { nodeIds: ['nat-demens-anbefalinger'] });
    expect(classes(report)).toStrictEqual({
      DIRECT: ['ini-rev-sa-demens'],
      INDIRECT: ['ag-sa-demens', 'wg-demens'],
      INHERITED: [],
    });
    expect(report.get('ini-rev-sa-demens')?.consequence.code).toBe('READY_TO_START');
  });

  it('a bounded, size-independent number of port calls', async () => {
    const port = domain();
    await analyseImpact(port, { nodeIds: ['nat-2024-afskaffelse'] });
    expect(port.calls).toStrictEqual([
      'getNodes',
      'reach',
      'expand',
      'expand',
      'reach',
      'reach',
      'expand',
      'getNodes',
    ]);
  });
});

describe('impact analysis: scenarios from the documents', () => {
  it('clusters, SSU and SA 2024-27 abolished in 2027 (nat-2024-afskaffelse)', async () => {
    const report = await analyseImpact(domain(), { nodeIds: ['nat-2024-afskaffelse'] });
    expect(classes(report)).toStrictEqual({
      DIRECT: [
        'ag-sa-2024-27',
        'body-ssu',
        'cl-aarhus',
        'cl-horsens',
        'cl-midt',
        'cl-randers',
        'cl-vest',
        'ini-prioriteringer-2025',
      ],
      INDIRECT: [
        'ag-ra-udgaaende-teams',
        'ag-sa-god-indlaeggelse',
        'ag-sa-overvaegt-bu',
        'ini-roegfri-nikotin',
      ],
      INHERITED: ['fa-2024-kronisk', 'goal-2024-kronisk'],
    });
    expect(report.get('cl-vest')?.consequence).toStrictEqual({
      code: 'SUPERSEDED',
      da: 'Afløses af »nat-2024-afskaffelse« fra 01.01.2027: afvikles eller overdrages',
      en: 'Superseded by “nat-2024-afskaffelse” from 1 Jan 2027: wind down or hand over',
      effective: '2027-01-01',
      handoverTargets: [],
    });
    expect(report.get('ag-sa-god-indlaeggelse')?.consequence.code).toBe('LOSES_OWNER');
    expect(report.get('ag-sa-god-indlaeggelse')?.consequence.handoverTargets).toStrictEqual(
      [1, 2, 3, 4, 5].map((i) => `body-sundhedsraad-rm-${i}`),
    );
    expect(report.get('ag-sa-overvaegt-bu')?.consequence).toStrictEqual({
      code: 'LOSES_OWNER',
      da: 'Mister ejer/forum »Sundhedssamarbejdsudvalget« fra 01.01.2027: kræver overdragelse til ny ejer (skal udpeges)',
      en: 'Loses its owner/forum “Sundhedssamarbejdsudvalget” from 1 Jan 2027: needs a handover to a new owner (to be named)',
      effective: '2027-01-01',
      handoverTargets: [],
    });
    // One path per cluster that implements it: all reported.
    expect(report.paths('ag-sa-god-indlaeggelse').paths).toHaveLength(5);
  });

  it('the 96-hour rule (nat-2024-96t)', async () => {
    const report = await analyseImpact(domain(), { nodeIds: ['nat-2024-96t'] });
    expect(classes(report)).toStrictEqual({
      DIRECT: ['ini-72t-psyk-botilbud', 'ini-prioriteringer-2025', 'reg-72t'],
      INDIRECT: ['ag-hp-aeldre-akut', 'ini-evaluering-72t', 'ini-rev-opf-hjemmebesoeg', 'wg-72t-psyk'],
      INHERITED: [],
    });
    expect(report.get('reg-72t')?.consequence.code).toBe('SUPERSEDED');
  });

  it('the task transfer to the regions (nat-2024-opgaveflytning)', async () => {
    const report = await analyseImpact(domain(), { nodeIds: ['nat-2024-opgaveflytning'] });
    expect(classes(report)).toStrictEqual({
      DIRECT: ['ini-prioriteringer-2025', 'task-akutsygepleje', 'task-patientrettet-forebyggelse'],
      INDIRECT: [
        'ag-he-rygestop-ap',
        'ag-sa-akutfunktioner',
        'ag-sa-rygestop',
        'ini-de-naere-behandlingstilbud',
        'ini-praehospital-kommune',
      ],
      INHERITED: [],
    });
  });
});

describe('impact analysis: rules and options', () => {
  it('several changes at once: the union, each node once, with the paths from each', async () => {
    const report = await analyseImpact(domain(), { nodeIds: ['nat-2024-kronikerpakker', 'nat-2024-96t'] });
    expect(classes(report).DIRECT).toStrictEqual([
      'ini-72t-psyk-botilbud',
      'ini-kronisk-droeftelse',
      'ini-prioriteringer-2025',
      'reg-72t',
    ]);
    expect(pathIds(report, 'ini-prioriteringer-2025')).toStrictEqual([
      [
        'DIRECT_ON_PARENT',
        ['nat-2024-kronikerpakker|PART_OF|nat-reform-2024', 'ini-prioriteringer-2025|AWAITS|nat-reform-2024'],
      ],
      [
        'DIRECT_ON_PARENT',
        ['nat-2024-96t|PART_OF|nat-reform-2024', 'ini-prioriteringer-2025|AWAITS|nat-reform-2024'],
      ],
    ]);
    // ini-rev-opf-hjemmebesoeg is indirect from both sides (reg-72t and, at depth 2, not at all): once.
    expect(report.affected.filter((a) => a.id === 'ini-rev-opf-hjemmebesoeg')).toHaveLength(1);
  });

  it('the whole reform landing flags what awaits any of its parts', async () => {
    const report = await analyseImpact(domain(), { nodeIds: ['nat-reform-2024'] });
    expect(classes(report).DIRECT).toStrictEqual([
      'ag-sa-2024-27',
      'body-ssu',
      'cl-aarhus',
      'cl-horsens',
      'cl-midt',
      'cl-randers',
      'cl-vest',
      'ini-72t-psyk-botilbud',
      'ini-kronisk-droeftelse',
      'ini-piu-faellesmoede',
      'ini-prioriteringer-2025',
      'reg-72t',
      'task-akutsygepleje',
      'task-patientrettet-forebyggelse',
    ]);
    expect(report.get('ini-piu-faellesmoede')?.rule).toBe('DIRECT_ON_PART');
    expect(pathIds(report, 'ini-piu-faellesmoede')).toStrictEqual([
      [
        'DIRECT_ON_PART',
        [
          'nat-2024-sundhedsraad|PART_OF|nat-reform-2024',
          'ini-piu-faellesmoede|AWAITS|nat-2024-sundhedsraad',
        ],
      ],
    ]);
  });

  it('maxDepth widens the indirect hops, never through the change itself', async () => {
    const port = domain();
    const narrow = await analyseImpact(port, { nodeIds: ['nat-2024-kronikerpakker'] }, { maxDepth: 0 });
    expect(classes(narrow)).toStrictEqual({
      DIRECT: ['ini-kronisk-droeftelse', 'ini-prioriteringer-2025'],
      INDIRECT: [],
      INHERITED: [],
    });
    const wide = await analyseImpact(port, { nodeIds: ['nat-2024-kronikerpakker'] }, { maxDepth: 2 });
    expect(classes(wide)).toStrictEqual({
      DIRECT: ['ini-kronisk-droeftelse', 'ini-prioriteringer-2025'],
      INDIRECT: ['ini-proeve-kronisk', 'ini-rev-opf-hjemmebesoeg'],
      INHERITED: ['ini-revitalisering-opf-hjemmebesoeg', 'ini-tvaerfaglige-opstartsmoeder'],
    });
    expect(wide.get('ini-rev-opf-hjemmebesoeg')?.depth).toBe(3);
  });

  it('hop direction: OUT follows what the direct node points at, IN what points at it', async () => {
    const port = domain();
    const out = await analyseImpact(port, { nodeIds: ['nat-demens-anbefalinger'] }, { direction: 'OUT' });
    expect(classes(out).INDIRECT).toStrictEqual(['ag-sa-demens']);
    const inward = await analyseImpact(port, { nodeIds: ['nat-demens-anbefalinger'] }, { direction: 'IN' });
    expect(classes(inward).INDIRECT).toStrictEqual(['wg-demens']);
  });

  it('which relationship types propagate is an option', async () => {
    const report = await analyseImpact(
      domain(),
      { nodeIds: ['nat-demens-anbefalinger'] },
      { propagationTypes: ['REVISES'] },
    );
    expect(classes(report).INDIRECT).toStrictEqual(['ag-sa-demens']);
    const noSuper = await analyseImpact(
      domain(),
      { nodeIds: ['nat-2024-96t'] },
      { includeSuperseded: false, includeParent: false },
    );
    expect(classes(noSuper)).toStrictEqual({
      DIRECT: ['ini-72t-psyk-botilbud'],
      INDIRECT: ['wg-72t-psyk'],
      INHERITED: [],
    });
  });

  it('the effect and date change the consequence, not the classes', async () => {
    const port = domain();
    const delayed = await analyseImpact(port, { nodeIds: ['nat-2024-kronikerpakker'], effect: 'DELAYED' });
    expect(delayed.get('ini-kronisk-droeftelse')?.consequence.code).toBe('BLOCKED_LONGER');
    const withdrawn = await analyseImpact(port, { nodeIds: ['nat-2024-afskaffelse'], effect: 'WITHDRAWN' });
    expect([
      withdrawn.get('cl-vest')?.consequence.code,
      withdrawn.get('ag-sa-god-indlaeggelse')?.consequence.code,
    ]).toStrictEqual(['NOT_SUPERSEDED', 'KEEPS_OWNER']);
    const dated = await analyseImpact(port, { nodeIds: ['nat-2024-kronikerpakker'], date: '2025-06-01' });
    expect(dated.get('ini-kronisk-droeftelse')?.consequence.da).toBe(
      'Afventede »Kronikerpakker«: klar til opstart fra 01.06.2025',
    );
  });

  it('asOf leaves out relationships that had not started yet', async () => {
    const report = await analyseImpact(
      domain(),
      { nodeIds: ['nat-2024-kronikerpakker'] },
      { asOf: '2024-01-01' },
    );
    expect(classes(report)).toStrictEqual({
      DIRECT: ['ini-prioriteringer-2025'],
      INDIRECT: [],
      INHERITED: [],
    });
  });

  it('refuses unknown ids, naming them', async () => {
    await expect(analyseImpact(domain(), { nodeIds: ['nat-2024-96t', 'nope', 'nix'] })).rejects.toThrow(
      new ValidationError('change.nodeIds', "ukendt id / unknown id: 'nope', 'nix'"),
    );
    await expect(analyseUpstream(domain(), 'nope')).rejects.toThrow(
      new ValidationError('id', "ukendt id / unknown id: 'nope'"),
    );
    await expect(analyseImpact(domain(), { nodeIds: ['nat-2024-96t'] }, { maxDepth: 9 })).rejects.toThrow(
      new ValidationError(
        'options.maxDepth',
        'skal være et heltal fra 0 til 6 / must be an integer from 0 to 6',
      ),
    );
  });
});

describe('impact analysis: cycles and multiple paths', () => {
  const t = (s: string, type: RelationType, o: string): ReturnType<typeof edge> => edge(s, type, o);
  const small = (edges: ReturnType<typeof edge>[]): ReturnType<typeof memoryPort> => {
    const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
    return memoryPort({ nodes: ids.map((id) => node(id, 'Initiative')), edges });
  };

  it('COUPLED_WITH cycles terminate, count each node once and report every simple path within the depth', async () => {
    const port = small([
      t('a', 'AWAITS', 'x'),
      t('a', 'COUPLED_WITH', 'b'),
      t('b', 'COUPLED_WITH', 'c'),
      t('c', 'COUPLED_WITH', 'a'),
    ]);
    const report = await analyseImpact(port, { nodeIds: ['x'] }, { maxDepth: 3 });
    expect(report.affected.map((a) => [a.id, a.classification, a.depth])).toStrictEqual([
      ['a', 'DIRECT', 1],
      ['b', 'INDIRECT', 2],
      ['c', 'INDIRECT', 2],
    ]);
    expect(pathIds(report, 'b')).toStrictEqual([
      ['INDIRECT_HOP', ['a|AWAITS|x', 'a|COUPLED_WITH|b']],
      ['INDIRECT_HOP', ['a|AWAITS|x', 'c|COUPLED_WITH|a', 'b|COUPLED_WITH|c']],
    ]);
  });

  it('a node reached several ways carries every path and the strongest class', async () => {
    const port = small([
      t('x-part', 'PART_OF', 'x'),
      t('n', 'AWAITS', 'x'),
      t('n', 'DEPENDS_ON', 'x-part'),
      t('m', 'AWAITS', 'x'),
      t('m', 'COUPLED_WITH', 'n'),
      t('n', 'PART_OF', 'm'),
    ]);
    const report = await analyseImpact(port, { nodeIds: ['x'] });
    expect(report.get('n')).toMatchObject({ classification: 'DIRECT', depth: 1, rule: 'DIRECT_ON_CHANGE' });
    expect(pathIds(report, 'n')).toStrictEqual([
      ['DIRECT_ON_CHANGE', ['n|AWAITS|x']],
      ['DIRECT_ON_PART', ['x-part|PART_OF|x', 'n|DEPENDS_ON|x-part']],
      ['INDIRECT_HOP', ['m|AWAITS|x', 'm|COUPLED_WITH|n']],
      ['INHERITED_PART_OF', ['m|AWAITS|x', 'n|PART_OF|m']],
    ]);
    expect(report.paths('n').truncated).toBe(false);
    const bounded = await analyseImpact(port, { nodeIds: ['x'] }, { maxPathsPerNode: 2 });
    expect([bounded.paths('n').paths.length, bounded.paths('n').truncated]).toStrictEqual([2, true]);
  });
});

describe('upstream', () => {
  it('what a node waits on: the reform and, inherited, its parts', async () => {
    const report = await analyseUpstream(domain(), 'ini-prioriteringer-2025');
    expect(classes(report)).toStrictEqual({
      DIRECT: ['nat-reform-2024'],
      INDIRECT: [],
      INHERITED: [
        'nat-2024-96t',
        'nat-2024-afskaffelse',
        'nat-2024-kronikerpakker',
        'nat-2024-naersundhedsplan',
        'nat-2024-opgaveflytning',
        'nat-2024-sundhedsraad',
      ],
    });
    expect(report.get('nat-reform-2024')?.consequence.code).toBe('UPSTREAM_BLOCKER');
  });

  it('transitive, through cycles, and what the parent waits on', async () => {
    const port = memoryPort({
      nodes: ['n', 'p', 'a', 'b', 'c'].map((id) => node(id, 'Initiative')),
      edges: [
        edge('n', 'PART_OF', 'p'),
        edge('n', 'AWAITS', 'a'),
        edge('a', 'DEPENDS_ON', 'b'),
        edge('b', 'DEPENDS_ON', 'a'),
        edge('p', 'AWAITS', 'c'),
      ],
    });
    const report = await analyseUpstream(port, 'n');
    expect(report.affected.map((a) => [a.id, a.classification, a.depth, a.rule])).toStrictEqual([
      ['a', 'DIRECT', 1, 'UPSTREAM_DIRECT'],
      ['b', 'INDIRECT', 2, 'UPSTREAM_TRANSITIVE'],
      ['c', 'INHERITED', 2, 'UPSTREAM_VIA_PARENT'],
    ]);
    expect(pathIds(report, 'b')).toStrictEqual([['UPSTREAM_TRANSITIVE', ['n|AWAITS|a', 'a|DEPENDS_ON|b']]]);
    expect(pathIds(report, 'c')).toStrictEqual([['UPSTREAM_VIA_PARENT', ['n|PART_OF|p', 'p|AWAITS|c']]]);
  });
});
