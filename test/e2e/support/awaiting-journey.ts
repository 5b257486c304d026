/**
 * The steps of the editing journey both editing e2e files walk (as the quick start's local admin
 * and as an editor signed in through OpenID): create an initiative awaiting a reform, end its
 * awaiting when the reform has landed, then undo it, checking the status and the trail, which
 * names who did each step.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Today as the trail shows it: 30.11.2026. */
export const TODAY_IN_TRAIL = new Intl.DateTimeFormat('da-DK', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Europe/Copenhagen',
}).format(new Date());

/**
 * "Ny node" named `name` (its id becomes `id`), then "Tilføj relation": it AWAITS `reform`,
 * blocking, per doc-001. Leaves the page on the new node's detail panel, which it returns.
 */
export async function createAwaitingInitiative(
  page: Page,
  node: { name: string; id: string },
  reform: string,
): Promise<Locator> {
  const create = page.getByTestId('create-node');
  await create.getByText('Ny node').click();
  const createForm = create.getByRole('form', { name: 'Ny node' });
  await createForm.getByLabel('Navn (dansk)').fill(node.name);
  await createForm.getByRole('button', { name: 'Gem' }).click();
  await createForm
    .getByRole('status')
    .filter({ hasText: `Elementet »${node.name}« er oprettet.` })
    .waitFor();
  await page.waitForURL((url) => url.searchParams.get('node') === node.id);

  const panel = page.getByTestId('detail-panel');
  await panel.getByText('Tilføj relation', { exact: true }).first().click();
  const relationForm = panel.getByRole('form', { name: 'Tilføj relation' });
  await relationForm.getByLabel('Relationstype').selectOption('AWAITS');
  await relationForm.getByLabel('Til node (id)').fill(reform);
  await relationForm.getByLabel('Afventer hvordan').selectOption('blocking');
  await relationForm.getByLabel('Kilde', { exact: true }).selectOption('doc-001');
  await relationForm.getByRole('button', { name: 'Tilføj relation' }).click();
  await relationForm.getByRole('status').filter({ hasText: 'Relationen er tilføjet.' }).waitFor();
  return panel;
}

/** The detail panel's trail, newest first, as its lines read. */
export async function trail(page: Page): Promise<string[]> {
  return page.getByTestId('change-trail').locator('li > span:first-child').allTextContents();
}

/**
 * From a node's detail panel whose trail so far is "Relation tilføjet" and "Oprettet" by `actor`:
 * ends its awaiting ("Afslut afventer", landed 9 January 2025, now STARTED), then undoes that.
 */
export async function endAwaitingThenUndo(page: Page, panel: Locator, actor: string): Promise<void> {
  const by = (what: string) => `${what}: ændret af ${actor} den ${TODAY_IN_TRAIL}`;
  await panel.getByText('Afslut afventer', { exact: true }).click();
  const endForm = panel.getByRole('form', { name: 'Afslut afventer' });
  await endForm.getByLabel('Landet den (ÅÅÅÅ[-MM[-DD]])').fill('2025-01-09');
  await endForm.getByLabel('Ny status').selectOption('STARTED');
  await endForm
    .getByLabel('Ordlyd (dansk, som i dokumentet)')
    .fill('Reformen er landet; arbejdet går i gang.');
  await endForm.getByLabel('Kildedokument').selectOption('doc-001');
  await endForm.getByRole('button', { name: 'Afslut og registrér status' }).click();
  await panel
    .getByRole('status')
    .filter({ hasText: 'Afventningen er afsluttet, og status er registreret.' })
    .waitFor();
  await expect(panel.getByTestId('current-status').textContent()).resolves.toContain('Igangsat09.01.2025');
  await expect(trail(page)).resolves.toStrictEqual([
    by('Afventer afsluttet'),
    by('Relation tilføjet'),
    by('Oprettet'),
  ]);

  await panel
    .getByTestId('change-trail')
    .locator('li')
    .first()
    .getByRole('button', { name: 'Fortryd' })
    .click();
  await panel
    .getByTestId('change-trail')
    .getByRole('status')
    .filter({ hasText: 'Ændringen er fortrudt.' })
    .waitFor();
  await expect(panel.getByTestId('current-status').textContent()).resolves.toBe('Ingen status registreret');
  await expect(trail(page)).resolves.toStrictEqual([
    by('Fortrudt'),
    by('Afventer afsluttet'),
    by('Relation tilføjet'),
    by('Oprettet'),
  ]);
  // The relation awaits again, so "Afslut afventer" is offered again, not the old receipt.
  await panel.getByText('Afslut afventer', { exact: true }).waitFor();
  await expect(
    panel.getByRole('status').filter({ hasText: 'Afventningen er afsluttet' }).count(),
  ).resolves.toBe(0);
}
