/** The impact analysis's controls and classes, in Danish and English (combined in `../dictionary.ts`). */
export const da = {
  'impact.title': 'Konsekvensanalyse',
  'impact.close': 'Afslut konsekvensanalyse',
  'impact.loading': 'Beregner konsekvenser…',
  'impact.error': 'Konsekvensanalysen fejlede',
  'impact.count': '{n} berørte elementer',
  'impact.effect': 'Ændringen',
  'impact.maxDepth': 'Indirekte hop',
  'effect.LANDS': 'Lander',
  'effect.DELAYED': 'Forsinkes',
  'effect.WITHDRAWN': 'Trækkes tilbage',

  'class.DIRECT': 'Direkte',
  'class.INDIRECT': 'Indirekte',
  'class.INHERITED': 'Arvet',
} as const;

export const en: { readonly [K in keyof typeof da]: string } = {
  'impact.title': 'Impact analysis',
  'impact.close': 'Close impact analysis',
  'impact.loading': 'Computing the impact…',
  'impact.error': 'The impact analysis failed',
  'impact.count': '{n} affected items',
  'impact.effect': 'The change',
  'impact.maxDepth': 'Indirect hops',
  'effect.LANDS': 'Lands',
  'effect.DELAYED': 'Is delayed',
  'effect.WITHDRAWN': 'Is withdrawn',

  'class.DIRECT': 'Direct',
  'class.INDIRECT': 'Indirect',
  'class.INHERITED': 'Inherited',
};
