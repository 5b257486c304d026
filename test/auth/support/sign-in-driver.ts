/** Signs a test user in through the app and the real provider's login form, over HTTP. */
import type { CookieJar } from './cookie-jar.js';

/** Runs the whole code flow; returns the app URL the user lands on. */
export async function signIn(jar: CookieJar, appUrl: string, login: string, returnTo = '/'): Promise<URL> {
  const form = await jar.follow(`${appUrl}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  if (form.response.status !== 200 || !form.url.pathname.startsWith('/interaction/')) {
    throw new Error(`expected the provider's login form, got ${form.response.status} at ${form.url.href}`);
  }
  const submitted = await jar.fetch(form.url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ prompt: 'login', login, password: 'any' }),
  });
  const location = submitted.headers.get('location');
  if (!location) throw new Error(`the login form answered ${submitted.status} without a redirect`);
  const landed = await jar.follow(new URL(location, form.url), `${appUrl}${returnTo}`);
  return landed.url;
}
