/**
 * API tokens through GraphQL (admin mutations), through `npm run token`, and at the door: the
 * secret is shown once and stored only hashed, revocation takes effect at once, and last use is
 * recorded at most once a minute.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashTokenSecret } from '../../server/auth/api-token-secret.js';
import { ApiTokenService } from '../../server/auth/api-token.service.js';
import { Identity } from '../../server/auth/identity.js';
import { runTokenCli } from '../../server/auth/token-cli.js';
import { SqliteGraphStore } from '../../server/store/sqlite/sqlite-graph-store.js';
import { startAuthApp, type AuthApp } from './support/auth-app.js';

const CREATE = `mutation Create($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { secret token { id name role createdBy lastUsedAt revokedAt } }
}`;
const LIST = '{ apiTokens { id name role createdBy lastUsedAt revokedAt } }';
const REVOKE = 'mutation Revoke($id: ID!) { revokeApiToken(input: { id: $id }) { id revokedAt } }';
const ME = '{ me { kind id name role } }';

describe('API tokens through GraphQL', () => {
  let app: AuthApp;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-tokens-api-'));
    app = await startAuthApp({}, { dataDir });
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates a token once, lists it without the secret, stores only its SHA-256, and revokes it at once', async () => {
    const created = await app.gql<{
      createApiToken: { secret: string; token: { id: string } & Record<string, unknown> };
    }>(CREATE, { input: { name: '  Intranettets statusside ', role: 'EDITOR' } });
    const { secret, token } = created.data?.createApiToken ?? { secret: '', token: { id: '' } };
    expect(secret).toMatch(/^afg_[A-Za-z0-9_-]{43}$/);
    expect(token).toStrictEqual({
      id: expect.stringMatching(/^tok_[0-9a-f]{16}$/),
      name: 'Intranettets statusside',
      role: 'EDITOR',
      createdBy: 'Lokal bruger <local:local>',
      lastUsedAt: null,
      revokedAt: null,
    });

    expect((await app.gql(ME, {}, { token: secret })).data).toStrictEqual({
      me: { kind: 'TOKEN', id: token.id, name: 'Intranettets statusside', role: 'EDITOR' },
    });
    const listedAfterUse = (await app.gql<{ apiTokens: Record<string, unknown>[] }>(LIST)).data?.apiTokens;
    expect(listedAfterUse).toStrictEqual([
      { ...token, lastUsedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
    ]);

    // On disk: the hash, never the secret.
    const raw = new Database(path.join(dataDir, 'aftalegraf.sqlite'), { readonly: true });
    const row = raw.prepare('SELECT * FROM api_tokens WHERE id = ?').get(token.id) as Record<string, unknown>;
    raw.close();
    expect(row.secret_hash).toBe(hashTokenSecret(secret));
    expect(JSON.stringify(row)).not.toContain(secret.slice(4));

    const revoked = await app.gql(REVOKE, { id: token.id });
    expect(revoked).toStrictEqual({
      data: { revokeApiToken: { id: token.id, revokedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) } },
    });
    expect((await app.gql(ME, {}, { token: secret })).errors?.map((e) => e.message)).toStrictEqual([
      'API-tokenet er ukendt eller tilbagekaldt / the API token is unknown or revoked',
    ]);
  });

  it('names the field and the reason for bad input', async () => {
    expect(await app.gql(CREATE, { input: { name: '   ', role: 'VIEWER' } })).toStrictEqual({
      data: null,
      errors: [
        {
          message: 'name: må ikke være tom / must not be empty',
          locations: [{ line: 2, column: 3 }],
          path: ['createApiToken'],
          extensions: {
            code: 'BAD_USER_INPUT',
            argument: 'name',
            reason: 'må ikke være tom / must not be empty',
          },
        },
      ],
    });
    const unknown = await app.gql(REVOKE, { id: 'tok_nope' });
    expect(unknown.errors?.map((e) => e.extensions)).toStrictEqual([
      { code: 'BAD_USER_INPUT', argument: 'id', reason: "ukendt API-token / unknown API token 'tok_nope'" },
    ]);
  });
});

describe('last use', () => {
  it('is written on first use, then at most once a minute per token', async () => {
    const store = SqliteGraphStore.open(':memory:');
    let now = new Date('2026-11-30T09:00:00.000Z');
    const identity = new Identity({ host: '127.0.0.1' }, store.tokens, () => now);
    const { token, secret } = await new ApiTokenService(store.tokens).create(
      { name: 'ci', role: 'viewer' },
      'cli',
    );
    const request = { headers: { authorization: `Bearer ${secret}` } };
    const lastUsed = async () => (await store.tokens.listTokens()).map((t) => t.lastUsedAt);

    expect(await identity.resolveActor(request)).toStrictEqual({
      kind: 'token',
      id: token.id,
      name: 'ci',
      role: 'viewer',
    });
    expect(await lastUsed()).toStrictEqual(['2026-11-30T09:00:00.000Z']);
    now = new Date('2026-11-30T09:00:59.000Z');
    await identity.resolveActor(request);
    expect(await lastUsed()).toStrictEqual(['2026-11-30T09:00:00.000Z']);
    now = new Date('2026-11-30T09:01:00.000Z');
    await identity.resolveActor(request);
    expect(await lastUsed()).toStrictEqual(['2026-11-30T09:01:00.000Z']);
    await store.close();
  });
});

describe('npm run token', () => {
  it('creates, lists and revokes tokens on the configured store; the secret works against the app', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-token-cli-'));
    const env = { AFTALEGRAF_DATA_DIR: dataDir };
    const run = async (...argv: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runTokenCli(argv, { print: (l) => out.push(l), fail: (l) => err.push(l) }, env);
      return { code, out, err };
    };
    try {
      const created = await run('create', '--name', 'Rapportgenerator', '--role', 'editor');
      expect(created.code).toBe(0);
      const secret = created.out[2] ?? '';
      expect(created.out).toStrictEqual([
        expect.stringMatching(
          /^Oprettet \/ created tok_[0-9a-f]{16} {2}editor {2}"Rapportgenerator" {2}oprettet\/created .* af\/by cli/,
        ),
        'Hemmeligheden vises kun nu; gem den sikkert / the secret is shown only now; keep it safe:',
        expect.stringMatching(/^afg_/),
        `Brug / use: Authorization: Bearer ${secret}`,
      ]);

      const app = await startAuthApp({ HOST: '0.0.0.0' }, { dataDir });
      try {
        expect((await app.gql(ME, {}, { token: secret })).data).toStrictEqual({
          me: { kind: 'TOKEN', id: expect.stringMatching(/^tok_/), name: 'Rapportgenerator', role: 'EDITOR' },
        });
      } finally {
        await app.close();
      }

      const listed = await run('list');
      const id = /tok_[0-9a-f]{16}/.exec(listed.out[0] ?? '')?.[0] ?? '';
      expect(listed.out).toStrictEqual([expect.stringMatching(/senest brugt\/last used \d{4}-/)]);
      const revoked = await run('revoke', '--id', id);
      expect(revoked).toStrictEqual({
        code: 0,
        out: [
          expect.stringMatching(new RegExp(`^Tilbagekaldt / revoked ${id} .*TILBAGEKALDT/REVOKED \\d{4}-`)),
        ],
        err: [],
      });
      expect(await run('create', '--name', 'x', '--role', 'superuser')).toStrictEqual({
        code: 2,
        out: [],
        err: [expect.stringMatching(/^--role: skal være viewer, editor eller admin/)],
      });
      expect((await run('frobnicate')).code).toBe(2);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('runs as npm run token (the script entry point)', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-token-cli-'));
    try {
      const { stdout } = await promisify(execFile)('npx', ['tsx', 'server/auth/token-cli.ts', 'list'], {
        env: { ...process.env, AFTALEGRAF_DATA_DIR: dataDir, NEO4J_URI: '' },
      });
      expect(stdout).toBe('Ingen API-tokens / no API tokens\n');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
