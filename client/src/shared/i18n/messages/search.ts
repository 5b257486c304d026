/** The search box, in Danish and English (combined in `../dictionary.ts`). */
export const da = {
  'search.label': 'Søg',
  'search.placeholder': 'Navn, forkortelse eller id',
  'search.loading': 'Søger…',
  'search.none': 'Ingen resultater for »{text}«',
  'search.error': 'Søgningen fejlede',
} as const;

export const en: { readonly [K in keyof typeof da]: string } = {
  'search.label': 'Search',
  'search.placeholder': 'Name, abbreviation or id',
  'search.loading': 'Searching…',
  'search.none': 'No results for “{text}”',
  'search.error': 'Search failed',
};
