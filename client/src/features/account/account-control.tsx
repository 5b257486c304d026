/**
 * The header's account control: "Log ind" when staff sign-in is set up and nobody is signed in;
 * the user's name and role with "Log ud" when signed in; the local user of a quick start as
 * "Lokal bruger (administrator)". Sign-in and sign-out are full page navigations, because the
 * OpenID provider's pages sit between them.
 */
import { useMe } from '../../api/get-me.js';
import type { Me } from '../../api/get-me.js';
import type { Translate } from '../../shared/i18n/use-t.js';
import { useT } from '../../shared/i18n/use-t.js';
import './account-control.css';

export function AccountControl() {
  const { t } = useT();
  const { data } = useMe();
  const me = data?.me;
  if (!me) return null;

  if (me.kind === 'ANONYMOUS') {
    if (!me.signInAvailable) return null;
    const returnTo = `${window.location.pathname}${window.location.search}`;
    return (
      <a className="account-sign-in" href={`/auth/login?returnTo=${encodeURIComponent(returnTo)}`}>
        {t('account.signIn')}
      </a>
    );
  }

  return (
    <div className="account" role="group" aria-label={t('account.label')}>
      <span className="account-name" data-testid="account-name">
        {accountText(me, t)}
      </span>
      {me.kind === 'USER' && (
        <form method="post" action="/auth/logout">
          <button type="submit">{t('account.signOut')}</button>
        </form>
      )}
    </div>
  );
}

function accountText(me: Me, t: Translate): string {
  const name = me.kind === 'LOCAL' ? t('account.local') : me.name;
  const role = me.role ? t(`account.role.${me.role}`) : t('account.role.none');
  return t('account.nameAndRole', { name, role });
}
