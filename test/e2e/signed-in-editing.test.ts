/**
 * Keeping the complex current as signed-in staff (issue 11), in Chromium through the real OpenID
 * provider over the real agreement complex:
 * - an editor creates an initiative awaiting a reform, sees it in that reform's impact, ends the
 *   awaiting, undoes it, and reads a trail naming her;
 * - a viewer sees no edit controls, and the API refuses her mutation with FORBIDDEN;
 * - an editor corrects a status statement ("Ret"): a form prefilled with it, Danish messages next
 *   to the field, a success message and a trail entry, and the conflict dialog when someone else
 *   corrected it first.
 * At a laptop's 1440×900 and a phone's 390×844, with axe-core's serious findings checked.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load-seed.js';
import { screenshotPath, waitForGraph } from './support/explorer-app.js';
import { signIn, startSignedInExplorer, type SignedInExplorer } from './support/signed-in-explorer.js';
import { axeSeriousViolations, openAt, sticksOut, type SizeName } from './support/sizes.js';
import {
  createAwaitingInitiative,
  endAwaitingThenUndo,
  TODAY_IN_TRAIL as today,
} from './support/awaiting-journey.js';

const NAME = 'Tværsektoriel akutplan for botilbud';
const ID = 'initiative-tvaersektoriel-akutplan-for-botilbud';
const REFORM = 'nat-reform-2024';
const STATUS_NODE = 'ini-72t-psyk-botilbud';

let explorer: SignedInExplorer;
const pageErrors: string[] = [];

beforeAll(async () => {
  explorer = await startSignedInExplorer({ graph: loadSeed });
}, 240_000);

afterAll(async () => {
  await explorer?.close();
});

/** Today as the trail shows it (Danish, Copenhagen) and as the server dates a change (UTC). */
const todayIso = new Date().toISOString().slice(0, 10);

/**
 * A Danish page at `size` on `path`, signed in as `login`, the graph drawn. Errors count while
 * the explorer is shown: the provider's own login page (not this app) loads things it cannot
 * reach offline.
 */
async function signedInPage(size: SizeName, login: string, path: string): Promise<Page> {
  const page = await openAt(explorer.browser, 'about:blank', size, []);
  page.on('console', (message) => {
    if (message.type() === 'error' && page.url().startsWith(explorer.url)) {
      pageErrors.push(`${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => {
    if (page.url().startsWith(explorer.url)) pageErrors.push(error.message);
  });
  await page.goto(`${explorer.url}${path}`);
  await signIn(page, explorer, login);
  await waitForGraph(page);
  return page;
}

interface Observation {
  seq: number;
  code: string;
  kind: string;
  date: string;
  textDa: string;
  document: { id: string };
}

async function statusHistory(nodeId: string): Promise<Observation[]> {
  const response = await explorer.app.gql<{ node: { statusHistory: Observation[] } }>(
    `query($id: ID!) { node(id: $id) { statusHistory { seq code kind date textDa document { id } } } }`,
    { id: nodeId },
  );
  return response.data?.node.statusHistory ?? [];
}

describe('an editor signed in through the OpenID provider', () => {
  it(
    'creates an initiative awaiting a reform, sees it in the impact, ends the awaiting, undoes it, and the trail names her',
    { timeout: 180_000 },
    async () => {
      const page = await signedInPage('laptop', 'eva', '/?lang=da');
      await expect(page.getByTestId('account-name').textContent()).resolves.toBe('Eva Editor (redaktør)');

      const panel = await createAwaitingInitiative(page, { name: NAME, id: ID }, REFORM);
      await page.screenshot({ path: screenshotPath('40-signed-in-relation-added-laptop') });

      // The reform's impact, in another tab of the same signed-in browser.
      const impact = await page.context().newPage();
      await impact.goto(`${explorer.url}/?impact=${REFORM}`);
      const direct = impact.getByTestId('impact-board').getByTestId('impact-DIRECT');
      await direct.locator(`li[data-node-id="${ID}"]`).waitFor();
      await expect(direct.locator(`li[data-node-id="${ID}"]`).textContent()).resolves.toContain(NAME);
      await impact.screenshot({ path: screenshotPath('41-signed-in-in-impact-laptop') });
      await impact.close();

      await endAwaitingThenUndo(page, panel, 'Eva Editor');
      // Undone: the awaiting is back, so the reform's impact lists the initiative again.
      const again = await explorer.app.gql<{ impact: { affected: { node: { id: string } }[] } }>(
        `{ impact(change: { nodeIds: ["${REFORM}"] }) { affected(first: 500) { node { id } } } }`,
      );
      expect(again.data?.impact.affected.map((item) => item.node.id)).toContain(ID);
      await expect(sticksOut(page, '[data-testid="detail-panel"]')).resolves.toStrictEqual([]);
      await page.screenshot({ path: screenshotPath('42-signed-in-trail-after-undo-laptop') });
      await expect(axeSeriousViolations(page, '[data-testid="detail-panel"]')).resolves.toStrictEqual([]);
      await page.context().close();
    },
  );
});

describe('a viewer signed in', () => {
  it(
    'sees no edit controls, and the API refuses her mutation with FORBIDDEN',
    { timeout: 120_000 },
    async () => {
      const noteOf = async () =>
        (await explorer.app.gql<{ node: { note: string | null } }>(`{ node(id: "${STATUS_NODE}") { note } }`))
          .data?.node.note;
      const noteBefore = await noteOf();
      const page = await signedInPage('laptop', 'vic', `/?lang=da&node=${STATUS_NODE}`);
      await expect(page.getByTestId('account-name').textContent()).resolves.toBe('Viggo Viewer (læser)');
      const panel = page.getByTestId('detail-panel');
      await panel.getByTestId('status-history').waitFor();
      await panel.getByTestId('change-trail').waitFor();
      const controls = {
        createNode: await page.getByTestId('create-node').count(),
        registerDocument: await page.getByTestId('register-document').count(),
        editNode: await panel.getByTestId('node-form').count(),
        retire: await panel.getByRole('button', { name: 'Afslut node' }).count(),
        recordStatus: await panel.getByTestId('record-status').count(),
        correctStatus: await panel.getByTestId('correct-status').count(),
        retract: await panel.getByRole('button', { name: 'Træk tilbage' }).count(),
        addRelation: await panel.getByText('Tilføj relation', { exact: true }).count(),
        endRelation: await panel.getByRole('button', { name: 'Afslut relation' }).count(),
        undo: await panel.getByRole('button', { name: 'Fortryd' }).count(),
      };
      expect(controls).toStrictEqual({
        createNode: 0,
        registerDocument: 0,
        editNode: 0,
        retire: 0,
        recordStatus: 0,
        correctStatus: 0,
        retract: 0,
        addRelation: 0,
        endRelation: 0,
        undo: 0,
      });
      await page.screenshot({ path: screenshotPath('43-signed-in-viewer-laptop') });

      // Her browser, her session cookie, a mutation the explorer does not offer her.
      const answer = await page.evaluate(async (nodeId) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'mutation($input: UpdateNodeInput!) { updateNode(input: $input) { version } }',
            variables: { input: { id: nodeId, expectedVersion: 1, note: 'Læseren skriver' } },
          }),
        });
        const body = (await response.json()) as {
          data: unknown;
          errors?: { path?: unknown; extensions?: { code?: unknown } }[];
        };
        return {
          data: body.data,
          errors: body.errors?.map((error) => ({ path: error.path, code: error.extensions?.code })),
        };
      }, STATUS_NODE);
      expect(answer).toStrictEqual({ data: null, errors: [{ path: ['updateNode'], code: 'FORBIDDEN' }] });
      await expect(noteOf()).resolves.toBe(noteBefore);
      await page.context().close();
    },
  );
});

describe('correcting a status statement ("Ret")', () => {
  it(
    "opens prefilled, shows the server's reason next to the date, saves, and the trail records it (phone)",
    { timeout: 120_000 },
    async () => {
      const [first] = await statusHistory(STATUS_NODE);
      if (!first) throw new Error(`${STATUS_NODE} has no status history in the seed`);
      const page = await signedInPage('phone', 'eva', `/?lang=da&node=${STATUS_NODE}`);
      const panel = page.getByTestId('detail-panel');
      const item = panel.getByTestId('status-history').locator('li').first();
      await item.locator('summary', { hasText: 'Ret' }).click();
      const form = item.getByRole('form', { name: 'Ret statusudsagn' });
      const fields = {
        code: form.getByLabel('Status', { exact: true }),
        kind: form.getByLabel('Type af udsagn'),
        date: form.getByLabel('Dato', { exact: true }),
        textDa: form.getByLabel('Ordlyd (dansk, som i dokumentet)'),
        documentId: form.getByLabel('Kildedokument'),
        reason: form.getByLabel('Begrundelse for rettelsen (valgfri)'),
      };
      await expect(
        Promise.all([
          fields.code.inputValue(),
          fields.kind.inputValue(),
          fields.date.inputValue(),
          fields.textDa.inputValue(),
          fields.documentId.inputValue(),
          fields.reason.inputValue(),
        ]),
      ).resolves.toStrictEqual([first.code, first.kind, first.date, first.textDa, first.document.id, '']);

      // A fact dated in the future: refused, the reason next to the date field, nothing saved.
      await fields.kind.selectOption('FACT');
      await fields.date.fill('2099-01-01');
      await form.getByRole('button', { name: 'Gem rettelse' }).click();
      await form.getByRole('alert').waitFor();
      await expect(
        fields.date.evaluate((input) => ({
          invalid: input.getAttribute('aria-invalid'),
          message: document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent,
        })),
      ).resolves.toStrictEqual({
        invalid: 'true',
        message: `et faktum eller en beslutning kan ikke være dateret efter i dag (${todayIso})`,
      });
      expect((await statusHistory(STATUS_NODE))[0]).toStrictEqual(first);
      await form.screenshot({ path: screenshotPath('44-correct-status-refused-phone') });

      const corrected = `${first.textDa} (rettet)`;
      await fields.kind.selectOption(first.kind);
      await fields.date.fill(first.date);
      await fields.textDa.fill(corrected);
      await fields.reason.fill('Ordlyden tjekket mod referatet');
      await form.getByRole('button', { name: 'Gem rettelse' }).click();
      await form.getByRole('status').filter({ hasText: 'Statusudsagnet er rettet.' }).waitFor();
      await expect(item.locator('blockquote').textContent()).resolves.toBe(corrected);
      await expect(statusHistory(STATUS_NODE)).resolves.toContainEqual({ ...first, textDa: corrected });
      const latest = panel.getByTestId('change-trail').locator('li').first();
      await expect(latest.locator('span').allTextContents()).resolves.toStrictEqual([
        `Status rettet: ændret af Eva Editor den ${today}`,
        ' – Ordlyden tjekket mod referatet',
      ]);
      await expect(sticksOut(page, '[data-testid="detail-panel"]')).resolves.toStrictEqual([]);
      await expect(axeSeriousViolations(page, '[data-testid="detail-panel"]')).resolves.toStrictEqual([]);
      await form.screenshot({ path: screenshotPath('45-correct-status-saved-phone') });
      await page.screenshot({ path: screenshotPath('46-correct-status-saved-phone-page') });
      await page.context().close();
    },
  );

  it(
    'someone else corrected it first: the conflict dialog shows both, "Brug deres" takes theirs (laptop)',
    { timeout: 120_000 },
    async () => {
      const page = await signedInPage('laptop', 'eva', `/?lang=da&node=${STATUS_NODE}`);
      const panel = page.getByTestId('detail-panel');
      const item = panel.getByTestId('status-history').locator('li').first();
      await item.locator('summary', { hasText: 'Ret' }).click();
      const form = item.getByRole('form', { name: 'Ret statusudsagn' });
      const text = form.getByLabel('Ordlyd (dansk, som i dokumentet)');
      await text.fill('Min udgave af ordlyden');

      const [stored] = await statusHistory(STATUS_NODE);
      if (!stored) throw new Error(`${STATUS_NODE} lost its status history`);
      const { data } = await explorer.app.gql<{ node: { version: number } }>(
        `{ node(id: "${STATUS_NODE}") { version } }`,
      );
      const other = await explorer.app.gql(
        `mutation($input: CorrectStatusInput!) { correctStatus(input: $input) { version } }`,
        {
          input: {
            nodeId: STATUS_NODE,
            seq: stored.seq,
            expectedVersion: data?.node.version,
            code: stored.code,
            kind: stored.kind,
            date: stored.date,
            documentId: stored.document.id,
            textDa: 'Deres udgave af ordlyden',
          },
        },
        { token: await explorer.app.token('editor') },
      );
      expect(other.errors).toBeUndefined();

      await form.getByRole('button', { name: 'Gem rettelse' }).click();
      const dialog = item.getByTestId('conflict-dialog');
      await dialog.waitFor();
      await expect(
        dialog.locator('tr', { hasText: 'Ordlyd' }).locator('td').allTextContents(),
      ).resolves.toStrictEqual(['Min udgave af ordlyden', 'Deres udgave af ordlyden']);
      await expect(
        dialog.locator('tr', { hasText: 'Dato' }).locator('td').allTextContents(),
      ).resolves.toStrictEqual([stored.date, stored.date]);
      const { data: documents } = await explorer.app.gql<{ documents: { id: string; title: string }[] }>(
        `{ documents { id title } }`,
      );
      const title = documents?.documents.find((document) => document.id === stored.document.id)?.title;
      await expect(
        dialog.locator('tr', { hasText: 'Kildedokument' }).locator('td').allTextContents(),
      ).resolves.toStrictEqual([title, title]);
      await expect(axeSeriousViolations(page, '[data-testid="detail-panel"]')).resolves.toStrictEqual([]);
      await page.screenshot({ path: screenshotPath('47-correct-status-conflict-laptop') });
      await dialog.getByRole('button', { name: 'Brug deres' }).click();
      await expect(text.inputValue()).resolves.toBe('Deres udgave af ordlyden');
      await expect(item.getByTestId('conflict-dialog').count()).resolves.toBe(0);
      await page.context().close();
    },
  );

  it('logged no console or page errors', () => {
    expect(pageErrors).toStrictEqual([]);
  });
});
