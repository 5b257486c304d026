/**
 * Every effect × rule combination's sentence (issue 13 §1), on a small complex built for it: the
 * change `c` (a part of the reform `p`, with its own part `c1`), items that await, adjust to,
 * depend on or derive from `c`, `c1` or `p`, one that `c` supersedes, one reached through a
 * direct item, one part inherited, and a body that owns a direct item. Regression: withdrawing
 * an element of a reform said the whole reform was withdrawn.
 */
import { describe, expect, it } from 'vitest';
import { analyseImpact } from '../../server/impact/engine/engine.js';
import type { ChangeEffect } from '../../server/impact/impact.rules.js';
import { edge, node } from './domain-fixture.js';
import { memoryPort } from './memory-port.js';

function complex(): ReturnType<typeof memoryPort> {
  const change = node('c', 'ReformElement', '96 timer');
  change.props.effectiveFrom = '2027-01-01';
  return memoryPort({
    nodes: [
      node('p', 'NationalReform', 'Reform 2024'),
      change,
      node('c1', 'ReformElement', 'Psykiatri-delen'),
      ...[
        'await',
        'adjust',
        'legal',
        'derive',
        'part',
        'parentAwait',
        'parentAdjust',
        'parentFunding',
        'parentDerive',
      ].map((id) => node(id, 'Initiative', `Indsats ${id}`)),
      node('old', 'RegionalScheme', '72 timer'),
      node('via', 'Initiative', 'Evaluering'),
      node('track', 'Initiative', 'Spor 1'),
      node('ssg', 'Body', 'Sundhedsstyregruppen'),
      node('chair', 'Body', 'Formandskabet'),
    ],
    edges: [
      edge('c', 'PART_OF', 'p'),
      edge('c1', 'PART_OF', 'c'),
      edge('await', 'AWAITS', 'c', { mode: 'blocking' }),
      edge('adjust', 'AWAITS', 'c', { mode: 'adjust' }),
      edge('legal', 'DEPENDS_ON', 'c', { dependencyKind: 'legal' }),
      edge('derive', 'DERIVES_FROM', 'c'),
      edge('part', 'AWAITS', 'c1'),
      edge('parentAwait', 'AWAITS', 'p'),
      edge('parentAdjust', 'AWAITS', 'p', { mode: 'adjust' }),
      edge('parentFunding', 'DEPENDS_ON', 'p', { dependencyKind: 'funding' }),
      edge('parentDerive', 'DERIVES_FROM', 'p'),
      edge('c', 'SUPERSEDES', 'old', { effective: '2027-01-01' }),
      edge('via', 'CONCERNS', 'await'),
      edge('track', 'PART_OF', 'via'),
      edge('ssg', 'RESPONSIBLE', 'await', { role: 'approver' }),
      edge('chair', 'PART_OF', 'ssg'),
    ],
  });
}

async function sentences(effect: ChangeEffect): Promise<Record<string, [string, string, string | null]>> {
  const report = await analyseImpact(complex(), { nodeIds: ['c'], effect });
  return Object.fromEntries(
    report.affected.map((a) => [
      a.id,
      [a.consequence.code, a.consequence.da, a.consequence.effective ?? null],
    ]),
  );
}

describe('impact consequences in words, for every effect and rule', () => {
  it('the body owning an affected item is not a result, nor is its chair', async () => {
    const ids = Object.keys(await sentences('LANDS')).sort();
    expect(ids).toStrictEqual([
      'adjust',
      'await',
      'derive',
      'legal',
      'old',
      'parentAdjust',
      'parentAwait',
      'parentDerive',
      'parentFunding',
      'part',
      'track',
      'via',
    ]);
  });

  it('LANDS', async () => {
    expect(await sentences('LANDS')).toStrictEqual({
      adjust: ['REPLAN', 'Skal omplanlægges: »96 timer« lander fra 01.01.2027', '2027-01-01'],
      await: ['READY_TO_START', 'Afventede »96 timer«: klar til opstart fra 01.01.2027', '2027-01-01'],
      derive: ['ALIGN_WITH_NATIONAL', 'Skal tilpasses »96 timer« fra 01.01.2027', '2027-01-01'],
      legal: ['PREREQUISITE_MET', 'Hjemmel på plads: »96 timer« fra 01.01.2027', '2027-01-01'],
      old: ['SUPERSEDED', 'Afløses af »96 timer« fra 01.01.2027: afvikles eller overdrages', '2027-01-01'],
      parentAdjust: [
        'REPLAN',
        'Afventer »Reform 2024«, hvis del »96 timer« lander fra 01.01.2027: vurder om arbejdet kan starte eller skal omplanlægges',
        '2027-01-01',
      ],
      parentAwait: [
        'REPLAN',
        'Afventer »Reform 2024«, hvis del »96 timer« lander fra 01.01.2027: vurder om arbejdet kan starte eller skal omplanlægges',
        '2027-01-01',
      ],
      parentDerive: [
        'ALIGN_WITH_NATIONAL',
        'Skal tilpasses »96 timer« (en del af »Reform 2024«) fra 01.01.2027',
        '2027-01-01',
      ],
      parentFunding: [
        'REPLAN',
        'Finansiering i »Reform 2024« er delvis på plads (delen »96 timer« lander fra 01.01.2027): vurder om forudsætningen er opfyldt',
        '2027-01-01',
      ],
      part: [
        'READY_TO_START',
        'Afventede »Psykiatri-delen« (en del af »96 timer«): klar til opstart fra 01.01.2027',
        '2027-01-01',
      ],
      track: ['FOLLOWS_PARENT', 'Del af »Evaluering«: følger samme konsekvens', '2027-01-01'],
      via: ['REVIEW', 'Berørt via »Indsats await« (vedrører): gennemgå konsekvensen', '2027-01-01'],
    });
  });

  it('DELAYED', async () => {
    expect(await sentences('DELAYED')).toStrictEqual({
      adjust: ['REPLAN', 'Skal omplanlægges: »96 timer« er forsinket', null],
      await: ['BLOCKED_LONGER', 'Afventer »96 timer«, som er forsinket: forbliver blokeret', null],
      derive: ['REPLAN', 'Omplanlæg: »96 timer« er forsinket', null],
      legal: ['PREREQUISITE_DELAYED', 'Hjemmel (»96 timer«) er forsinket: tidsplanen skubbes', null],
      old: ['SUPERSESSION_DELAYED', 'Afløsningen ved »96 timer« udskydes: fortsætter indtil videre', null],
      parentAdjust: [
        'REPLAN',
        'Afventer »Reform 2024«, hvis del »96 timer« er forsinket: vurder om arbejdet forsinkes',
        null,
      ],
      parentAwait: [
        'REPLAN',
        'Afventer »Reform 2024«, hvis del »96 timer« er forsinket: vurder om arbejdet forsinkes',
        null,
      ],
      parentDerive: ['REPLAN', 'Omplanlæg: »96 timer« (en del af »Reform 2024«) er forsinket', null],
      parentFunding: [
        'PREREQUISITE_DELAYED',
        'Finansiering i »Reform 2024« er delvis forsinket (delen »96 timer«): tidsplanen kan skubbes',
        null,
      ],
      part: [
        'BLOCKED_LONGER',
        'Afventer »Psykiatri-delen« (en del af »96 timer«), som er forsinket: forbliver blokeret',
        null,
      ],
      track: ['FOLLOWS_PARENT', 'Del af »Evaluering«: følger samme konsekvens', null],
      via: ['REVIEW', 'Berørt via »Indsats await« (vedrører): gennemgå konsekvensen', null],
    });
  });

  it('WITHDRAWN: the element goes, the reform it belongs to stands', async () => {
    expect(await sentences('WITHDRAWN')).toStrictEqual({
      adjust: ['REPLAN', 'Skal omplanlægges: »96 timer« er trukket tilbage', null],
      await: [
        'BASIS_WITHDRAWN',
        'Afventede »96 timer«, som er trukket tilbage: tag stilling til nyt grundlag eller lukning',
        null,
      ],
      derive: ['BASIS_WITHDRAWN', 'Grundlaget »96 timer« er trukket tilbage: tag stilling', null],
      legal: ['PREREQUISITE_LOST', 'Hjemmel (»96 timer«) bortfalder: tag stilling', null],
      old: ['NOT_SUPERSEDED', 'Afløses ikke af »96 timer«: fortsætter', null],
      parentAdjust: [
        'REPLAN',
        'Afventer »Reform 2024«, hvis del »96 timer« trækkes tilbage; resten af »Reform 2024« står ved magt: vurder betydningen for arbejdet',
        null,
      ],
      parentAwait: [
        'REPLAN',
        'Afventer »Reform 2024«, hvis del »96 timer« trækkes tilbage; resten af »Reform 2024« står ved magt: vurder betydningen for arbejdet',
        null,
      ],
      parentDerive: [
        'REPLAN',
        'Grundlaget »Reform 2024« står ved magt, men delen »96 timer« trækkes tilbage: tag stilling',
        null,
      ],
      parentFunding: [
        'REPLAN',
        'Finansiering i »Reform 2024« mister delen »96 timer«, som trækkes tilbage: tag stilling til, om forudsætningen stadig holder',
        null,
      ],
      part: [
        'BASIS_WITHDRAWN',
        'Afventede »Psykiatri-delen« (en del af »96 timer«), som er trukket tilbage: tag stilling til nyt grundlag eller lukning',
        null,
      ],
      track: ['FOLLOWS_PARENT', 'Del af »Evaluering«: følger samme konsekvens', null],
      via: ['REVIEW', 'Berørt via »Indsats await« (vedrører): gennemgå konsekvensen', null],
    });
  });
});
