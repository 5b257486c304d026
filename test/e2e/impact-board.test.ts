/**
 * Issue 13 §1, §6 and §8 end to end, at a laptop's 1440×900 and a phone's 390×844: the impact
 * board for the 96-hour element and for domain.md example A, its keyboard path, its filters, an
 * axe-core check, and the Word and CSV reports downloaded and read back by parsers. Screenshots
 * go to test-results/e2e/ to be looked at.
 */
import fs from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExcelCsv } from '../../client/src/shared/excel-csv.js';
import { screenshotPath, startExplorerRig } from './support/explorer-app.js';
import type { ExplorerRig } from './support/explorer-app.js';
import { axeSeriousViolations, openAt, sticksOut } from './support/sizes.js';
import type { SizeName } from './support/sizes.js';

let rig: ExplorerRig;
const errors: string[] = [];

beforeAll(async () => {
  rig = await startExplorerRig();
});

afterAll(async () => {
  await rig?.close();
});

async function openBoard(path: string, size: SizeName): Promise<Page> {
  const page = await openAt(rig.browser, `${rig.url}${path}`, size, errors);
  await page.getByTestId('impact-board').waitFor();
  await page.getByTestId('impact-DIRECT').locator('.result-card').first().waitFor();
  return page;
}

/** Result ids per tier, the inherited ones expanded first. */
async function tiers(page: Page): Promise<Record<string, string[]>> {
  for (const toggle of await page.locator('.inherited-toggle[aria-expanded="false"]').all())
    await toggle.click();
  const ids = async (tier: string): Promise<string[]> =>
    (
      await page
        .getByTestId(`impact-${tier}`)
        .locator('li[data-node-id]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-node-id') ?? ''))
    ).sort();
  return { DIRECT: await ids('DIRECT'), INDIRECT: await ids('INDIRECT'), INHERITED: await ids('INHERITED') };
}

/** Text in the board smaller than 12 px, or cut off by its box (nothing should be either). */
async function illegible(page: Page): Promise<string[]> {
  return page.getByTestId('impact-board').evaluate((board) => {
    const problems: string[] = [];
    const walker = document.createTreeWalker(board, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const element = text.parentElement;
      if (!element || !text.textContent?.trim() || element.closest('[hidden]')) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      if (Number.parseFloat(style.fontSize) < 12)
        problems.push(`${style.fontSize}: ${text.textContent.trim()}`);
      if (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth) {
        problems.push(`cut: ${text.textContent.trim()}`);
      }
    }
    return problems;
  });
}

async function download(page: Page, name: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await fs.readFile(await file.path()) };
}

describe('impact board', () => {
  for (const size of ['laptop', 'phone'] as const) {
    it(`example A (kronikerpakker) in tiers, legible, at ${size} size`, async () => {
      const page = await openBoard('/?impact=nat-2024-kronikerpakker', size);
      await expect(tiers(page)).resolves.toStrictEqual({
        DIRECT: ['ini-kronisk-droeftelse', 'ini-prioriteringer-2025'],
        INDIRECT: ['ini-proeve-kronisk'],
        INHERITED: ['ini-revitalisering-opf-hjemmebesoeg', 'ini-tvaerfaglige-opstartsmoeder'],
      });
      await expect(illegible(page)).resolves.toStrictEqual([]);
      await expect(sticksOut(page, '[data-testid="impact-board"]')).resolves.toStrictEqual([]);
      // Every result says its path in names, not ids.
      const paths = await page.locator('.result-path').allTextContents();
      expect(paths.length).toBe(5);
      for (const text of paths) expect(text).not.toMatch(/\b(ini|nat|body|ag)-[a-z0-9-]+/);
      await page.screenshot({
        path: screenshotPath(`40-board-example-a-${size}`),
        fullPage: size === 'phone',
      });
      await page.context().close();
    });
  }

  it('the 96-hour element withdrawn: tiers, owners not results, wording, filters, keyboard, axe', async () => {
    const page = await openBoard('/?impact=nat-2024-96t&effect=WITHDRAWN', 'laptop');
    const found = await tiers(page);
    // SSG owns affected items: it is who must act, not an affected result, and its chair
    // does not "inherit" from it (issue 13 §1).
    expect(
      Object.values(found)
        .flat()
        .filter((id) => id.startsWith('body-')),
    ).toStrictEqual([]);
    expect(found.DIRECT).toStrictEqual(['ini-72t-psyk-botilbud', 'ini-prioriteringer-2025', 'reg-72t']);
    const priorities = page.locator('li[data-node-id="ini-prioriteringer-2025"] .result-consequence');
    const wording = (await priorities.textContent()) ?? '';
    // Withdrawing the element withdraws the element, not the 2024 reform it belongs to.
    expect(wording).toContain('»96 timers behandlingsansvar«');
    expect(wording).not.toMatch(/reform[^«»]*«?» ?,? som er trukket tilbage/i);
    const ssg = page.getByTestId('impact-by-body').locator('[data-group-id="body-ssg"]');
    await expect(ssg.textContent()).resolves.toMatch(/^Sundhedsstyregruppen: \d+$/);
    await page.screenshot({ path: screenshotPath('41-board-96t-withdrawn-laptop') });

    // A body's count filters the list to what it must act on; the filter is in the link.
    const before = await page.locator('.result-card').count();
    await ssg.click();
    await page.getByText(/^Viser \d+ af \d+ berørte\./).waitFor();
    expect(new URL(page.url()).searchParams.get('impactBody')).toBe('body-ssg');
    const owners = await page.locator('.result-card').evaluateAll((cards) => cards.length);
    expect(owners).toBeGreaterThan(0);
    expect(owners).toBeLessThan(before);
    await page.screenshot({ path: screenshotPath('42-board-96t-filtered-ssg') });
    await page.getByRole('button', { name: 'Vis alle' }).click();

    // Tab reaches a result; Enter opens it and focus moves into it; Esc closes and returns.
    const card = page.locator('[data-result-id="ini-72t-psyk-botilbud"]');
    await card.focus();
    await page.keyboard.press('Enter');
    const pane = page.getByTestId('impact-result-pane');
    await pane.waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('impact-result-heading');
    await expect(pane.getByTestId('impact-path-words').textContent()).resolves.toBe(
      '96 timers behandlingsansvar ← afventer — 72 timers behandlingsansvar i psykiatrien (prøvehandling for borgere udskrevet til botilbud)',
    );
    await expect(pane.locator('.hop-quote').first().textContent()).resolves.toMatch(
      /afventer det nationale arbejde/,
    );
    expect(new URL(page.url()).searchParams.get('impactItem')).toBe('ini-72t-psyk-botilbud');
    await page.screenshot({ path: screenshotPath('43-board-96t-result-open') });
    await expect(axeSeriousViolations(page, '[data-testid="impact-board"]')).resolves.toStrictEqual([]);
    await page.keyboard.press('Escape');
    await pane.waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-result-id'))).resolves.toBe(
      'ini-72t-psyk-botilbud',
    );
    await page.context().close();
  });

  it('a result opened on the phone fills the screen and Esc brings the board back', async () => {
    const page = await openBoard('/?impact=nat-2024-96t', 'phone');
    await page.locator('[data-result-id="ini-72t-psyk-botilbud"]').click();
    await page.getByTestId('impact-result-pane').waitFor();
    await expect(sticksOut(page, '[data-testid="impact-board"]')).resolves.toStrictEqual([]);
    await page.screenshot({ path: screenshotPath('44-board-96t-result-phone') });
    await page.keyboard.press('Escape');
    await page.getByTestId('impact-result-pane').waitFor({ state: 'detached' });
    await page.screenshot({ path: screenshotPath('45-board-96t-phone') });
    await page.context().close();
  });

  it('downloads the report as a Word memo and as CSV for Danish Excel, both read back', async () => {
    const page = await openBoard('/?impact=nat-2024-96t&effect=WITHDRAWN', 'laptop');
    const word = await download(page, 'Word-notat (.docx)');
    expect(word.name).toMatch(/^konsekvens-nat-2024-96t-withdrawn-\d{4}-\d{2}-\d{2}\.docx$/);
    const xml = strFromU8(unzipSync(new Uint8Array(word.bytes))['word/document.xml'] ?? new Uint8Array());
    // Paragraphs as Word shows them: the runs of each joined, one paragraph a line.
    const text = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)]
      .map((paragraph) =>
        [...(paragraph[0] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((run) => run[1]).join(''),
      )
      .join('\n');
    expect(text).toContain('Konsekvensanalyse: »96 timers behandlingsansvar« trækkes tilbage');
    expect(text).toContain(
      'Sti: 96 timers behandlingsansvar ← afventer — 72 timers behandlingsansvar i psykiatrien (prøvehandling for borgere udskrevet til botilbud)',
    );
    expect(text).toContain(
      '96 timers behandlingsansvar ← afventer — 72 timers behandlingsansvar i psykiatrien (prøvehandling for borgere udskrevet til botilbud): »Indstilling: Pauseres og afventer det nationale arbejde med 96 timers behandlingsansvar herunder udvidelse til en bredere målgruppe« (Overblik over indsatser i regi af sundhedsaftalen/Sundhedsstyregruppen/Sundhedssamarbejdsudvalget, 09.01.2025)',
    );
    // Paths are in names: no line reads like an id.
    expect(
      text.split('\n').filter((line) => /(^| )(ini|nat|body|ag|reg)-[a-z0-9-]+( |$)/.test(line)),
    ).toStrictEqual([]);

    const csv = await download(page, 'Excel (CSV)');
    const body = csv.bytes.toString('utf8');
    expect(body.startsWith('\uFEFF')).toBe(true);
    expect(body).toContain('\r\n');
    const [header, ...rows] = parseExcelCsv(body);
    expect(header?.slice(0, 7)).toStrictEqual([
      'Klasse',
      'Element',
      'Type',
      'Konsekvens',
      'Ansvarlig',
      'Klynge',
      'Virkning fra',
    ]);
    const board = await page.locator('.result-card').count();
    const inherited = await page.locator('.inherited-toggle .count').allTextContents();
    expect(rows.length).toBe(board + inherited.reduce((sum, n) => sum + Number(n), 0));
    const botilbud = rows.find((row) => row[13] === 'ini-72t-psyk-botilbud');
    expect(botilbud?.slice(0, 3)).toStrictEqual([
      'Direkte',
      '72 timers behandlingsansvar i psykiatrien (prøvehandling for borgere udskrevet til botilbud)',
      'Indsats',
    ]);
    expect(botilbud?.[4]).toMatch(/Sundhedsstyregruppen/);
    await page.context().close();
  });

  it('logged no console errors', () => {
    expect(errors).toStrictEqual([]);
  });
});
