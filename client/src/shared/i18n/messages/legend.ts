/** The legend, in Danish and English (combined in `../dictionary.ts`). */
export const da = {
  'legend.title': 'Signaturforklaring',
  'legend.colours': 'Farve: status',
  'legend.shapes': 'Form: type',
  'legend.lines': 'Streg: relation',
  'legend.impact': 'Konsekvensanalyse',
  'legend.changed': 'Ændringen',
} as const;

export const en: { readonly [K in keyof typeof da]: string } = {
  'legend.title': 'Legend',
  'legend.colours': 'Colour: status',
  'legend.shapes': 'Shape: kind',
  'legend.lines': 'Line: relationship',
  'legend.impact': 'Impact analysis',
  'legend.changed': 'The change',
};
