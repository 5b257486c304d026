/** The as-of date control, in Danish and English (combined in `../dictionary.ts`). */
export const da = {
  'time.label': 'Status pr.',
  'time.today': 'I dag',
  'time.slider': 'Tidslinje',
} as const;

export const en: { readonly [K in keyof typeof da]: string } = {
  'time.label': 'Status as of',
  'time.today': 'Today',
  'time.slider': 'Timeline',
};
