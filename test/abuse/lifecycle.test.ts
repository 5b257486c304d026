/**
 * The process as `npm start` runs it: a bad environment fails within seconds in one line naming
 * the variable, and SIGTERM under load drains, closes the store (no `-wal` left) and exits 0
 * with every acknowledged write on disk.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteGraphStore } from '../../server/store/sqlite/sqlite-graph-store.js';
import { spawnServer } from '../support/spawn-server.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Runs a server entry point to its end; returns exit code, output and how long it took. */
function run(
  script: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = performance.now();
  const dataDir = env.AFTALEGRAF_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-start-'));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, script)], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', NEO4J_URI: '', AFTALEGRAF_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    }),
  );
}

async function takenPort(): Promise<{ port: number; release: () => void }> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return { port, release: () => server.close() };
}

describe('start-up failures: one line, the variable and the cause, within seconds', () => {
  it.each(['server/main.ts', 'server/check-config.ts'])('%s: a taken port', async (script) => {
    const { port, release } = await takenPort();
    try {
      const result = await run(script, { PORT: String(port) });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `Ugyldig konfiguration / invalid configuration: PORT: ${port} er optaget / is already in use (EADDRINUSE)\n`,
      );
      expect(result.ms).toBeLessThan(15_000);
    } finally {
      release();
    }
  });

  it.each([
    ['/proc/x', "AFTALEGRAF_DATA_DIR: kan ikke oprette / cannot create '/proc/x' (ENOENT)"],
    ['/etc/hostname/data', "AFTALEGRAF_DATA_DIR: '/etc/hostname' er ikke en mappe / is not a directory"],
  ])('an absurd data directory %s', async (dataDir, line) => {
    const result = await run('server/main.ts', { PORT: '0', AFTALEGRAF_DATA_DIR: dataDir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`Ugyldig konfiguration / invalid configuration: ${line}\n`);
    expect(result.ms).toBeLessThan(15_000);
  });

  it('an unresolvable host', async () => {
    const result = await run('server/check-config.ts', { PORT: '0', HOST: 'no-such-host.invalid' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^Ugyldig konfiguration \/ invalid configuration: HOST: 'no-such-host\.invalid' kan ikke slås op \/ cannot be resolved \((ENOTFOUND|EAI_AGAIN|ETIMEOUT)\)\n$/,
    );
    expect(result.ms).toBeLessThan(15_000);
  });
});

describe('shutdown', () => {
  it('SIGTERM under load: exit 0, no -wal file, every acknowledged write present', async () => {
    const server = await spawnServer({
      AFTALEGRAF_RATE_WRITES_PER_MINUTE: 'off',
      AFTALEGRAF_RATE_COST_PER_MINUTE: 'off',
    });
    try {
      const acknowledged: string[] = [];
      let stopped = false;
      const write = async (n: number): Promise<void> => {
        const textDa = `Belastning ${n}`;
        try {
          const response = await fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              query: 'mutation($i: RecordStatusInput!) { recordStatus(input: $i) { id } }',
              variables: {
                i: {
                  nodeId: 'ini-72t-psyk-botilbud',
                  code: 'STARTED',
                  textDa,
                  date: '2024-12',
                  kind: 'FACT',
                  documentId: 'doc-001',
                },
              },
            }),
          });
          const body = (await response.json()) as { data?: { recordStatus: { id: string } } };
          if (response.status === 200 && body.data?.recordStatus.id) acknowledged.push(textDa);
        } catch {
          // Refused or cut off by the shutdown: not acknowledged, so not promised.
        }
      };
      const read = () =>
        fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ graph { nodes { id status { code } } } }' }),
        }).catch(() => undefined);
      // Eight clients writing and reading in a loop; SIGTERM lands while they run.
      let n = 0;
      const clients = Array.from({ length: 8 }, async () => {
        while (!stopped) {
          n += 1;
          await Promise.all([write(n), read()]);
        }
      });
      while (acknowledged.length < 20) await new Promise((resolve) => setTimeout(resolve, 20));
      server.child.kill('SIGTERM');
      const code = await server.exited;
      stopped = true;
      await Promise.all(clients);

      expect(code).toBe(0);
      expect(server.output()).toContain('SIGTERM: lukker ned / shutting down');
      expect(fs.readdirSync(server.dataDir).filter((file) => file.endsWith('-wal'))).toStrictEqual([]);
      const store = SqliteGraphStore.open(path.join(server.dataDir, 'aftalegraf.sqlite'));
      try {
        const stored = (await store.getNodes(['ini-72t-psyk-botilbud']))
          .get('ini-72t-psyk-botilbud')
          ?.statusHistory.map((o) => o.textDa);
        expect(acknowledged.filter((text) => !stored?.includes(text))).toStrictEqual([]);
      } finally {
        await store.close();
      }
    } finally {
      server.child.kill('SIGKILL');
      server.cleanup();
    }
  }, 120_000);
});
