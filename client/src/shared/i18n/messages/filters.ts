/** The filter panel, in Danish and English (combined in `../dictionary.ts`). */
export const da = {
  'filters.title': 'Filtre',
  'filters.label': 'Type',
  'filters.status': 'Status',
  'filters.cluster': 'Klynge',
  'filters.body': 'Ansvarligt organ',
  'filters.awaiting': 'Afventer',
  'filters.all': 'Alle',
  'filters.reset': 'Nulstil filtre',
  'filters.active': '{n} aktive filtre',
  'awaiting.ANY': 'Afventer noget (nationalt eller regionalt)',
  'awaiting.NATIONAL': 'Afventer reform/nationalt arbejde',
  'awaiting.REGIONAL': 'Afventer regional afklaring',
} as const;

export const en: { readonly [K in keyof typeof da]: string } = {
  'filters.title': 'Filters',
  'filters.label': 'Kind',
  'filters.status': 'Status',
  'filters.cluster': 'Cluster',
  'filters.body': 'Responsible body',
  'filters.awaiting': 'Awaiting',
  'filters.all': 'All',
  'filters.reset': 'Reset filters',
  'filters.active': '{n} active filters',
  'awaiting.ANY': 'Awaits anything (national or regional)',
  'awaiting.NATIONAL': 'Awaits reform/national work',
  'awaiting.REGIONAL': 'Awaits regional clarification',
};
