/**
 * Issue 13 §8 end to end at 1440×900 and 390×844: on a phone the header is one row (name,
 * search, menu) and the canvas gets the screen, with no sideways scroll; dates are typed and shown
 * as 30.11.2026 in Danish (30/11/2026 in English) by keyboard, while the URL keeps ISO.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath, startExplorerRig, waitForGraph } from './support/explorer-app.js';
import type { ExplorerRig } from './support/explorer-app.js';
import { openAt, SIZES, sticksOut } from './support/sizes.js';
import type { SizeName } from './support/sizes.js';

let rig: ExplorerRig;
const errors: string[] = [];

beforeAll(async () => {
  rig = await startExplorerRig();
});

afterAll(async () => {
  await rig?.close();
});

function height(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((element) => element.getBoundingClientRect().height);
}

function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

function isFocusedWithin(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => element.contains(document.activeElement));
}

/** On a phone the as-of field sits in the folded menu: open it first. */
async function asOfField(page: Page, size: SizeName) {
  if (
    size === 'phone' &&
    (await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')) !== 'true'
  )
    await page.getByRole('button', { name: 'Menu' }).click();
  return page.getByRole('textbox', { name: 'Status pr.' });
}

function asOfInUrl(page: Page): string | null {
  return new URL(page.url()).searchParams.get('asOf');
}

describe('the header', () => {
  it('at laptop size shows every control in place, without a menu button', async () => {
    const page = await openAt(rig.browser, `${rig.url}/`, 'laptop', errors);
    await waitForGraph(page);
    await expect(page.getByRole('button', { name: 'Menu' }).isVisible()).resolves.toBe(false);
    for (const name of ['Graf', 'Liste', 'Hvad er ændret?', 'Sprog: English'])
      await expect(page.getByRole('button', { name, exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('textbox', { name: 'Status pr.' }).isVisible()).resolves.toBe(true);
    await expect(height(page, '.app-header')).resolves.toBeLessThanOrEqual(100);
    await expect(sidewaysScroll(page)).resolves.toBe(0);
    await page.screenshot({ path: screenshotPath('60-header-laptop') });
    await page.context().close();
  });

  it('at phone size is one row, folds the rest under Menu, and leaves the canvas the screen', async () => {
    const page = await openAt(rig.browser, `${rig.url}/`, 'phone', errors);
    await waitForGraph(page);
    // One row of 40 px controls: the name, the search field and the menu button.
    await expect(height(page, '.app-header')).resolves.toBeLessThanOrEqual(56);
    await expect(
      page.getByRole('searchbox').or(page.getByPlaceholder('Navn, forkortelse eller id')).first().isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole('textbox', { name: 'Status pr.' }).isVisible()).resolves.toBe(false);
    // The canvas gets at least three quarters of the screen's height.
    await expect(height(page, '[data-testid="graph-canvas"]')).resolves.toBeGreaterThanOrEqual(
      0.75 * SIZES.phone.height,
    );
    await expect(sidewaysScroll(page)).resolves.toBe(0);
    await expect(sticksOut(page, '.app-header')).resolves.toStrictEqual([]);
    await page.screenshot({ path: screenshotPath('61-header-phone') });

    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(isFocusedWithin(page, '#header-more')).resolves.toBe(true);
    for (const name of ['Graf', 'Liste', 'Hvad er ændret?', 'Sprog: English', 'Filtre og signaturer'])
      await expect(page.getByRole('button', { name, exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('textbox', { name: 'Status pr.' }).isVisible()).resolves.toBe(true);
    await expect(sticksOut(page, '#header-more')).resolves.toStrictEqual([]);
    await expect(sidewaysScroll(page)).resolves.toBe(0);
    await page.screenshot({ path: screenshotPath('62-header-phone-menu') });

    // Escape folds it and gives focus back to the button.
    await page.keyboard.press('Escape');
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(menu.evaluate((element) => element === document.activeElement)).resolves.toBe(true);

    // A choice in the menu is made and the menu folds away.
    await menu.click();
    await page.getByRole('button', { name: 'Liste', exact: true }).click();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    expect(new URL(page.url()).searchParams.get('view')).toBe('list');
    await expect(sidewaysScroll(page)).resolves.toBe(0);
    await page.screenshot({ path: screenshotPath('63-list-phone') });

    // Searching folds an open menu, so that the suggestions have the room.
    await menu.click();
    await page.getByPlaceholder('Navn, forkortelse eller id').fill('overvægt');
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await expect(sticksOut(page, '.search-results')).resolves.toStrictEqual([]);
    await page.screenshot({ path: screenshotPath('64-search-phone') });
    await page.context().close();
  });

  it('at phone size does not scroll sideways with the details sheet open', async () => {
    const page = await openAt(rig.browser, `${rig.url}/?node=ini-72t-psyk-botilbud`, 'phone', errors);
    await waitForGraph(page);
    await page.getByTestId('detail-panel').waitFor();
    await expect(sidewaysScroll(page)).resolves.toBe(0);
    // Nor does the sheet itself (the edit forms folded in it are measured unfolded, so the sheet's
    // own scroll width is the measure, not its descendants' boxes).
    await expect(
      page.locator('.right').evaluate((sheet) => sheet.scrollWidth - sheet.clientWidth),
    ).resolves.toBe(0);
    await page.context().close();
  });
});

describe('dates', () => {
  for (const size of ['laptop', 'phone'] as const satisfies readonly SizeName[]) {
    it(`are typed and shown as dd.mm.åååå, by keyboard, ISO in the URL, at ${size} size`, async () => {
      const page = await openAt(rig.browser, `${rig.url}/?asOf=2025-01-09`, size, errors);
      await waitForGraph(page);
      const field = await asOfField(page, size);
      await expect(field.inputValue()).resolves.toBe('09.01.2025');
      await expect(field.getAttribute('placeholder')).resolves.toBe('dd.mm.åååå');

      await field.fill('1.3.2024');
      await field.press('Enter');
      await expect(field.inputValue()).resolves.toBe('01.03.2024');
      expect(asOfInUrl(page)).toBe('2024-03-01');

      // A day back across the leap day, a month forward.
      await field.press('ArrowDown');
      await expect(field.inputValue()).resolves.toBe('29.02.2024');
      expect(asOfInUrl(page)).toBe('2024-02-29');
      await field.press('PageUp');
      await expect(field.inputValue()).resolves.toBe('29.03.2024');
      expect(asOfInUrl(page)).toBe('2024-03-29');

      // A day the calendar lacks: said why, marked, nothing changed; Escape puts the date back.
      await field.fill('31.02.2024');
      await field.press('Enter');
      const problem = page.locator('.date-field-problem');
      await expect(problem.textContent()).resolves.toBe('Den dato findes ikke i kalenderen.');
      await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
      expect(asOfInUrl(page)).toBe('2024-03-29');
      await expect(sidewaysScroll(page)).resolves.toBe(0);
      await page.screenshot({ path: screenshotPath(`65-date-problem-${size}`) });
      await field.press('Escape');
      await expect(field.inputValue()).resolves.toBe('29.03.2024');
      await expect(problem.count()).resolves.toBe(0);
      await expect(field.getAttribute('aria-invalid')).resolves.toBe('false');

      // Before the first month the timeline knows, and a form that is no date.
      await field.fill('31.12.2014');
      await field.press('Enter');
      await expect(problem.textContent()).resolves.toBe('Vælg en dato fra 01.01.2015 og frem.');
      await field.fill('marts 2024');
      await field.press('Tab');
      await expect(problem.textContent()).resolves.toBe('Skriv datoen som dd.mm.åååå, fx 30.11.2026.');
      expect(asOfInUrl(page)).toBe('2024-03-29');
      await field.fill('29.03.2024');
      await field.press('Enter');

      // English writes its own way; the URL does not change with the language.
      await page.getByRole('button', { name: /English/ }).click();
      const englishField = page.getByRole('textbox', { name: 'Status as of' });
      if (size === 'phone' && !(await englishField.isVisible()))
        await page.getByRole('button', { name: 'Menu' }).click();
      await expect(englishField.inputValue()).resolves.toBe('29/03/2024');
      await expect(englishField.getAttribute('placeholder')).resolves.toBe('dd/mm/yyyy');
      expect(asOfInUrl(page)).toBe('2024-03-29');
      await page.screenshot({ path: screenshotPath(`66-date-english-${size}`) });
      await page.context().close();
    });
  }

  it('in the changes view, the window is typed as dd.mm.åååå', async () => {
    const page = await openAt(rig.browser, `${rig.url}/?view=changes&asOf=2025-01-09`, 'laptop', errors);
    const view = page.getByTestId('changes-view');
    await view.waitFor();
    await expect(view.getByLabel('Til', { exact: true }).inputValue()).resolves.toBe('09.01.2025');
    await view.getByLabel('Fra', { exact: true }).fill('01.06.2024');
    await view.getByLabel('Fra', { exact: true }).press('Enter');
    await expect(view.getByLabel('Fra', { exact: true }).inputValue()).resolves.toBe('01.06.2024');
    // The window cannot end before it starts.
    await view.getByLabel('Til', { exact: true }).fill('31.05.2024');
    await view.getByLabel('Til', { exact: true }).press('Enter');
    await expect(view.locator('.date-field-problem').textContent()).resolves.toBe(
      'Vælg en dato fra 01.06.2024 og frem.',
    );
    await page.context().close();
  });
});

describe('the pages', () => {
  it('logged no console errors', () => {
    expect(errors).toStrictEqual([]);
  });
});
