/**
 * Watching a node end to end in Chromium at 1440×900 and 390×844, on the real seed: "Følg" in
 * the detail panel (by keyboard), the node in "Fulgte", an edit made upstream through the API
 * appearing live as a badge and in words with its source, "Set" clearing it, a status recorded
 * now but dated before the visit heard under "Registreret siden dit sidste besøg" as the history
 * words it and cleared by "Set" too, opening the node from the list clearing the next, and the list kept across a reload. axe checks the panel and the toggle. Screenshots under test-results/e2e.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath, startExplorerRig, waitForGraph } from './support/explorer-app.js';
import type { ExplorerRig } from './support/explorer-app.js';
import { axeSeriousViolations, openAt, sticksOut } from './support/sizes.js';
import type { SizeName } from './support/sizes.js';
import { openSidebarDrawer } from './support/phone-menu.js';

let rig: ExplorerRig;
const errors: string[] = [];

beforeAll(async () => {
  rig = await startExplorerRig();
}, 120_000);

afterAll(async () => {
  await rig?.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function gql(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await fetch(`${rig.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** The sidebar holds "Fulgte"; on a phone it is a drawer behind the menu button. */
async function showSidebar(page: Page, size: SizeName): Promise<void> {
  if (size === 'phone') await openSidebarDrawer(page);
}

async function hideSidebar(page: Page, size: SizeName): Promise<void> {
  if (size !== 'phone') return;
  await page.getByRole('button', { name: 'Luk filtre' }).click();
  await page.waitForTimeout(350);
}

// ini-telehjerte DERIVES_FROM nat-oekonomiaftaler (001): an edit there is upstream of it.
const WATCHED = 'ini-telehjerte';
const UPSTREAM = 'nat-oekonomiaftaler';
const today = new Date().toISOString().slice(0, 10);
const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const todayInWords = new Date(`${today}T12:00:00Z`).toLocaleDateString('da-DK', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

describe('watching a node', () => {
  const runs = [
    { size: 'laptop', code: 'IN_FORCE' },
    { size: 'phone', code: 'COMPLETED' },
  ] as const satisfies readonly { size: SizeName; code: string }[];
  for (const { size, code } of runs) {
    it(`watch, hear of an upstream edit live, read it in words, mark it seen, at ${size} size`, async () => {
      const page = await openAt(rig.browser, `${rig.url}/?node=${WATCHED}`, size, errors);
      await waitForGraph(page);
      const detail = page.getByTestId('detail-panel');
      const toggle = detail.getByTestId('watch-toggle');
      await expect(toggle.textContent()).resolves.toBe('Følg');
      await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(toggle.textContent()).resolves.toBe('Følger');
      await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
      await expect(axeSeriousViolations(page, '[data-testid="detail-panel"]')).resolves.toStrictEqual([]);

      const item = page.getByTestId('watched-panel').locator(`[data-node="${WATCHED}"]`);
      const summary = item.getByTestId('watch-summary');
      await page.waitForFunction(
        (text) => document.querySelector('[data-testid="watch-summary"]')?.textContent === text,
        `Intet nyt opstrøms siden ${todayInWords}`,
      );
      await expect(item.getByTestId('watch-badge').count()).resolves.toBe(0);

      // The edit, elsewhere: a new document of today, and a status from it upstream.
      // The window starts after the day before the visit (changes are dated by the day), so
      // "before" is the status then: on the second run the first run's edit is part of the net change.
      const before = await gql(`{ node(id: "${UPSTREAM}", asOf: "${yesterday}") { status { labelDa } } }`);
      await page.waitForTimeout(500);
      const source = `doc-watch-${size}`;
      const title = `Økonomiaftale, e2e ${size}`;
      await gql(`mutation($input: RegisterDocumentInput!) { registerDocument(input: $input) { id } }`, {
        input: { id: source, title, asOf: today },
      });
      await gql(`mutation($input: RecordStatusInput!) { recordStatus(input: $input) { id } }`, {
        input: {
          nodeId: UPSTREAM,
          code,
          textDa: 'Aftalen er indgået',
          date: today,
          kind: 'FACT',
          documentId: source,
        },
      });
      const after = await gql(`{ node(id: "${UPSTREAM}") { nameDa status { labelDa } } }`);

      // Live: the badge appears without a reload, and the change reads in words with its source.
      // On a phone the drawer is closed: the badge is there, out of sight until it opens.
      await item.getByTestId('watch-badge').waitFor({ state: 'attached', timeout: 15_000 });
      await expect(item.getByTestId('watch-badge').textContent()).resolves.toBe('1');
      await expect(item.getByTestId('watch-badge').getAttribute('aria-label')).resolves.toBe('1 ny ændring');
      await expect(summary.textContent()).resolves.toBe(`1 ændring opstrøms siden ${todayInWords}`);
      await expect(item.locator('.watched-changes li').allTextContents()).resolves.toStrictEqual([
        `${todayInWords} ${after.node.nameDa} · Status ændret ${before.node.status?.labelDa ?? 'ingen status'} → ${after.node.status.labelDa} Kilde: ${title} (${todayInWords})`,
      ]);

      if (size === 'phone') {
        // The closed drawer hides the panel; its menu button tells there is news.
        await expect(page.getByTestId('menu-watch-badge').textContent()).resolves.toBe('1 nyt i Fulgte');
      }
      await page.screenshot({ path: screenshotPath(`59-watched-news-live-${size}`) });
      await showSidebar(page, size);
      await item.scrollIntoViewIfNeeded();
      await expect(axeSeriousViolations(page, '[data-testid="watched-panel"]')).resolves.toStrictEqual([]);
      await expect(sticksOut(page, '[data-testid="watched-panel"]')).resolves.toStrictEqual([]);
      await page.screenshot({ path: screenshotPath(`60-watched-news-${size}`) });

      // "Set": seen now, so nothing is news, and so it stays after a reload.
      const watched = await gql(`{ node(id: "${WATCHED}") { nameDa } }`);
      await item.getByRole('button', { name: `Marker ${watched.node.nameDa} som set` }).click();
      await page.waitForFunction(
        (text) => document.querySelector('[data-testid="watch-summary"]')?.textContent === text,
        `Intet nyt opstrøms siden ${todayInWords}`,
      );
      await expect(item.getByTestId('watch-badge').count()).resolves.toBe(0);
      await page.screenshot({ path: screenshotPath(`61-watched-seen-${size}`) });

      // A correction from an older document, recorded now: dated before the visit, so not in the
      // dated window, but recorded since the visit, so heard all the same, as the history words it,
      // with the status it recorded and the date the document gives.
      const older = `doc-watch-older-${size}`;
      await gql(`mutation($input: RegisterDocumentInput!) { registerDocument(input: $input) { id } }`, {
        input: { id: older, title: `Økonomiaftale, rettelse ${size}`, asOf: '2025-02-01' },
      });
      await gql(`mutation($input: RecordStatusInput!) { recordStatus(input: $input) { id } }`, {
        input: {
          nodeId: UPSTREAM,
          code: 'IN_FORCE',
          textDa: 'Aftalen var trådt i kraft',
          date: '2025-02-01',
          kind: 'FACT',
          documentId: older,
        },
      });
      const trail = await gql(`{ node(id: "${UPSTREAM}") { changes(first: 1) { edges { node { at } } } } }`);
      const recordedOn = new Intl.DateTimeFormat('da-DK', {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        timeZone: 'Europe/Copenhagen',
      }).format(new Date(trail.node.changes.edges[0].node.at));
      await item.getByTestId('watch-badge').waitFor({ state: 'attached', timeout: 15_000 });
      await expect(item.getByTestId('watch-badge').textContent()).resolves.toBe('1');
      await expect(summary.textContent()).resolves.toBe(`1 ændring opstrøms siden ${todayInWords}`);
      await expect(item.locator('.watched-changes li').count()).resolves.toBe(1);
      const recorded = item.getByTestId('watched-recorded');
      await expect(
        item.getByRole('heading', { name: 'Registreret siden dit sidste besøg' }).count(),
      ).resolves.toBe(1);
      await expect(recorded.locator('li').allTextContents()).resolves.toStrictEqual([
        `${after.node.nameDa} Status registreret: ændret af Lokal bruger den ${recordedOn} – Trådt i kraft, dateret 01.02.2025`,
      ]);
      await item.scrollIntoViewIfNeeded();
      await expect(axeSeriousViolations(page, '[data-testid="watched-panel"]')).resolves.toStrictEqual([]);
      await expect(sticksOut(page, '[data-testid="watched-panel"]')).resolves.toStrictEqual([]);
      await page.screenshot({ path: screenshotPath(`62-watched-recorded-${size}`) });
      await item.getByRole('button', { name: `Marker ${watched.node.nameDa} som set` }).click();
      await page.waitForFunction(
        (text) => document.querySelector('[data-testid="watch-summary"]')?.textContent === text,
        `Intet nyt opstrøms siden ${todayInWords}`,
      );
      await expect(item.getByTestId('watch-badge').count()).resolves.toBe(0);
      await expect(recorded.count()).resolves.toBe(0);
      await hideSidebar(page, size);

      // Opening the node is a visit: with the node closed, news waits; opening it from the list clears it.
      await page.getByTestId('detail-panel').getByRole('button', { name: 'Luk detaljer' }).click();
      await page.getByTestId('detail-panel').waitFor({ state: 'detached' });
      await gql(`mutation($input: RecordStatusInput!) { recordStatus(input: $input) { id } }`, {
        input: {
          nodeId: UPSTREAM,
          code: 'PAUSED',
          textDa: 'Sat i bero',
          date: today,
          kind: 'FACT',
          documentId: source,
        },
      });
      await item.getByTestId('watch-badge').waitFor({ state: 'attached', timeout: 15_000 });
      await expect(item.getByTestId('watch-badge').textContent()).resolves.toBe('1');
      await showSidebar(page, size);
      await item.getByRole('button', { name: watched.node.nameDa, exact: true }).click();
      await page.getByTestId('detail-panel').getByTestId('watch-toggle').waitFor({ state: 'attached' });
      await page.waitForFunction(
        (text) => document.querySelector('[data-testid="watch-summary"]')?.textContent === text,
        `Intet nyt opstrøms siden ${todayInWords}`,
      );
      await expect(item.getByTestId('watch-badge').count()).resolves.toBe(0);
      if (size === 'phone' && (await page.locator('#sidebar.open').count()) > 0)
        await hideSidebar(page, size);

      await page.reload();
      await waitForGraph(page);
      await expect(page.getByTestId('detail-panel').getByTestId('watch-toggle').textContent()).resolves.toBe(
        'Følger',
      );
      await page.waitForFunction(
        (text) => document.querySelector('[data-testid="watch-summary"]')?.textContent === text,
        `Intet nyt opstrøms siden ${todayInWords}`,
      );

      // Unwatching takes it off the list.
      await page.getByTestId('detail-panel').getByTestId('watch-toggle').click();
      await page
        .getByTestId('watched-panel')
        .getByText('Du følger ingen noder endnu', { exact: false })
        .waitFor({ state: 'attached' });
      expect(errors).toStrictEqual([]);
      await page.context().close();
    }, 90_000);
  }
});
