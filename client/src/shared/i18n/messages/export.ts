/** The export menu, in Danish and English (combined in `../dictionary.ts`). */
export const da = {
  'export.title': 'Eksportér',
  'export.png': 'Billede (PNG)',
  'export.svg': 'Vektor (SVG)',
  'export.csv': 'Synlige data (CSV)',
  'export.json': 'Synlige data (JSON)',
} as const;

export const en: { readonly [K in keyof typeof da]: string } = {
  'export.title': 'Export',
  'export.png': 'Image (PNG)',
  'export.svg': 'Vector (SVG)',
  'export.csv': 'Visible data (CSV)',
  'export.json': 'Visible data (JSON)',
};
