/** The legend, in Danish and English (combined in `../dictionary.ts`). */
export const da = {
  'legend.title': 'Signaturforklaring',
  'legend.colours': 'Farve: status',
  'legend.shapes': 'Form: type',
  'legend.lines': 'Streg: relation',
  'legend.impact': 'Konsekvensanalyse',
  'legend.changed': 'Ændringen',
  'legend.tiers': 'Lagene i grafen',
  'legend.family.structure': 'Struktur (del af, konkretiserer, afløser)',
  'legend.family.delivery': 'Udførelse (ansvar, implementering, beslutning)',
  'legend.family.impact': 'Konsekvens (afventer, afhænger af, udspringer af)',
  'legend.family.provenance': 'Kilde (nævnt i)',
  'legend.heavy': 'Afventer / afhænger af (kraftigst)',
} as const;

export const en: { readonly [K in keyof typeof da]: string } = {
  'legend.title': 'Legend',
  'legend.colours': 'Colour: status',
  'legend.shapes': 'Shape: kind',
  'legend.lines': 'Line: relationship',
  'legend.impact': 'Impact analysis',
  'legend.changed': 'The change',
  'legend.tiers': 'Tiers of the graph',
  'legend.family.structure': 'Structure (part of, concretises, supersedes)',
  'legend.family.delivery': 'Delivery (responsibility, implementation, decision)',
  'legend.family.impact': 'Impact (awaits, depends on, derives from)',
  'legend.family.provenance': 'Source (mentioned in)',
  'legend.heavy': 'Awaits / depends on (heaviest)',
};
