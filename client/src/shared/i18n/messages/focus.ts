/** The focus controls, in Danish and English (combined in `../dictionary.ts`). */
export const da = {
  'focus.title': 'Fokus',
  'focus.off': 'Slået fra',
  'focus.up': 'Opstrøms',
  'focus.down': 'Nedstrøms',
  'focus.both': 'Begge veje',
  'focus.depth': 'Dybde',
  'focus.dim': 'Dæmp resten',
  'focus.only': 'Vis kun fokus',
  'focus.expand': 'Fold naboer ud',
  'focus.collapse': 'Fold naboer ind',
  'focus.needsSelection': 'Vælg et element for at fokusere',
} as const;

export const en: { readonly [K in keyof typeof da]: string } = {
  'focus.title': 'Focus',
  'focus.off': 'Off',
  'focus.up': 'Upstream',
  'focus.down': 'Downstream',
  'focus.both': 'Both ways',
  'focus.depth': 'Depth',
  'focus.dim': 'Dim the rest',
  'focus.only': 'Show focus only',
  'focus.expand': 'Expand neighbours',
  'focus.collapse': 'Collapse neighbours',
  'focus.needsSelection': 'Select an item to focus',
};
