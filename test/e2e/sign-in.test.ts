/**
 * Sign-in in Chromium through a real OpenID provider: "Log ind" in the header, the provider's
 * login form, back in the explorer with name and role shown, "Log ud" through the provider's
 * sign-out page, and "Log ind" again. And the quick start's local user in the same header.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oidcEnv, startAuthApp, type AuthApp } from '../auth/support/auth-app.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  freePort,
  startTestOidcProvider,
  type TestOidcProvider,
} from '../auth/support/test-oidc-provider.js';
import { buildClient, launchChromium } from './support/explorer-app.js';

let work: string;
let dist: string;
let browser: Browser;
let provider: TestOidcProvider;
let app: AuthApp;
let appUrl: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-e2e-sign-in-'));
  dist = path.join(work, 'dist');
  buildClient(dist);
  const port = await freePort();
  appUrl = `http://127.0.0.1:${port}`;
  provider = await startTestOidcProvider(appUrl);
  app = await startAuthApp(
    { ...oidcEnv(provider.issuer, appUrl, CLIENT_ID, CLIENT_SECRET), PORT: String(port) },
    { clientDist: dist },
  );
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await provider?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('signing in and out in the explorer', () => {
  it('signs in through the OpenID provider, shows name and role, and signs out', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(`${appUrl}/?lang=da`);
      const signIn = page.getByRole('link', { name: 'Log ind' });
      await signIn.waitFor();
      await signIn.click();

      await page.waitForURL(`${provider.issuer}/interaction/**`);
      await page.locator('input[name="login"]').fill('eva');
      await page.locator('input[name="password"]').fill('hemmelig');
      await page.getByRole('button', { name: 'Sign-in' }).click();

      await page.waitForURL(`${appUrl}/?lang=da`);
      const account = page.getByTestId('account-name');
      await account.waitFor();
      expect(await account.textContent()).toBe('Eva Editor (redaktør)');
      expect(await page.getByRole('link', { name: 'Log ind' }).count()).toBe(0);

      await page.getByRole('button', { name: 'Log ud' }).click();
      await page.waitForURL(`${provider.issuer}/session/end**`);
      await page.getByRole('button', { name: 'Yes, sign me out' }).click();
      await page.waitForURL(`${appUrl}/`);
      await page.getByRole('link', { name: 'Log ind' }).waitFor();
      expect(await page.getByTestId('account-name').count()).toBe(0);
      expect(errors).toStrictEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('shows the quick start\'s local user as "Lokal bruger (administrator)", in English too', async () => {
    const local = await startAuthApp({}, { clientDist: dist });
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${local.url}/?lang=da`);
      const account = page.getByTestId('account-name');
      await account.waitFor();
      expect(await account.textContent()).toBe('Lokal bruger (administrator)');
      expect(await page.getByRole('button', { name: 'Log ud' }).count()).toBe(0);
      await page.goto(`${local.url}/?lang=en`);
      await page.getByText('Local user (administrator)').waitFor();
    } finally {
      await context.close();
      await local.close();
    }
  }, 120_000);
});
