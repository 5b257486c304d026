/**
 * The two sizes issue 13 is checked at, a laptop's 1440×900 and a phone's 390×844, and helpers
 * the board and path tests share: a page at a size, axe-core's serious findings, what sticks out
 * of the screen sideways.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

export const SIZES = {
  laptop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
export type SizeName = keyof typeof SIZES;

/** A Danish page at one of the two sizes, its console and page errors pushed to `sink`. */
export async function openAt(browser: Browser, url: string, size: SizeName, sink: string[]): Promise<Page> {
  const context = await browser.newContext({
    viewport: SIZES[size],
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    acceptDownloads: true,
    ...(size === 'phone' ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  const page = await context.newPage();
  // A step that cannot happen fails with its own message, well inside the test's time.
  page.setDefaultTimeout(10_000);
  page.on('console', (message) => {
    if (message.type() === 'error') sink.push(message.text());
  });
  page.on('pageerror', (error) => sink.push(error.message));
  await page.goto(url);
  return page;
}

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

/** axe-core run on `selector`: its serious and critical violations, as "rule: elements". */
export async function axeSeriousViolations(page: Page, selector: string): Promise<string[]> {
  // Evaluated through the DevTools protocol: the app's CSP (script-src 'self') refuses a script tag.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run: (c: string) => Promise<AxeResult> } }).axe;
    const result = await axe.run(context);
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
  }, selector);
}

/** Elements inside `selector` that stick out of the screen sideways (none should). */
export async function sticksOut(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((root) => {
    const width = document.documentElement.clientWidth;
    return [...root.querySelectorAll('*')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
      })
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 40)}`,
      );
  });
}
