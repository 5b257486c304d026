/**
 * Keeping statuses current, end to end: a status recorded in the detail panel reaches the panel's
 * history, the canvas colour and the list view without a reload, and a bad date is refused with
 * the server's verdict shown next to the date field, in Danish. Its own rig (fresh server and
 * store), because it writes to the store the other e2e suite reads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotPath, startExplorerRig } from './support/explorer-app.js';
import type { ExplorerRig } from './support/explorer-app.js';

const NODE = 'ini-laeger-botilbud';
const NODE_NAME = 'Udrulning af fasttilknyttede læger på botilbud';

let rig: ExplorerRig;

beforeAll(async () => {
  rig = await startExplorerRig();
});

afterAll(async () => {
  await rig?.close();
});

const open = (path: string): Promise<Page> => rig.open(path);

async function openForm(page: Page) {
  const panel = page.getByTestId('detail-panel');
  await panel.getByTestId('current-status').waitFor();
  await panel.getByText('Registrér status').click();
  return panel.getByRole('form', { name: 'Registrér status' });
}

describe('recording a status', () => {
  it('shows the new status in the panel, on the canvas and in the list', async () => {
    const page = await open(`/?node=${NODE}&sort=date&dir=desc`);
    const family = (): Promise<unknown> =>
      page.evaluate((id) => window.__aftalegrafCy?.$id(id).data('family'), NODE);
    expect(await family()).toBe('INACTIVE');
    const form = await openForm(page);
    await form.getByLabel('Status', { exact: true }).selectOption({ label: 'Pauseret' });
    await form.getByLabel('Type af udsagn').selectOption({ label: 'Faktum' });
    await form.getByLabel('Dato').fill('2025-01-09');
    await form.getByLabel('Ordlyd (dansk, som i dokumentet)').fill('Udrulningen er sat i bero.');
    await form.getByLabel('Kildedokument').selectOption('doc-001');
    await form.getByRole('button', { name: 'Registrér' }).click();
    await form.getByRole('status').filter({ hasText: 'Status registreret.' }).waitFor();

    const panel = page.getByTestId('detail-panel');
    await expect(panel.getByTestId('current-status').textContent()).resolves.toContain('Pauseret09.01.2025');
    await expect(panel.getByTestId('status-history').locator('li').last().textContent()).resolves.toContain(
      'Udrulningen er sat i bero.',
    );
    await page.waitForFunction((id) => window.__aftalegrafCy?.$id(id).data('family') === 'PAUSED', NODE);
    await page.screenshot({ path: screenshotPath('20-record-status-panel') });

    await page.getByRole('button', { name: 'Liste', exact: true }).click();
    const row = page.getByTestId('list-view').getByRole('row', { name: new RegExp(NODE_NAME) });
    await expect(row.locator('td').nth(1).textContent()).resolves.toBe('Pauseret');
    await expect(row.locator('td').nth(2).textContent()).resolves.toBe('09.01.2025');
    await page.screenshot({ path: screenshotPath('21-record-status-list') });
    await page.close();
  });

  it('refuses an impossible date with the Danish message next to the date field', async () => {
    const page = await open(`/?node=${NODE}`);
    const form = await openForm(page);
    await form.getByLabel('Dato').fill('2024-13-01');
    await form.getByLabel('Ordlyd (dansk, som i dokumentet)').fill('Noget skete.');
    await form.getByLabel('Kildedokument').selectOption('doc-001');
    await form.getByRole('button', { name: 'Registrér' }).click();
    const date = form.getByLabel('Dato');
    await form.getByRole('alert').waitFor();
    const besideDate = await date.evaluate((input) => ({
      invalid: input.getAttribute('aria-invalid'),
      next: input.nextElementSibling?.textContent ?? null,
      describedBy: document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent ?? null,
    }));
    const message = 'Datoen skal skrives ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD og være en gyldig dato.';
    expect(besideDate).toStrictEqual({ invalid: 'true', next: message, describedBy: message });
    await expect(form.getByRole('alert').count()).resolves.toBe(1);
    await page.screenshot({ path: screenshotPath('22-record-status-bad-date') });
    await page.close();
  });

  it('logged no console errors, and the server logged none', () => {
    expect(rig.consoleErrors).toStrictEqual([]);
    expect(rig.serverErrors).toStrictEqual([]);
  });
});
