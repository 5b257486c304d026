/**
 * The explorer smoke: the overview, a deep link, search and impact mode, as a user drives them.
 * `explorer.test.ts` runs it on the embedded store among its other paths; `explorer-neo4j.test.ts`
 * runs it on a server backed by a real Neo4j, so both stores feed the same explorer.
 */
import { expect, it } from 'vitest';
import { drawnNodes, idsWithClass, screenshotPath, waitForGraph, type ExplorerRig } from './explorer-app.js';

/** Registers the smoke tests on the rig `rig()` returns (started in the caller's `beforeAll`). */
export function describeExplorerSmoke(rig: () => ExplorerRig, shotPrefix = ''): void {
  it('opens the whole complex, laid out, with a legend', async () => {
    const page = await rig().open('/');
    const nodes = await drawnNodes(page);
    expect(nodes.length).toBeGreaterThan(100);
    await expect(page.getByRole('heading', { name: 'Filtre' }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('Signaturforklaring').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath(`${shotPrefix}01-overview`) });
    await page.close();
  });

  it('deep link /?node=ini-72t-psyk-botilbud shows the details with the status history', async () => {
    const page = await rig().open('/?node=ini-72t-psyk-botilbud');
    const panel = page.getByTestId('detail-panel');
    await panel.getByTestId('status-history').waitFor();
    const entries = await panel.getByTestId('status-history').locator('li').count();
    expect(entries).toBeGreaterThan(0);
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(/botilbud/i);
    await expect(
      page.evaluate(() => window.__aftalegrafCy?.$(':selected').map((node) => node.id())),
    ).resolves.toStrictEqual(['ini-72t-psyk-botilbud']);
    await page.screenshot({ path: screenshotPath(`${shotPrefix}02-deep-link-detail`) });
    await page.close();
  });

  it('search "overvægt" suggests as you type and jumps to the pick', async () => {
    const page = await rig().open('/');
    const box = page.getByRole('combobox', { name: 'Søg' });
    await box.pressSequentially('overvægt', { delay: 30 });
    const options = page.getByRole('option');
    await options.first().waitFor();
    const first = (await options.first().locator('.search-name').textContent()) ?? '';
    expect(first.toLowerCase()).toContain('overvægt');
    await page.screenshot({ path: screenshotPath(`${shotPrefix}03-search-suggestions`) });
    await box.press('Enter');
    const heading = page.getByTestId('detail-panel').getByRole('heading', { level: 2 });
    await page.waitForFunction(
      (name) => document.querySelector('#detail-heading')?.textContent === name,
      first,
    );
    await expect(heading.textContent()).resolves.toBe(first);
    expect(new URL(page.url()).searchParams.get('node')).toMatch(/\S/);
    await page.close();
  });

  it('impact on the graph for nat-2024-kronikerpakker highlights exactly domain.md example A', async () => {
    const page = await rig().open('/?impact=nat-2024-kronikerpakker&impactView=graph');
    await page.getByTestId('impact-graph-bar').waitFor();
    const expected = {
      DIRECT: ['ini-kronisk-droeftelse', 'ini-prioriteringer-2025'],
      INDIRECT: ['ini-proeve-kronisk'],
      INHERITED: ['ini-revitalisering-opf-hjemmebesoeg', 'ini-tvaerfaglige-opstartsmoeder'],
    };
    await page.waitForFunction(() => (window.__aftalegrafCy?.nodes('.impact-DIRECT').length ?? 0) > 0);
    const nodes = await drawnNodes(page);
    expect({
      DIRECT: idsWithClass(nodes, 'impact-DIRECT'),
      INDIRECT: idsWithClass(nodes, 'impact-INDIRECT'),
      INHERITED: idsWithClass(nodes, 'impact-INHERITED'),
      changed: idsWithClass(nodes, 'impact-changed'),
    }).toStrictEqual({ ...expected, changed: ['nat-2024-kronikerpakker'] });
    // No psychiatry node is flagged (example A: "not flagged: every psychiatry node").
    expect(
      nodes.filter((node) => /psyk/.test(node.id) && node.classes.some((c) => c.startsWith('impact-'))),
    ).toStrictEqual([]);
    await page.screenshot({ path: screenshotPath(`${shotPrefix}05-impact-example-a`) });

    // From the board, a result's "Vis på grafen" draws its path on the canvas.
    await page.getByRole('button', { name: 'Vis som tavle' }).click();
    // Example A has one group of inherited parts, collapsed under its parent until opened.
    await page.locator('.inherited-toggle').click();
    await page.locator('[data-result-id="ini-tvaerfaglige-opstartsmoeder"]').click();
    await page.getByTestId('impact-result-pane').getByRole('button', { name: 'Vis på grafen' }).click();
    await waitForGraph(page);
    await page.waitForFunction(() => (window.__aftalegrafCy?.edges('.path').length ?? 0) > 0);
    const pathEdges = await page.evaluate(
      () => window.__aftalegrafCy?.edges('.path').map((edge) => edge.id()) ?? [],
    );
    expect(pathEdges.length).toBeGreaterThan(0);
    await expect(page.getByTestId('impact-graph-bar').textContent()).resolves.toContain(
      'Tværfaglige opstartsmøder',
    );
    await page.screenshot({ path: screenshotPath(`${shotPrefix}06-impact-path`) });
    await page.close();
  });
}
