/**
 * The explorer end to end: the built client in headless Chromium against the real server and
 * the real seed. Each path from issue 5 is driven as a user would, and each leaves a screenshot
 * in test-results/e2e/ to be looked at.
 */
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseExcelCsv } from '../../client/src/shared/excel-csv.js';
import { drawnNodes, screenshotPath, startExplorerRig, waitForGraph } from './support/explorer-app.js';
import type { ExplorerRig } from './support/explorer-app.js';
import { describeExplorerSmoke } from './support/explorer-smoke.js';

let rig: ExplorerRig;

beforeAll(async () => {
  rig = await startExplorerRig();
});

afterAll(async () => {
  await rig?.close();
});

const open = (path: string): Promise<Page> => rig.open(path);

describe('explorer', () => {
  describeExplorerSmoke(() => rig);

  it('a status filter hides the nodes that do not match', async () => {
    const page = await open('/');
    const before = await drawnNodes(page);
    await page.getByRole('checkbox', { name: 'Afventer' }).check();
    await page.waitForFunction(
      (count) => (window.__aftalegrafCy?.nodes().length ?? count) < count,
      before.length,
    );
    const after = await drawnNodes(page);
    expect(after.length).toBeGreaterThan(0);
    expect([...new Set(after.map((node) => node.family))]).toStrictEqual(['AWAITING']);
    expect(new URL(page.url()).searchParams.get('status')).toBe('AWAITING');
    await page.screenshot({ path: screenshotPath('04-filter-awaiting') });
    await page.close();
  });

  it('impact options: the depth widens the affected set and the effect changes the consequences', async () => {
    const { page } = await rig.newPage();
    await page.goto(`${rig.url}/?impact=nat-2024-afskaffelse`);
    const board = page.getByTestId('impact-board');
    const total = async (): Promise<number> =>
      Number(/^(\d+) berørte/.exec((await board.locator('.board-summary').textContent()) ?? '')?.[1] ?? NaN);
    await board.locator('.result-card').first().waitFor();
    const shallow = await total();
    await board.getByRole('spinbutton', { name: 'Indirekte hop' }).fill('2');
    await page.waitForFunction(
      (before) =>
        Number(/^(\d+) berørte/.exec(document.querySelector('.board-summary')?.textContent ?? '')?.[1]) >
        before,
      shallow,
    );
    expect(await total()).toBeGreaterThan(shallow);
    expect(new URL(page.url()).searchParams.get('impactDepth')).toBe('2');
    const firstConsequence = board.locator('[data-result-id="ag-sa-2024-27"] .result-consequence');
    await expect(firstConsequence.textContent()).resolves.toMatch(/afvikles eller overdrages/);
    await board.getByRole('button', { name: 'Forsinkes', exact: true }).click();
    await page.waitForFunction(() =>
      /udskydes/.test(
        document.querySelector('[data-result-id="ag-sa-2024-27"] .result-consequence')?.textContent ?? '',
      ),
    );
    expect(new URL(page.url()).searchParams.get('effect')).toBe('DELAYED');
    await expect(
      board.getByRole('button', { name: 'Forsinkes', exact: true }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await page.screenshot({ path: screenshotPath('15-impact-options') });
    await page.close();
  });

  it('the as-of date redraws a status as it was', async () => {
    const id = 'ag-sa-tidlig-opsporing';
    const page = await open(`/?node=${id}`);
    const status = page.getByTestId('detail-panel').getByTestId('current-status');
    await status.waitFor();
    const today = await status.textContent();
    const familyToday = await page.evaluate((node) => window.__aftalegrafCy?.$id(node).data('family'), id);
    const asOf = page.getByRole('textbox', { name: 'Status pr.' });
    await asOf.fill('01.03.2024');
    await asOf.press('Enter');
    await page.waitForFunction(
      ([node, before]) => window.__aftalegrafCy?.$id(node).data('family') !== before,
      [id, familyToday] as const,
    );
    await page.waitForFunction(
      (before) => document.querySelector('[data-testid="current-status"]')?.textContent !== before,
      today,
    );
    const then = await status.textContent();
    expect(then).not.toBe(today);
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2024-03-01');
    await expect(asOf.inputValue()).resolves.toBe('01.03.2024');
    await page.screenshot({ path: screenshotPath('07-as-of-2024-03') });
    await page.close();
  });

  it('the list view works by keyboard alone', async () => {
    const page = await open('/');
    const focused = (): Promise<string> =>
      page.evaluate(() => {
        const element = document.activeElement;
        return `${element?.tagName ?? ''}:${element?.getAttribute('aria-label') ?? element?.textContent ?? ''}`;
      });
    const tabTo = async (wanted: string): Promise<void> => {
      for (let i = 0; i < 80; i += 1) {
        await page.keyboard.press('Tab');
        if ((await focused()) === wanted) return;
      }
      throw new Error(`Tab never reached ${wanted}; last focus ${await focused()}`);
    };
    await tabTo('BUTTON:Liste');
    await page.keyboard.press('Enter');
    await page.getByTestId('list-view').waitFor();
    await tabTo('BUTTON:Sortér efter Status');
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('columnheader', { name: 'Sortér efter Status', exact: true }).getAttribute('aria-sort'),
    ).resolves.toBe('ascending');
    await page.keyboard.press('Tab'); // Statusdato
    await page.keyboard.press('Tab'); // Advarsler
    await page.keyboard.press('Tab'); // first row's link
    const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(await page.evaluate(() => document.activeElement?.closest('tbody') !== null)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (wanted) => document.querySelector('#detail-heading')?.textContent === wanted,
      name,
    );
    await page.screenshot({ path: screenshotPath('08-list-keyboard') });
    await page.close();
  });

  it('focus shows only what is upstream of the selection, to the chosen depth, and expands a node', async () => {
    const page = await open('/?node=ini-72t-psyk-botilbud&focus=up&depth=1&focusMode=only');
    await page.waitForFunction(() => (window.__aftalegrafCy?.nodes().length ?? 0) < 50);
    const depth1 = (await drawnNodes(page)).map((node) => node.id);
    // It awaits the 96-hour element of the 2024 reform (domain.md §3.5).
    expect(depth1).toContain('nat-2024-96t');
    expect(depth1).toContain('ini-72t-psyk-botilbud');
    await page.getByRole('spinbutton', { name: 'Dybde' }).fill('2');
    await page.waitForFunction(
      (count) => (window.__aftalegrafCy?.nodes().length ?? 0) > count,
      depth1.length,
    );
    const depth2 = (await drawnNodes(page)).map((node) => node.id);
    expect(depth2).toContain('nat-reform-2024');
    expect(depth1.filter((id) => !depth2.includes(id))).toStrictEqual([]);
    await page.getByRole('button', { name: 'Fold naboer ud' }).click();
    await page.waitForFunction(
      (count) => (window.__aftalegrafCy?.nodes().length ?? 0) > count,
      depth2.length,
    );
    expect(new URL(page.url()).searchParams.get('expand')).toBe('ini-72t-psyk-botilbud');
    await page.screenshot({ path: screenshotPath('09-focus-upstream') });
    await page.getByRole('button', { name: 'Dæmp resten' }).click();
    await page.waitForFunction(() => (window.__aftalegrafCy?.nodes('.dimmed').length ?? 0) > 100);
    await page.close();
  });

  it('switches to the force layout, computed off the main thread, and back', async () => {
    const page = await open('/');
    const positions = (): Promise<Record<string, { x: number; y: number }>> =>
      page.evaluate(() =>
        Object.fromEntries(
          (window.__aftalegrafCy?.nodes() ?? []).map((node) => [node.id(), { ...node.position() }]),
        ),
      );
    const layered = await positions();
    await page.getByRole('button', { name: 'Kraftbaseret' }).click();
    await page.waitForFunction(() =>
      /elementer/.test(document.querySelector('[data-testid="counts"]')?.textContent ?? ''),
    );
    await page.waitForFunction(
      (before) =>
        (window.__aftalegrafCy?.nodes().map((node) => ({ id: node.id(), ...node.position() })) ?? []).some(
          (node) => {
            const was = before[node.id];
            return was !== undefined && (was.x !== node.x || was.y !== node.y);
          },
        ),
      layered,
    );
    expect(new URL(page.url()).searchParams.get('layout')).toBe('force');
    const forced = await positions();
    const spread = new Set(Object.values(forced).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size;
    expect(spread).toBe(Object.keys(forced).length);
    await page.screenshot({ path: screenshotPath('10-force-layout') });
    await page.getByRole('button', { name: 'Lagdelt' }).click();
    await page.waitForFunction(
      (before) =>
        (window.__aftalegrafCy?.nodes().map((node) => ({ id: node.id(), x: node.position().x })) ?? []).every(
          (node) => before[node.id]?.x === node.x,
        ),
      layered,
    );
    await page.close();
  });

  it('exports what is on screen as PNG and SVG with title, date and legend, and the data as CSV and JSON', async () => {
    const page = await open('/?status=AWAITING');
    const count = (await drawnNodes(page)).length;
    const download = async (name: string): Promise<Buffer> => {
      await page.getByText('Eksportér').click();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      return fs.readFile(await file.path());
    };
    const png = await download('Billede (PNG)');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const svg = (await download('Vektor (SVG)')).toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    // Fitted: every node is on screen, so every node is in the picture, with title, date, legend.
    expect(svg.match(/<g><title>/g)?.length ?? 0).toBe(count);
    expect(svg).toContain('>Aftalegraf: Region Midtjyllands aftalekompleks</text>');
    expect(svg).toMatch(/>Udarbejdet \d{2}\.\d{2}\.\d{4}<\/text>/);
    expect(svg).toContain('>Farve: status</text>');
    expect(svg).toContain('>Afventer</text>');
    // Zoomed in on one node, the picture holds what the screen holds, not the whole graph.
    const onScreen = await page.evaluate(() => {
      const cy = window.__aftalegrafCy;
      if (!cy) return -1;
      cy.zoom({ level: 3, position: cy.nodes()[0]?.position() ?? { x: 0, y: 0 } });
      cy.center(cy.nodes()[0]);
      const box = cy.extent();
      return cy.nodes().filter((node) => {
        const { x, y } = node.position();
        return x >= box.x1 - 13 && x <= box.x2 + 13 && y >= box.y1 - 13 && y <= box.y2 + 13;
      }).length;
    });
    const zoomed = (await download('Vektor (SVG)')).toString('utf8');
    expect(zoomed.match(/<g><title>/g)?.length ?? 0).toBe(onScreen);
    expect(onScreen).toBeLessThan(count);

    const text = (await download('Synlige data (CSV)')).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseExcelCsv(text);
    expect(rows[0]).toStrictEqual([
      'Art',
      'Navn',
      'Type',
      'Status',
      'Statusgruppe',
      'Statusdato',
      'Fra',
      'Til',
      'Id',
    ]);
    const nodes = rows.filter((row) => row[0] === 'Element');
    expect(nodes.length).toBe(count);
    expect(nodes.every((row) => row[4] === 'Afventer')).toBe(true);
    expect(
      nodes.filter(
        (row) => row[5] !== '' && !/^(\d{2}\.\d{2}\.\d{4}|[a-zæøå]+\.? \d{4}|\d{4})$/.test(row[5] ?? ''),
      ),
    ).toStrictEqual([]);
    const json = JSON.parse((await download('Synlige data (JSON)')).toString('utf8')) as { nodes: unknown[] };
    expect(json.nodes.length).toBe(count);
    await page.close();
  });

  it('English by the switch, every label translated', async () => {
    const page = await open('/?node=ini-72t-psyk-botilbud');
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('combobox', { name: 'Search' }).waitFor();
    await expect(page.getByRole('heading', { name: 'Filters' }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('Status history').isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.screenshot({ path: screenshotPath('11-english') });
    await page.close();
  });

  it('shows a clear message and a retry when the API is down', async () => {
    const { page } = await rig.newPage();
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${rig.url}/`);
    const error = page.getByTestId('error-state');
    await error.waitFor();
    await expect(error.getByRole('heading').textContent()).resolves.toBe('Kan ikke hente data');
    await page.screenshot({ path: screenshotPath('12-api-down') });
    await page.unroute('**/graphql');
    await error.getByRole('button', { name: 'Prøv igen' }).click();
    await waitForGraph(page);
    await expect(error.isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('names sub-kinds, edge roles and impact rules in Danish words, not data codes', async () => {
    const page = await open('/?node=ag-sa-overvaegt-bu');
    const panel = page.getByTestId('detail-panel');
    await panel.getByText('Relationer').waitFor();
    const detailText = (await panel.textContent()) ?? '';
    expect(detailText).toContain('Opfølgning');
    expect(detailText).not.toMatch(/follow_up|\bowner\b|approver/);
    await page.goto(`${rig.url}/?impact=nat-2024-kronikerpakker&impactItem=ini-kronisk-droeftelse`);
    const impact = page.getByTestId('impact-board');
    await impact.getByTestId('impact-result-pane').waitFor();
    const impactText = (await impact.textContent()) ?? '';
    expect(impactText).toContain('Direkte: afventer, afhænger af eller udspringer af ændringen');
    expect(impactText).not.toMatch(/[A-Z]+_[A-Z_]+/);
    await page.screenshot({ path: screenshotPath('13-codes-in-words') });
    await page.close();
  });

  it('wraps a long document title with slashes inside the detail panel', async () => {
    const page = await open('/?node=doc-001');
    const panel = page.getByTestId('detail-panel');
    await panel.getByText('Kilder').waitFor();
    const overflowing = await panel.evaluate((element) => {
      const right = element.getBoundingClientRect().right;
      return [...element.querySelectorAll('*')]
        .filter((child) => child.getBoundingClientRect().right > right + 0.5)
        .map((child) => child.tagName);
    });
    expect(overflowing).toStrictEqual([]);
    await expect(panel.getByRole('button', { name: 'Luk detaljer' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('14-long-title-wraps') });
    await page.close();
  });

  it('logged no console errors on any page, and the server logged none', () => {
    expect(rig.consoleErrors).toStrictEqual([]);
    expect(rig.serverErrors).toStrictEqual([]);
  });
});
