/**
 * Sign-in in Chromium through a real OpenID provider: "Log ind" in the header, the provider's
 * login form, back in the explorer with name and role shown, "Log ud" through the provider's
 * sign-out page, and "Log ind" again. And the quick start's local user in the same header.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAuthApp } from '../auth/support/auth-app.js';
import { signIn, startSignedInExplorer, type SignedInExplorer } from './support/signed-in-explorer.js';

let explorer: SignedInExplorer;

beforeAll(async () => {
  explorer = await startSignedInExplorer();
}, 240_000);

afterAll(async () => {
  await explorer?.close();
});

describe('signing in and out in the explorer', () => {
  it('signs in through the OpenID provider, shows name and role, and signs out', async () => {
    const context = await explorer.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(`${explorer.url}/?lang=da`);
      await signIn(page, explorer, 'eva');
      expect(page.url()).toBe(`${explorer.url}/?lang=da`);
      expect(await page.getByTestId('account-name').textContent()).toBe('Eva Editor (redaktør)');
      expect(await page.getByRole('link', { name: 'Log ind' }).count()).toBe(0);

      await page.getByRole('button', { name: 'Log ud' }).click();
      await page.waitForURL(`${explorer.issuer}/session/end**`);
      await page.getByRole('button', { name: 'Yes, sign me out' }).click();
      await page.waitForURL(`${explorer.url}/`);
      await page.getByRole('link', { name: 'Log ind' }).waitFor();
      expect(await page.getByTestId('account-name').count()).toBe(0);
      expect(errors).toStrictEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('shows the quick start\'s local user as "Lokal bruger (administrator)", in English too', async () => {
    const local = await startAuthApp({}, { clientDist: explorer.dist });
    const context = await explorer.browser.newContext();
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
