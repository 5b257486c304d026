/**
 * Keeping the complex current in the explorer, end to end (issue 11): create an initiative,
 * make it await a reform, see it in that reform's impact, end the awaiting with the new status
 * ("Afslut afventer"), undo that from the trail, and read the trail. A stale edit opens the
 * conflict dialog with both versions. Its own rig: it writes to the store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath, startExplorerRig } from './support/explorer-app.js';
import type { ExplorerRig } from './support/explorer-app.js';
import { createAwaitingInitiative, endAwaitingThenUndo } from './support/awaiting-journey.js';

const NAME = 'Fælles akutindsats for botilbud';
const ID = 'initiative-faelles-akutindsats-for-botilbud';
const REFORM = 'nat-reform-2024';

let rig: ExplorerRig;
beforeAll(async () => {
  rig = await startExplorerRig();
});
afterAll(async () => {
  await rig?.close();
});

async function gql<T>(
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ data?: T; errors?: unknown[] }> {
  const response = await fetch(`${rig.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: unknown[] };
}

describe('editing in the explorer', () => {
  it(
    'creates an initiative awaiting a reform, ends the awaiting, undoes it and shows the trail',
    { timeout: 120_000 },
    async () => {
      const page = await rig.open('/');
      const panel = await createAwaitingInitiative(page, { name: NAME, id: ID }, REFORM);
      await page.screenshot({ path: screenshotPath('30-edit-relation-added') });

      // The impact board (issue 13) lists the new node among the direct results.
      const { page: impact } = await rig.newPage();
      await impact.goto(`${rig.url}/?impact=${REFORM}`);
      const board = impact.getByTestId('impact-board');
      await board.getByTestId('impact-DIRECT').locator('li[data-node-id]').first().waitFor();
      const direct = await board
        .getByTestId('impact-DIRECT')
        .locator('li[data-node-id]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-node-id')));
      expect(direct).toContain(ID);
      await impact.screenshot({ path: screenshotPath('31-edit-in-impact') });
      await impact.close();

      await endAwaitingThenUndo(page, panel, 'Lokal bruger');
      await page.screenshot({ path: screenshotPath('32-edit-trail-after-undo') });
      await page.close();
    },
  );

  it(
    'a stale edit opens the conflict dialog with both versions; "use theirs" takes the stored one',
    { timeout: 60_000 },
    async () => {
      const page = await rig.open(`/?node=${ID}`);
      const panel = page.getByTestId('detail-panel');
      await panel.getByText('Ret node', { exact: true }).click();
      const form = panel.getByRole('form', { name: 'Ret node' });
      await form.getByLabel('Note').fill('Min note');
      // Someone else saves first, through the API.
      const version = (await gql<{ node: { version: number } }>(`{ node(id: "${ID}") { version } }`)).data
        ?.node.version;
      const other = await gql(
        `mutation($input: UpdateNodeInput!) { updateNode(input: $input) { version } }`,
        {
          input: { id: ID, expectedVersion: version, note: 'Deres note' },
        },
      );
      expect(other.errors).toBeUndefined();
      await form.getByRole('button', { name: 'Gem' }).click();
      const dialog = panel.getByTestId('conflict-dialog');
      await dialog.waitFor();
      await expect(
        dialog.locator('tr', { hasText: 'Note' }).locator('td').allTextContents(),
      ).resolves.toStrictEqual(['Min note', 'Deres note']);
      await page.screenshot({ path: screenshotPath('33-edit-conflict') });
      await dialog.getByRole('button', { name: 'Brug deres' }).click();
      await expect(form.getByLabel('Note').inputValue()).resolves.toBe('Deres note');
      await page.close();
    },
  );

  it(
    'registers a new source document, refusing a future date next to the date field',
    { timeout: 60_000 },
    async () => {
      const page = await rig.open('/');
      const register = page.getByTestId('register-document');
      await register.getByText('Nyt kildedokument').click();
      const form = register.getByRole('form', { name: 'Nyt kildedokument' });
      await form.getByLabel('Id (fx ssg-2026-11)').fill('ssg-referat-e2e');
      await form.getByLabel('Titel').fill('Referat fra Sundhedsstyregruppen');
      await form.getByLabel('Dato (ÅÅÅÅ[-MM[-DD]])').fill('2099-01-01');
      await form.getByRole('button', { name: 'Registrér dokument' }).click();
      const date = form.getByLabel('Dato (ÅÅÅÅ[-MM[-DD]])');
      await form.getByRole('alert').waitFor();
      await expect(date.evaluate((input) => input.nextElementSibling?.textContent ?? null)).resolves.toBe(
        'et dokument kan ikke være dateret efter i dag',
      );
      await date.fill('2025-03-12');
      await form.getByRole('button', { name: 'Registrér dokument' }).click();
      await form
        .getByRole('status')
        .filter({ hasText: 'Dokumentet »Referat fra Sundhedsstyregruppen« er registreret.' })
        .waitFor();
      await page.close();
    },
  );

  it('logged no console errors, and the server logged none', () => {
    expect(rig.consoleErrors).toStrictEqual([]);
    expect(rig.serverErrors).toStrictEqual([]);
  });
});
