/**
 * The page frame: title, language and view switches, toolbar, and the loading and error states,
 * in Danish and English (combined in `../dictionary.ts`).
 */
export const da = {
  'app.title': 'Aftalegraf',
  'app.subtitle': 'Region Midtjyllands aftalekompleks',
  'app.skip': 'Spring til indhold',
  'lang.label': 'Sprog',
  'lang.switchTo': 'English',
  'view.label': 'Visning',
  'view.graph': 'Graf',
  'view.list': 'Liste',

  'toolbar.layout': 'Layout',
  'layout.layered': 'Lagdelt',
  'layout.force': 'Kraftbaseret',
  'toolbar.fit': 'Tilpas visning',
  'toolbar.webgl': 'Hurtig tegning (grafikkort)',
  'toolbar.counts': '{nodes} elementer · {edges} relationer',
  'toolbar.forceTooLarge': 'Kraftbaseret layout beregnes i baggrunden…',

  'state.loading': 'Henter aftalekomplekset…',
  'state.errorTitle': 'Kan ikke hente data',
  'state.errorBody': 'Serveren svarer ikke, eller forespørgslen fejlede. Tjek forbindelsen og prøv igen.',
  'state.retry': 'Prøv igen',
  'state.empty': 'Ingen elementer matcher de valgte filtre.',
  'state.truncated': 'Grafen er for stor til at vise på én gang: kun en del vises. Indsnævr med filtre.',
  'app.menu': 'Filtre og signaturer',
  'app.headerMenu': 'Menu',
  'app.closeMenu': 'Luk filtre',
} as const;

export const en: { readonly [K in keyof typeof da]: string } = {
  'app.title': 'Aftalegraf',
  'app.subtitle': "Region Midtjylland's agreement complex",
  'app.skip': 'Skip to content',
  'lang.label': 'Language',
  'lang.switchTo': 'Dansk',
  'view.label': 'View',
  'view.graph': 'Graph',
  'view.list': 'List',

  'toolbar.layout': 'Layout',
  'layout.layered': 'Layered',
  'layout.force': 'Force-directed',
  'toolbar.fit': 'Fit to view',
  'toolbar.webgl': 'Fast drawing (graphics card)',
  'toolbar.counts': '{nodes} items · {edges} relationships',
  'toolbar.forceTooLarge': 'Computing force layout in the background…',

  'state.loading': 'Loading the agreement complex…',
  'state.errorTitle': 'Cannot load data',
  'state.errorBody': 'The server does not answer, or the request failed. Check the connection and try again.',
  'state.retry': 'Try again',
  'state.empty': 'No items match the selected filters.',
  'state.truncated':
    'The graph is too large to show at once: only part of it is shown. Narrow it with filters.',
  'app.menu': 'Filters and legend',
  'app.headerMenu': 'Menu',
  'app.closeMenu': 'Close filters',
};
