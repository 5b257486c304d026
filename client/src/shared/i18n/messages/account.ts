/** The header's account control (sign-in, name and role, sign-out), in Danish and English (combined in `../dictionary.ts`). */
export const da = {
  'account.label': 'Bruger',
  'account.signIn': 'Log ind',
  'account.signOut': 'Log ud',
  'account.local': 'Lokal bruger',
  'account.nameAndRole': '{name} ({role})',
  'account.role.VIEWER': 'læser',
  'account.role.EDITOR': 'redaktør',
  'account.role.ADMIN': 'administrator',
  'account.role.none': 'ingen adgang',
} as const;

export const en: { readonly [K in keyof typeof da]: string } = {
  'account.label': 'User',
  'account.signIn': 'Sign in',
  'account.signOut': 'Sign out',
  'account.local': 'Local user',
  'account.nameAndRole': '{name} ({role})',
  'account.role.VIEWER': 'viewer',
  'account.role.EDITOR': 'editor',
  'account.role.ADMIN': 'administrator',
  'account.role.none': 'no access',
};
