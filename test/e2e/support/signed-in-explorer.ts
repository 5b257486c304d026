/**
 * The explorer behind real sign-in, for browser tests: a real OpenID provider (`oidc-provider`,
 * its test staff in `TEST_USERS`: eva the editor, vic the viewer, ada the admin), the real app
 * configured for it on a port known in advance (the provider must know the redirect URI), the
 * explorer built into a temp folder, and headless Chromium. `signIn` drives the provider's own
 * login form, as a member of staff would.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { GraphDocument } from '../../../schema/domain.js';
import { oidcEnv, startAuthApp, type AuthApp } from '../../auth/support/auth-app.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  freePort,
  startTestOidcProvider,
  TEST_USERS,
} from '../../auth/support/test-oidc-provider.js';
import { buildClient, launchChromium } from './explorer-app.js';
import { openHeaderMenu } from './phone-menu.js';

export interface SignedInExplorer {
  /** The app, `http://127.0.0.1:<port>`. */
  url: string;
  /** The provider, `http://localhost:<port>` (another site, as in production). */
  issuer: string;
  /** The built explorer, for another app a test starts itself. */
  dist: string;
  app: AuthApp;
  browser: Browser;
  close(): Promise<void>;
}

/** Starts provider, app (over `graph`, or the contract fixture) and Chromium. */
export async function startSignedInExplorer(
  options: { graph?: () => GraphDocument } = {},
): Promise<SignedInExplorer> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-e2e-signed-in-'));
  const dist = path.join(work, 'dist');
  buildClient(dist);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const provider = await startTestOidcProvider(url);
  const app = await startAuthApp(
    { ...oidcEnv(provider.issuer, url, CLIENT_ID, CLIENT_SECRET), PORT: String(port) },
    { clientDist: dist, ...(options.graph ? { graph: options.graph } : {}) },
  );
  const browser = await launchChromium();
  return {
    url,
    issuer: provider.issuer,
    dist,
    app,
    browser,
    async close() {
      await browser.close();
      await app.close();
      await provider.close();
      fs.rmSync(work, { recursive: true, force: true });
    },
  };
}

/**
 * Signs `login` (a key of `TEST_USERS`) in from an explorer page showing "Log ind" (Danish):
 * through the provider's login form (any password) and back to the page it started from.
 */
export async function signIn(page: Page, explorer: SignedInExplorer, login: string): Promise<void> {
  if (!TEST_USERS[login]) throw new Error(`no test user '${login}'`);
  const startedAt = new URL(page.url());
  // On a phone the account control is in the header's folded menu.
  if (await page.getByRole('button', { name: 'Menu' }).isVisible()) await openHeaderMenu(page);
  await page.getByRole('link', { name: 'Log ind' }).click();
  await page.waitForURL(`${explorer.issuer}/interaction/**`);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('hemmelig');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.waitForURL((url) => url.origin === startedAt.origin && url.pathname === startedAt.pathname);
  // Attached, not visible: on a phone it is in the folded menu.
  await page.getByTestId('account-name').waitFor({ state: 'attached' });
}
