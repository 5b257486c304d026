/** The list view, in Danish and English (combined in `../dictionary.ts`). */
export const da = {
  'list.caption': 'Elementer i aftalekomplekset',
  'list.name': 'Navn',
  'list.label': 'Type',
  'list.status': 'Status',
  'list.date': 'Statusdato',
  'list.id': 'Id',
  'list.sortBy': 'Sortér efter {column}',
  'list.more': 'Vis flere ({n} tilbage)',
  'list.awaits': 'Venter på',
  'list.recommendation': 'Indstilling: {status}',
  'list.flags': 'Advarsler',
  'list.flagSince': 'siden {date}',
} as const;

export const en: { readonly [K in keyof typeof da]: string } = {
  'list.caption': 'Items of the agreement complex',
  'list.name': 'Name',
  'list.label': 'Kind',
  'list.status': 'Status',
  'list.date': 'Status date',
  'list.id': 'Id',
  'list.sortBy': 'Sort by {column}',
  'list.more': 'Show more ({n} left)',
  'list.awaits': 'Waits for',
  'list.recommendation': 'Recommendation: {status}',
  'list.flags': 'Flags',
  'list.flagSince': 'since {date}',
};
