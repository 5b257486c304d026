/**
 * The sign-in routes: `GET /auth/login?returnTo=/path`, `GET /auth/callback` (the provider's
 * redirect), `POST /auth/logout` (then the provider's end-session page when it has one) and
 * `GET /auth/me`. The GraphQL `me` query answers the same as `/auth/me`.
 */
import type express from 'express';
import type { Logger } from '../app.js';
import { UnauthenticatedError } from '../errors.js';
import { signInHint } from './sign-in-hint.js';
import { Identity, LOGIN_COOKIE, LOGIN_TTL_SECONDS, SESSION_COOKIE } from './identity.js';

/** Mounts the `/auth/*` routes and says at start-up how writes are authorised. */
export function mountAuth(app: express.Express, identity: Identity, host: string, logger: Logger): void {
  if (!identity.signInAvailable && !identity.localAdmin) {
    logger.info(
      `Log ind er ikke sat op, og serveren lytter på ${host}: ændringer afvises uden API-token. Sæt AFTALEGRAF_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET, AFTALEGRAF_PUBLIC_URL og AFTALEGRAF_SESSION_SECRET, eller opret et token med npm run token -- create / sign-in is not configured and the server is bound to ${host}: writes are refused without an API token; configure AFTALEGRAF_OIDC_* or create a token`,
    );
  }
  const cookieBase = { httpOnly: true, sameSite: 'lax', secure: identity.secureCookies } as const;

  app.get('/auth/me', async (req, res) => {
    res.set('Cache-Control', 'no-store');
    try {
      const actor = await identity.resolveActor(req);
      res.json({ ...actor, role: actor.role ?? null, signInAvailable: identity.signInAvailable });
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) throw error;
      res.status(401).json({ error: 'UNAUTHENTICATED', message: error.message });
    }
  });

  app.get('/auth/login', async (req, res) => {
    const signIn = identity.signIn;
    if (!signIn) {
      page(res, 404, 'Log ind er ikke sat op', 'Sign-in is not configured', escapeHtml(signInHint(false)));
      return;
    }
    try {
      const { url, transaction } = await signIn.start(safeReturnTo(req.query.returnTo));
      res.cookie(LOGIN_COOKIE, await identity.sealLogin(transaction), {
        ...cookieBase,
        path: '/auth',
        maxAge: LOGIN_TTL_SECONDS * 1000,
      });
      res.set('Cache-Control', 'no-store').redirect(302, url.href);
    } catch (error) {
      logger.error('[auth] the OpenID provider could not be reached', error);
      page(
        res,
        502,
        'Log ind-tjenesten svarer ikke',
        'The sign-in provider does not answer',
        'Prøv igen om lidt / try again shortly.',
      );
    }
  });

  app.get('/auth/callback', async (req, res) => {
    const signIn = identity.signIn;
    if (!signIn) {
      page(res, 404, 'Log ind er ikke sat op', 'Sign-in is not configured', escapeHtml(signInHint(false)));
      return;
    }
    const transaction = await identity.openLogin(req);
    res.clearCookie(LOGIN_COOKIE, { ...cookieBase, path: '/auth' });
    if (!transaction) {
      page(
        res,
        400,
        'Log ind udløb eller blev ikke startet her',
        'The sign-in expired or was not started here',
        '<a href="/auth/login">Log ind igen / sign in again</a>',
      );
      return;
    }
    if (typeof req.query.error === 'string') {
      const description = typeof req.query.error_description === 'string' ? req.query.error_description : '';
      page(
        res,
        403,
        'Log ind blev afbrudt',
        'Sign-in was cancelled',
        `${escapeHtml(req.query.error)} ${escapeHtml(description)} <a href="/auth/login">Prøv igen / try again</a>`,
      );
      return;
    }
    try {
      const search = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
      const user = await signIn.finish(search, transaction);
      res.cookie(SESSION_COOKIE, await identity.sealSession(user), {
        ...cookieBase,
        path: '/',
        maxAge: identity.sessionTtlSeconds * 1000,
      });
      res.set('Cache-Control', 'no-store').redirect(302, transaction.returnTo);
    } catch (error) {
      logger.error('[auth] sign-in callback failed', error);
      page(
        res,
        400,
        'Log ind mislykkedes',
        'Sign-in failed',
        '<a href="/auth/login">Prøv igen / try again</a>',
      );
    }
  });

  app.post('/auth/logout', async (req, res) => {
    const user = await identity.readSession(req);
    res.clearCookie(SESSION_COOKIE, { ...cookieBase, path: '/' });
    let next = '/';
    if (user && identity.signIn) {
      try {
        next = (await identity.signIn.endSessionUrl(user.idToken))?.href ?? '/';
      } catch (error) {
        // Signed out here all the same; only the provider's own session may outlive it.
        logger.error('[auth] end-session URL unavailable', error);
      }
    }
    res.set('Cache-Control', 'no-store').redirect(303, next);
  });
}

/** Only paths within this app: never `//host` or an absolute URL (no open redirect). */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return '/';
  }
  return value;
}

function page(res: express.Response, status: number, da: string, en: string, detail: string): void {
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .type('html')
    .send(
      `<!doctype html><html lang="da"><meta charset="utf-8"><title>Aftalegraf: ${escapeHtml(da)}</title>` +
        `<h1>${escapeHtml(da)}</h1><p lang="en">${escapeHtml(en)}</p><p>${detail}</p>` +
        '<p><a href="/">Til forsiden / to the start page</a></p></html>',
    );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
