/**
 * The end-to-end rig: the explorer built by Vite into a temp folder, the real server (`startApp`)
 * on an ephemeral port over a fresh empty store (a temp SQLite file, or a fresh partition of the
 * test Neo4j: `test/support/test-stores.ts`) that the server seeds with the real agreement
 * complex on start, as `npm start` does, and Debian's headless Chromium driven by playwright-core.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadSeed } from '../../../seed/load-seed.js';
import { startApp } from '../../../server/app.js';
import type { Logger, RunningApp } from '../../../server/app.js';
import { openTestStore, type StoreKind } from '../../support/test-stores.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'e2e');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** Builds the explorer as `npm run build` does, but into `outDir`, so the test never reads a stale build. */
export function buildClient(outDir: string): void {
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'client/vite.config.ts',
      '--outDir',
      outDir,
    ],
    { cwd: ROOT, stdio: 'pipe' },
  );
}

export interface ExplorerRig {
  url: string;
  browser: Browser;
  serverErrors: string[];
  /** A fresh Danish page; its console errors and page errors are collected in `errors`. */
  newPage(): Promise<{ page: Page; context: BrowserContext; errors: string[] }>;
  /** A fresh page at `path` with the graph drawn; its errors join `consoleErrors` when it closes. */
  open(path: string): Promise<Page>;
  /** Console and page errors of every page opened with `open`. */
  consoleErrors: string[];
  close(): Promise<void>;
}

export async function startExplorerRig(options: { store?: StoreKind } = {}): Promise<ExplorerRig> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-e2e-'));
  const dist = path.join(work, 'dist');
  const dataDir = path.join(work, 'data');
  fs.mkdirSync(dataDir);
  buildClient(dist);
  const serverErrors: string[] = [];
  const logger: Logger = { info: () => {}, error: (message) => serverErrors.push(message) };
  const { store, dropData } = await openTestStore(options.store ?? 'sqlite', dataDir, 'e2e');
  const app: RunningApp = await startApp(
    { port: 0, host: '127.0.0.1', dataDir, seedOnStart: true },
    { store, seed: loadSeed, clientDist: dist, logger },
  );
  const browser = await launchChromium();
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const consoleErrors: string[] = [];
  const newPage: ExplorerRig['newPage'] = async () => {
    const context = await browser.newContext({
      viewport: { width: 1600, height: 1000 },
      locale: 'da-DK',
      timezoneId: 'Europe/Copenhagen',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    return { page, context, errors };
  };
  return {
    url: app.url,
    browser,
    serverErrors,
    consoleErrors,
    async open(pagePath) {
      const { page, errors } = await newPage();
      page.on('close', () => consoleErrors.push(...errors));
      await page.goto(`${app.url}${pagePath}`);
      await waitForGraph(page);
      return page;
    },
    newPage,
    async close() {
      await browser.close();
      await app.close();
      await dropData();
      fs.rmSync(work, { recursive: true, force: true });
    },
  };
}

/** Waits until the canvas has drawn nodes. */
export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => (window.__aftalegrafCy?.nodes().length ?? 0) > 0, undefined, {
    timeout: 15_000,
  });
}

export function screenshotPath(name: string): string {
  return path.join(SCREENSHOT_DIR, `${name}.png`);
}

/** The nodes Cytoscape has drawn, with their status family and classes. */
export interface DrawnNode {
  id: string;
  family: string;
  classes: string[];
}

export function drawnNodes(page: Page): Promise<DrawnNode[]> {
  return page.evaluate(() =>
    (window.__aftalegrafCy?.nodes() ?? []).map((node) => ({
      id: node.id(),
      family: String(node.data('family')),
      classes: node.classes(),
    })),
  );
}

export function idsWithClass(nodes: readonly DrawnNode[], name: string): string[] {
  return nodes
    .filter((node) => node.classes.includes(name))
    .map((node) => node.id)
    .sort();
}
