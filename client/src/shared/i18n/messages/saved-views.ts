/** Saved views: name, save, open, share, delete (combined in `../dictionary.ts`). */
export const da = {
  'views.title': 'Gemte visninger',
  'views.name': 'Navn på visningen',
  'views.save': 'Gem visning',
  'views.none': 'Ingen gemte visninger endnu.',
  'views.open': 'Åbn',
  'views.copy': 'Kopiér link',
  'views.copied': 'Link kopieret',
  'views.delete': 'Slet {name}',
  'views.saved': 'Visningen »{name}« er gemt.',
  'views.nameRequired': 'Giv visningen et navn.',
  'views.nameTooLong': 'Navnet må højst være {max} tegn.',
  'views.where': 'Gemt i denne browser.',
  'views.whereUser': 'Gemt i denne browser for {user}.',
} as const;

export const en: { readonly [K in keyof typeof da]: string } = {
  'views.title': 'Saved views',
  'views.name': 'Name of the view',
  'views.save': 'Save view',
  'views.none': 'No saved views yet.',
  'views.open': 'Open',
  'views.copy': 'Copy link',
  'views.copied': 'Link copied',
  'views.delete': 'Delete {name}',
  'views.saved': 'The view “{name}” is saved.',
  'views.nameRequired': 'Give the view a name.',
  'views.nameTooLong': 'The name can be at most {max} characters.',
  'views.where': 'Saved in this browser.',
  'views.whereUser': 'Saved in this browser for {user}.',
};
