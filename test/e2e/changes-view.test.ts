/**
 * "Hvad er ændret?" end to end in Chromium, on the real seed: the window from a document's date
 * to another date, changes grouped by kind and by responsible body with before -> after in words
 * and the source; the banner whenever the view date is not today, with the newest source; the
 * graph lighting what changed; flags in the detail panel. Screenshots under test-results/e2e.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath, startExplorerRig, waitForGraph } from './support/explorer-app.js';
import type { ExplorerRig } from './support/explorer-app.js';

let rig: ExplorerRig;

beforeAll(async () => {
  rig = await startExplorerRig();
});

afterAll(async () => {
  await rig?.close();
});

describe('what changed', () => {
  it('shows the changes between two dates by kind and by body, in words with the source', async () => {
    const page = await rig.open('/?asOf=2025-01-09');
    await page.getByRole('button', { name: 'Hvad er ændret?', exact: true }).click();
    const banner = page.getByTestId('as-of-banner');
    await expect(banner.textContent()).resolves.toContain('Du ser komplekset, som det så ud 9. januar 2025');
    await expect(page.getByTestId('newest-source').textContent()).resolves.toMatch(/^Nyeste kilde: /);

    const view = page.getByTestId('changes-view');
    // Typed as a Danish user writes it (the field reads and shows dd.mm.åååå).
    await view.getByLabel('Fra').fill('01.06.2024');
    await view.getByLabel('Fra').press('Enter');
    // The window 1 June 2024 – 9 January 2025 (the overview document's date): 134 changes.
    await page.waitForFunction(
      () => document.querySelector('[data-testid="changes-count"]')?.textContent === '134 ændringer',
      undefined,
      { timeout: 30_000 },
    );
    const statusGroup = view.getByRole('region', { name: 'Status ændret' });
    // 001 (9 January 2025) against what was current on 1 June 2024.
    const source = 'Kilde: Overblik over indsatser i regi af sundhedsaftalen';
    await expect(statusGroup.locator('li').allTextContents()).resolves.toStrictEqual([
      expect.stringMatching(
        new RegExp(
          `^9. januar 2025 Samarbejdsaftale om den gode indlæggelse.* Arbejdsgruppe nedsat → Under implementering.*${source}`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^9. januar 2025 Samarbejdsaftale om børn og unge, der lever med overvægt.* ingen status → Under implementering.*${source}`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^9. januar 2025 Samarbejdsaftale om tidlig opsporing.* Pauseret → Under udarbejdelse.*${source}`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^9. januar 2025 Prøvehandling for udlevering af ortoser.* Igangsat → Afprøvning.*${source}`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^9. januar 2025 Styrkelse af samarbejdet mellem Præhospitalet.* Igangsat → Pauseret.*${source}`,
        ),
      ),
    ]);
    await page.screenshot({ path: screenshotPath('30-changes-by-kind'), fullPage: true });

    await view.getByRole('button', { name: 'Ansvarligt organ' }).click();
    await view.getByRole('region', { name: 'Sundhedsstyregruppen', exact: true }).waitFor();
    await page.screenshot({ path: screenshotPath('31-changes-by-body'), fullPage: true });

    await view.getByRole('button', { name: 'Vis ændringerne i grafen' }).click();
    await waitForGraph(page);
    // Every changed node on the canvas is lit, and nothing else is.
    const response = await fetch(`${rig.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ changes(from: "2024-06-01", to: "2025-01-09", first: 500) { edges { node { node { id } } } } }`,
      }),
    });
    const answer = (await response.json()) as {
      data: { changes: { edges: { node: { node: { id: string } | null } }[] } };
    };
    const changed = [
      ...new Set(answer.data.changes.edges.flatMap((e) => (e.node.node ? [e.node.node.id] : []))),
    ];
    const canvas = await page.evaluate((ids) => {
      const cy = window.__aftalegrafCy;
      return {
        lit:
          cy
            ?.$('.impact-changed')
            .map((n) => n.id())
            .sort() ?? [],
        changedDrawn:
          cy
            ?.nodes()
            .filter((n) => ids.includes(n.id()))
            .map((n) => n.id())
            .sort() ?? [],
      };
    }, changed);
    expect(canvas.lit.length).toBeGreaterThan(40);
    expect(canvas.lit).toStrictEqual(canvas.changedDrawn);
    await page.screenshot({ path: screenshotPath('32-changes-in-graph') });
    await page.close();
  }, 120_000);

  it('explains flags in words in the detail panel', async () => {
    const page = await rig.open('/?node=ag-sa-2024-27&asOf=2025-01-09');
    const flags = page.getByTestId('flags');
    await flags.waitFor();
    await expect(flags.textContent()).resolves.toContain('Ingen status registreret siden 10. august 2022');
    await expect(flags.textContent()).resolves.toContain(
      'Sundhedssamarbejdsudvalget nedlægges fra 1. januar 2027',
    );
    await page.screenshot({ path: screenshotPath('33-flags-in-detail') });
    await page.close();
  }, 60_000);

  it('shows an edit made elsewhere live, for a node upstream of the selected one', async () => {
    // ini-rev-sa-demens AWAITS the national dementia recommendations (001).
    const page = await rig.open('/?node=ini-rev-sa-demens');
    await page.getByTestId('detail-panel').getByTestId('current-status').waitFor();
    // Give the subscription its round trip before the edit.
    await page.waitForTimeout(500);
    const response = await fetch(`${rig.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($input: RecordStatusInput!) { recordStatus(input: $input) { id } }`,
        variables: {
          input: {
            nodeId: 'nat-demens-anbefalinger',
            code: 'COMPLETED',
            textDa: 'Anbefalingerne er offentliggjort',
            date: '2025-01-09',
            kind: 'FACT',
            documentId: 'doc-001',
          },
        },
      }),
    });
    expect(response.status).toBe(200);
    const notice = page.getByTestId('live-notice');
    await notice.waitFor({ timeout: 15_000 });
    await expect(notice.textContent()).resolves.toMatch(/har netop ændret: .*demens/i);
    await notice.getByRole('button', { name: 'Vis ændringen' }).click();
    await page.getByTestId('flags').getByText('Det afventede er på plads').waitFor();
    await page.screenshot({ path: screenshotPath('34-live-notice') });
    await page.close();
  }, 60_000);
});
