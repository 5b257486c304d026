/**
 * Flags in the list and the filter panel, and the changes view's rows in words, end to end in
 * Chromium on the real seed, at a laptop's 1440×900 and a phone's 390×844: the list's
 * "Advarsler" column with each flag explained (tooltip and screen-reader text), sortable; the
 * flags filter sent to the API, kept in the URL (a reload brings it back) and followed by the
 * list; relation changes as "kilde → relationstype → mål" with the source's words; an edit
 * made in the app "registreret af … den …". axe-core finds nothing serious. Screenshots under
 * test-results/e2e.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath, startExplorerRig } from './support/explorer-app.js';
import type { ExplorerRig } from './support/explorer-app.js';
import { axeSeriousViolations, openAt, sticksOut, type SizeName } from './support/sizes.js';
import { openSidebarDrawer } from './support/phone-menu.js';

let rig: ExplorerRig;
const errors: string[] = [];

beforeAll(async () => {
  rig = await startExplorerRig();
  // An edit in the app, as the local user: a relation the changes view must name, with who and when.
  await api(`mutation($input: AddRelationInput!) { addRelation(input: $input) { id } }`, {
    input: {
      source: 'ini-axon',
      type: 'CONCERNS',
      target: 'ini-de-naere-behandlingstilbud',
      validFrom: '2025-01-05',
      evidence: { documentId: 'doc-001', quote: 'Koblet i test' },
    },
  });
}, 180_000);

afterAll(async () => {
  await rig?.close();
});

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${rig.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as { data: T; errors?: unknown };
  expect(answer.errors).toBeUndefined();
  return answer.data;
}

/** Ids of the nodes with any of `flags` as of 9 January 2025, by the API. */
async function flagged(flags: string[]): Promise<string[]> {
  const data = await api<{ graph: { nodes: { id: string; label: string }[] } }>(
    `query($flags: [FlagCode!]) { graph(asOf: "2025-01-09", filter: { flags: $flags }) { nodes { id label } } }`,
    { flags },
  );
  return data.graph.nodes
    .filter((node) => node.label !== 'SourceDocument')
    .map((node) => node.id)
    .sort();
}

function listedIds(page: Page): Promise<string[]> {
  return page
    .getByTestId('list-view')
    .locator('tbody td code')
    .allTextContents()
    .then((ids) => ids.sort());
}

async function showFilters(page: Page, size: SizeName): Promise<void> {
  if (size === 'phone') await openSidebarDrawer(page);
}

async function hideFilters(page: Page, size: SizeName): Promise<void> {
  if (size !== 'phone') return;
  await page.keyboard.press('Escape');
  await page.locator('#sidebar.open').waitFor({ state: 'detached' });
}

describe.each(['laptop', 'phone'] as const)('flags and changes at %s size', (size) => {
  it('lists each node’s flags in words, filters by flags kept in the URL, and sorts by them', async () => {
    const page = await openAt(browserOf(), `${rig.url}/?view=list&asOf=2025-01-09`, size, errors);
    const list = page.getByTestId('list-view');
    const row = (id: string) => list.locator('tbody tr', { has: page.locator(`code:text-is("${id}")`) });
    const badge = row('ini-rev-opf-hjemmebesoeg').locator('[data-flag="AWAITED_WORK_LANDED"]');
    await badge.waitFor({ timeout: 30_000 });
    // The label is shown; the explanation is the tooltip and is read out with it.
    await expect(badge.getAttribute('title')).resolves.toMatch(/^.+ \(siden \d{2}\.\d{2}\.\d{4}\)$/);
    const title = (await badge.getAttribute('title')) ?? '';
    const [explanation, since] = [title.replace(/ \(siden .*\)$/, ''), /\(siden (.*)\)$/.exec(title)?.[1]];
    await expect(badge.textContent()).resolves.toBe(
      `Det afventede er på plads (siden ${since}): ${explanation}`,
    );
    await expect(
      row('ini-rev-opf-hjemmebesoeg')
        .locator('.flag-badge')
        .evaluateAll((badges) => badges.map((b) => b.getAttribute('data-flag'))),
    ).resolves.toStrictEqual(['STALE_STATUS', 'AWAITED_WORK_LANDED']);

    await showFilters(page, size);
    const filters = page.getByRole('group', { name: 'Advarsler' });
    await filters.getByRole('checkbox', { name: 'Aftalen er udløbet' }).check();
    await filters.getByRole('checkbox', { name: 'Det afventede er på plads' }).check();
    await page.waitForURL(/flags=AGREEMENT_LAPSED,AWAITED_WORK_LANDED/);
    const expected = await flagged(['AGREEMENT_LAPSED', 'AWAITED_WORK_LANDED']);
    expect(expected.length).toBe(11);
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="list-view"] tbody tr').length === n,
      expected.length,
    );
    await expect(listedIds(page)).resolves.toStrictEqual(expected);
    if (size === 'phone') await page.screenshot({ path: screenshotPath(`60-flags-filter-${size}`) });
    await hideFilters(page, size);

    // Sorted by flags, nodes with the same flags sit together: the names in order, by Danish collation.
    await list.getByRole('button', { name: 'Sortér efter Advarsler' }).click();
    await page.waitForURL(/sort=flags/);
    const keys = await list
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) =>
          [...r.querySelectorAll('.flag-badge')].map((b) => b.firstChild?.textContent ?? '').join(', '),
        ),
      );
    const collator = new Intl.Collator('da-DK', { sensitivity: 'base', numeric: true });
    expect(keys).toStrictEqual([...keys].sort(collator.compare));
    expect(new Set(keys).size).toBeGreaterThan(1);
    expect(await axeSeriousViolations(page, 'body')).toStrictEqual([]);
    expect(await sticksOut(page, '[data-testid="list-view"]')).toStrictEqual([]);
    await page.screenshot({ path: screenshotPath(`61-list-flags-${size}`), fullPage: size === 'phone' });

    // The filter is in the link: a fresh page at the same URL shows the same list and ticks.
    const link = page.url();
    await page.context().close();
    const again = await openAt(browserOf(), link, size, errors);
    await again.getByTestId('list-view').locator('tbody tr').first().waitFor({ timeout: 30_000 });
    await again.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="list-view"] tbody tr').length === n,
      expected.length,
    );
    await expect(listedIds(again)).resolves.toStrictEqual(expected);
    await showFilters(again, size);
    const ticked = await again
      .getByRole('group', { name: 'Advarsler' })
      .getByRole('checkbox', { checked: true })
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(ticked).toStrictEqual(['AGREEMENT_LAPSED', 'AWAITED_WORK_LANDED']);
    await again.context().close();
  }, 120_000);

  it('shows relation changes in words with the source, and who recorded an app edit', async () => {
    const page = await openAt(browserOf(), `${rig.url}/?view=changes&asOf=2025-01-09`, size, errors);
    const view = page.getByTestId('changes-view');
    // Typed as a Danish user writes it (the field reads and shows dd.mm.åååå).
    await view.getByLabel('Fra').fill('01.06.2024');
    await view.getByLabel('Fra').press('Enter');
    const added = view.getByRole('region', { name: 'Relation tilføjet' });
    await added.locator('li').first().waitFor({ timeout: 30_000 });
    const rows = await added.locator('li').allTextContents();
    expect(rows).toContainEqual(
      '15. november 2024 Fortsat drøftelse ift. indsatser målrettet borgere med kronisk sygdom → afventer → Nye kronikerpakker' +
        'Kildens ord: Indstilling til SSU: Udviklingsarbejde igangsættes ikke. Afventer nationalt arbejde ift. de nye kronikerpakker' +
        ' Kilde: Overblik over indsatser i regi af sundhedsaftalen/Sundhedsstyregruppen/Sundhedssamarbejdsudvalget (9. januar 2025)' +
        ' Kilde: Aftale om sundhedsreform 2024 (15. november 2024)',
    );
    const today = new Intl.DateTimeFormat('da-DK', { day: '2-digit', month: '2-digit', year: 'numeric' })
      .format(new Date())
      .replace(/\//g, '.');
    const recorded = rows.filter((text) => text.includes('registreret af'));
    expect(recorded).toStrictEqual([
      '5. januar 2025 Tværsektorielt samarbejde med tidstro journaldata (projekt Axon) → vedrører → ' +
        "Webløsning 'De Nære Behandlingstilbud'" +
        `Kildens ord: Koblet i test Kilde: Overblik over indsatser i regi af sundhedsaftalen/Sundhedsstyregruppen/Sundhedssamarbejdsudvalget (9. januar 2025)` +
        ` · registreret af Lokal bruger den ${today}`,
    ]);
    // No edge id is shown anywhere in words.
    expect(rows.filter((text) => /\|[A-Z_]+\|/.test(text))).toStrictEqual([]);
    expect(await axeSeriousViolations(page, '[data-testid="changes-view"]')).toStrictEqual([]);
    expect(await sticksOut(page, '[data-testid="changes-view"]')).toStrictEqual([]);
    await added.locator('li', { hasText: 'registreret af' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(`62-changes-relations-${size}`) });
    await page.context().close();
  }, 120_000);
});

it('left no console or page errors', () => {
  expect(errors).toStrictEqual([]);
});

function browserOf() {
  return rig.browser;
}
