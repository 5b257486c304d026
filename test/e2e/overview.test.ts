/**
 * Issue 13, points 3, 4, 5, 7 and 8 end to end: the legible overview, filters that keep their
 * context, typo-tolerant search, saved views, and keyboard, screen reader and phone. Every path
 * runs at 1440x900 and on a 390x844 phone and leaves a screenshot in test-results/e2e/.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotPath, startExplorerRig, waitForGraph } from './support/explorer-app.js';
import type { ExplorerRig } from './support/explorer-app.js';
import { openHeaderMenu, openSidebarDrawer } from './support/phone-menu.js';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let rig: ExplorerRig;

beforeAll(async () => {
  rig = await startExplorerRig();
});

afterAll(async () => {
  await rig?.close();
});

const SIZES = [
  { name: 'desktop', width: 1440, height: 900, phone: false },
  { name: 'phone', width: 390, height: 844, phone: true },
] as const;
type Size = (typeof SIZES)[number];

async function openAt(path: string, size: Size, waitFor: 'graph' | 'list' = 'graph'): Promise<Page> {
  const { page, context, errors } = await rig.newPage();
  page.on('close', () => rig.consoleErrors.push(...errors));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: size.width, height: size.height });
  await page.goto(`${rig.url}${path}`);
  if (waitFor === 'graph') await waitForGraph(page);
  else await page.getByTestId('list-view').locator('tbody tr').first().waitFor();
  return page;
}

/** Drawn nodes' ids, short labels and classes, for one label. */
function drawn(page: Page): Promise<{ id: string; name: string; label: string; classes: string[] }[]> {
  return page.evaluate(() =>
    (window.__aftalegrafCy?.nodes() ?? []).map((node) => ({
      id: node.id(),
      name: String(node.data('name')),
      label: String(node.data('nodeLabel')),
      classes: node.classes(),
    })),
  );
}

function drawnEdgeTypes(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.__aftalegrafCy?.edges() ?? []).map((edge) => String(edge.data('type'))));
}

/** The page does not scroll sideways. */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the app's CSP (script-src 'self') refuses a script tag.
  await page.evaluate(readFileSync(AXE_SCRIPT, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe;
    interface AxeResults {
      passes: unknown[];
      violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
    }
    const results = await axe.run(document);
    // A run that checked nothing would pass vacuously.
    if (results.passes.length === 0) return ['axe checked nothing'];
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => String(node.target)).join(' | ')}`,
      );
  });
}

/** Opens the filter drawer on a phone; the sidebar is always there on a desktop. */
async function showFilters(page: Page, size: Size): Promise<void> {
  if (size.phone) await openSidebarDrawer(page);
}

describe.each(SIZES)('explorer overview at $name size ($width x $height)', (size) => {
  it('names the tiers, draws short distinct labels, leaves source documents off, zooms at a normal speed', async () => {
    const page = await openAt('/', size);
    await page.waitForTimeout(300);
    const tiers = await page.locator('[data-testid="tier-overlay"] .tier-name').allTextContents();
    expect(tiers).toStrictEqual([
      'Visioner',
      'Sundhedsaftale',
      'Indsatsområder',
      'Målsætninger',
      'Delaftaler og planer',
      'Indsatser',
      'Arbejdsgrupper',
      'Organer og opgaver',
      'Klynger',
      'Kommuner, hospitaler og region',
      'Nationalt',
    ]);
    const nodes = await drawn(page);
    const name = (id: string): string | undefined => nodes.find((node) => node.id === id)?.name;
    expect(
      ['ag-sa-2015-18', 'ag-sa-2019-23', 'ag-sa-2024-27'].map((id) => name(id) ?? `${id} missing`),
    ).toStrictEqual(['SA 2015–18', 'SA 2019–23', 'SA 2024–27']);
    // The SSG work plan reads as a work plan, not as SSG.
    expect(
      nodes
        .filter((node) => node.label === 'WorkPlan')
        .map((node) => node.name)
        .sort(),
    ).toStrictEqual(['Arbejdsplan 2015', 'Arbejdsplan 2023', 'Arbejdsplan 2024']);
    const labels = nodes.map((node) => node.name);
    expect(labels.filter((label, index) => labels.indexOf(label) !== index)).toStrictEqual([]);
    expect(nodes.filter((node) => node.label === 'SourceDocument')).toStrictEqual([]);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath(`13-overview-${size.name}`) });

    // One mouse-wheel notch zooms about 12 %, not 3 %.
    const before = await page.evaluate(() => window.__aftalegrafCy?.zoom() ?? 0);
    const box = await page.getByTestId('graph-canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 6; i += 1) {
      await page.mouse.wheel(0, -100);
      await page.waitForTimeout(60);
    }
    const after = await page.evaluate(() => window.__aftalegrafCy?.zoom() ?? 0);
    const perNotch = (after / before) ** (1 / 6);
    expect(perNotch).toBeGreaterThan(1.08);
    expect(perNotch).toBeLessThan(1.3);

    await page.getByRole('checkbox', { name: 'Vis kildedokumenter' }).check();
    await page.waitForFunction(() =>
      (window.__aftalegrafCy?.nodes() ?? []).some((node) => node.data('nodeLabel') === 'SourceDocument'),
    );
    await page.close();
  });

  it('shows the whole name on hover and names the list as the canvas text alternative', async () => {
    const page = await openAt('/', size);
    const point = await page.evaluate(() => {
      const node = window.__aftalegrafCy?.getElementById('ag-sa-2019-23');
      // On a phone the portrait fit shows the left of the complex: bring the node into view.
      if (node && node.nonempty()) window.__aftalegrafCy?.center(node);
      const position = node?.renderedPosition();
      return position ? { x: position.x, y: position.y } : null;
    });
    const box = await page.getByTestId('graph-canvas').boundingBox();
    if (!point || !box) throw new Error('no node or canvas');
    await page.mouse.move(box.x + point.x, box.y + point.y);
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    await expect(tooltip.textContent()).resolves.toBe(
      'Sundhedsaftale 2019-2023: Et nært og sammenhængende sundhedsvæsen i balance',
    );
    await page.screenshot({ path: screenshotPath(`13-tooltip-${size.name}`) });
    await expect(page.getByRole('img').first().getAttribute('aria-label')).resolves.toMatch(
      /^Grafen: \d+ elementer og \d+ relationer\. Listen viser det samme som tekst\.$/,
    );
    await page.getByRole('button', { name: 'Vis som liste (tekstalternativ)' }).click();
    await page.getByTestId('list-view').waitFor();
    await page.close();
  });

  it('keeps the awaited reforms and AWAITS edges as context under the awaiting filter', async () => {
    const page = await openAt('/?awaiting=NATIONAL', size);
    // The context comes with the whole graph's query, which may answer after the filtered one.
    await page.waitForFunction(() => (window.__aftalegrafCy?.nodes('.context').length ?? 0) > 0);
    const nodes = await drawn(page);
    const context = nodes.filter((node) => node.classes.includes('context'));
    const matches = nodes.filter((node) => !node.classes.includes('context'));
    expect(matches.length).toBeGreaterThan(0);
    expect(
      context.map((node) => node.label).filter((label) => label === 'NationalReform').length,
    ).toBeGreaterThan(0);
    expect((await drawnEdgeTypes(page)).filter((type) => type === 'AWAITS').length).toBeGreaterThan(0);
    await showFilters(page, size);
    await page.screenshot({ path: screenshotPath(`13-awaiting-context-${size.name}`) });
    await page.close();
  });

  it('keeps a body with what it owns, and groups and sorts the body choices', async () => {
    const page = await openAt('/?body=body-ssg', size);
    const nodes = await drawn(page);
    const ssg = nodes.find((node) => node.id === 'body-ssg');
    expect(ssg?.classes.includes('context')).toBe(false);
    expect(nodes.length).toBeGreaterThan(1);
    await showFilters(page, size);
    const groups = await page
      .getByLabel('Ansvarligt organ')
      .locator('optgroup')
      .evaluateAll((elements) =>
        elements.map((group) => ({
          label: group.getAttribute('label'),
          options: [...group.querySelectorAll('option')].map((option) => option.textContent ?? ''),
        })),
      );
    expect(groups.map((group) => group.label)).toStrictEqual([
      'Politiske udvalg og råd',
      'Administrative organer',
      'Klyngestyregrupper',
      'Sundhedsråd',
      'Arbejdsgrupper',
      'Øvrige',
    ]);
    const collator = new Intl.Collator('da-DK', { sensitivity: 'base', numeric: true });
    for (const group of groups)
      expect(group.options).toStrictEqual([...group.options].sort(collator.compare));
    await page.screenshot({ path: screenshotPath(`13-body-filter-${size.name}`) });
    await page.close();
  });

  it('lists what each item waits for, and the recommendation where it differs from the status', async () => {
    const page = await openAt('/?view=list&awaiting=ANY', size, 'list');
    const table = page.getByTestId('list-view');
    await expect(table.getByRole('columnheader', { name: 'Venter på' }).count()).resolves.toBe(1);
    const waits = await table.locator('tbody tr td:nth-child(5)').allTextContents();
    expect(waits.filter((text) => text.trim().length > 0).length).toBeGreaterThan(0);
    await page.goto(`${rig.url}/?view=list`);
    await table.locator('.recommendation-cell').first().waitFor();
    const recommendations = await page.locator('.recommendation-cell').allTextContents();
    expect(recommendations.length).toBeGreaterThan(0);
    // Dates in Danish words (shared/format.ts): 09.01.2025, januar 2025 or 2025.
    const dated = /^Indstilling: .+ \((\d{2}\.\d{2}\.\d{4}|[a-zæø]+ \d{4}|\d{4})\)$/;
    expect(recommendations.filter((text) => !dated.test(text))).toStrictEqual([]);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath(`13-list-${size.name}`) });
    await page.close();
  });

  it('search tolerates typos and ranks the current health agreement first', async () => {
    const page = await openAt('/', size);
    const box = page.getByRole('combobox', { name: 'Søg' });
    const firstOption = async (text: string): Promise<string[]> => {
      await box.fill('');
      await box.pressSequentially(text, { delay: 20 });
      await page.getByRole('option').first().waitFor();
      await page.waitForTimeout(300);
      return page.locator('[role="option"] .search-name').allTextContents();
    };
    const overvaegt = await firstOption('overvagt');
    expect(overvaegt[0]?.toLowerCase()).toContain('overvægt');
    const agreements = await firstOption('sundhedsaftle');
    expect(agreements.slice(0, 3)).toStrictEqual([
      'Sundhedsaftale 2024-2027',
      'Sundhedsaftale 2015-2018',
      'Sundhedsaftale 2019-2023: Et nært og sammenhængende sundhedsvæsen i balance',
    ]);
    await page.screenshot({ path: screenshotPath(`13-search-${size.name}`) });
    await page.close();
  });

  it(
    'saves the view under a name, reopens it from the list, and copies a link that opens it',
    { timeout: 60_000 },
    async () => {
      const page = await openAt('/?awaiting=NATIONAL&layout=layered&asOf=2024-06-30', size);
      await showFilters(page, size);
      await page.getByLabel('Navn på visningen').fill('Afventer reform, juni 2024');
      await page.getByRole('button', { name: 'Gem visning' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'er gemt' }).textContent()).resolves.toBe(
        'Visningen »Afventer reform, juni 2024« er gemt.',
      );
      await page.getByRole('button', { name: 'Kopiér link' }).click();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toBe(`${rig.url}/?awaiting=NATIONAL&asOf=2024-06-30`);
      await page.screenshot({ path: screenshotPath(`13-saved-views-${size.name}`) });

      await page.goto(`${rig.url}/`);
      await waitForGraph(page);
      await showFilters(page, size);
      await page.getByRole('link', { name: 'Afventer reform, juni 2024' }).click();
      await page.waitForURL(`${rig.url}/?awaiting=NATIONAL&asOf=2024-06-30`);

      const shared = await openAt(new URL(link).pathname + new URL(link).search, size);
      // The select sits in the closed drawer on a phone: read it without the accessibility tree.
      await expect(shared.locator('.filters select').first().inputValue()).resolves.toBe('NATIONAL');
      await shared.close();
      await page.close();
    },
  );

  it('keyboard: focus moves into the opened panel and back, Escape closes, few Tabs to the actions', async () => {
    const page = await openAt('/', size);
    const box = page.getByRole('combobox', { name: 'Søg' });
    await box.click();
    await box.pressSequentially('ssg', { delay: 20 });
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('detail-panel').waitFor();
    await expect(page.evaluate(() => document.activeElement?.classList.contains('right'))).resolves.toBe(
      true,
    );
    let tabs = 0;
    for (; tabs < 10; tabs += 1) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (text === 'Konsekvensanalyse') break;
    }
    expect(tabs + 1).toBeLessThanOrEqual(5);
    await page.screenshot({ path: screenshotPath(`13-keyboard-detail-${size.name}`) });
    await page.keyboard.press('Escape');
    await page.getByTestId('detail-panel').waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('combobox');

    if (size.phone) {
      // The drawer toggle is in the folded header menu, which folds as the drawer opens: focus
      // comes back to the menu button, the control the user can see.
      await openHeaderMenu(page);
      await page.getByRole('button', { name: 'Filtre og signaturer' }).click();
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('sidebar');
      await page.keyboard.press('Escape');
      await page.locator('#sidebar.open').waitFor({ state: 'detached' });
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Menu');
    }
    await page.close();
  });

  it('has no serious or critical axe-core violations on start, details, list and filters', async () => {
    const views: { name: string; path: string; filters: boolean }[] = [
      { name: 'start', path: '/', filters: false },
      { name: 'detail', path: '/?node=ini-72t-psyk-botilbud', filters: false },
      { name: 'list', path: '/?view=list', filters: false },
      { name: 'filters', path: '/?awaiting=NATIONAL', filters: true },
    ];
    const found: Record<string, string[]> = {};
    for (const view of views) {
      const page = await openAt(view.path, size, view.path.includes('view=list') ? 'list' : 'graph');
      if (view.path.includes('node=')) await page.getByTestId('detail-panel').waitFor();
      if (view.filters) await showFilters(page, size);
      found[view.name] = await seriousViolations(page);
      await page.close();
    }
    expect(found).toStrictEqual({ start: [], detail: [], list: [], filters: [] });
  }, 120_000);
});
