/** The date field (`shared/date-field/`), in Danish and English (combined in `../dictionary.ts`). */
export const da = {
  'dateField.hint': 'Skriv dd.mm.åååå. Pil op/ned: en dag, Page Up/Down: en måned.',
  'dateField.format': 'Skriv datoen som dd.mm.åååå, fx 30.11.2026.',
  'dateField.noSuchDate': 'Den dato findes ikke i kalenderen.',
  'dateField.beforeMin': 'Vælg en dato fra {min} og frem.',
  'dateField.afterMax': 'Vælg en dato til og med {max}.',
} as const;

export const en: { readonly [K in keyof typeof da]: string } = {
  'dateField.hint': 'Type dd/mm/yyyy. Arrow up/down: a day, Page Up/Down: a month.',
  'dateField.format': 'Write the date as dd/mm/yyyy, e.g. 30/11/2026.',
  'dateField.noSuchDate': 'That date is not in the calendar.',
  'dateField.beforeMin': 'Choose a date from {min} on.',
  'dateField.afterMax': 'Choose a date up to {max}.',
};
