/**
 * `npm run token -- create --name "Intranettets statusside" --role viewer`, `… list`,
 * `… revoke --id tok_…`: API tokens on the configured store (the same environment as
 * `npm start`: `AFTALEGRAF_DATA_DIR` or `NEO4J_URI`). The secret is printed once, at creation.
 */
import 'reflect-metadata';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { ConfigError, StoreUnavailableError, ValidationError } from '../errors.js';
import { openStore } from '../store/open-store.js';
import { ApiTokenService } from './api-token.service.js';
import type { ApiTokenRecord } from './token-store.js';

const USAGE = `Brug / usage:
  npm run token -- create --name <navn> --role viewer|editor|admin
  npm run token -- list
  npm run token -- revoke --id <token-id>`;

/** Runs one command; returns the exit code. Output goes through `print` (stdout) and `fail` (stderr). */
export async function runTokenCli(
  argv: readonly string[],
  io: { print(line: string): void; fail(line: string): void },
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { name: { type: 'string' }, role: { type: 'string' }, id: { type: 'string' } },
    });
  } catch (error) {
    io.fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const [command, ...extra] = parsed.positionals;
  if (!command || !['create', 'list', 'revoke'].includes(command) || extra.length > 0) {
    io.fail(USAGE);
    return 2;
  }
  let store;
  try {
    store = await openStore(loadConfig(env));
  } catch (error) {
    if (error instanceof ConfigError || error instanceof StoreUnavailableError) {
      io.fail(error.message);
      return 1;
    }
    throw error;
  }
  try {
    const service = new ApiTokenService(store.tokens);
    if (command === 'create') {
      const { token, secret } = await service.create(
        { name: parsed.values.name ?? '', role: parsed.values.role ?? '' },
        'cli',
      );
      io.print(`Oprettet / created ${describe(token)}`);
      io.print('Hemmeligheden vises kun nu; gem den sikkert / the secret is shown only now; keep it safe:');
      io.print(secret);
      io.print(`Brug / use: Authorization: Bearer ${secret}`);
    } else if (command === 'list') {
      const tokens = await service.list();
      if (tokens.length === 0) io.print('Ingen API-tokens / no API tokens');
      for (const token of tokens) io.print(describe(token));
    } else {
      io.print(`Tilbagekaldt / revoked ${describe(await service.revoke(parsed.values.id ?? ''))}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof ValidationError) {
      io.fail(`--${error.field}: ${error.reason}\n${USAGE}`);
      return 2;
    }
    throw error;
  } finally {
    await store.close();
  }
}

function describe(token: ApiTokenRecord): string {
  return [
    token.id,
    token.role.padEnd(6),
    JSON.stringify(token.name),
    `oprettet/created ${token.createdAt} af/by ${token.createdBy}`,
    `senest brugt/last used ${token.lastUsedAt ?? '–'}`,
    ...(token.revokedAt ? [`TILBAGEKALDT/REVOKED ${token.revokedAt}`] : []),
  ].join('  ');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runTokenCli(process.argv.slice(2), {
    print: (line) => console.log(line),
    fail: (line) => console.error(line),
  }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
