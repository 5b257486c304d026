/**
 * No acknowledged write is lost: the real server runs as a child process on an embedded store
 * file, clients fire a burst of creates, the server is killed with SIGKILL in the middle of it,
 * and after a restart on the same file every create that was answered is there, with its
 * audit entry. (The store commits with `synchronous = FULL` before the answer goes out.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Starts `server/main.ts` on a free port; resolves with its URL once it says it is running. */
function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', AFTALEGRAF_DATA_DIR: dataDir, NEO4J_URI: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1] });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before it ran:\n${output}`)));
  });
}

async function gql(
  url: string,
  query: string,
): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

describe('SIGKILL in the middle of a write burst', () => {
  it('loses no acknowledged write', { timeout: 120_000 }, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-crash-'));
    dirs.push(dataDir);
    const first = await startServer(dataDir);

    const acknowledged: string[] = [];
    let killed = false;
    const client = async (worker: number): Promise<void> => {
      for (let i = 0; !killed; i += 1) {
        const id = `crash-${worker}-${i}`;
        try {
          const result = await gql(
            first.url,
            `mutation { createNode(input: { id: "${id}", label: Initiative, nameDa: "Burst ${worker} ${i}" }) { id version } }`,
          );
          if (result.errors) throw new Error(JSON.stringify(result.errors));
          acknowledged.push(id);
        } catch (error) {
          if (killed) return; // the connection died with the server: not acknowledged
          throw error;
        }
      }
    };
    const clients = Array.from({ length: 8 }, (_, worker) => client(worker));
    while (acknowledged.length < 60) await new Promise((resolve) => setTimeout(resolve, 10));
    killed = true;
    first.child.kill('SIGKILL');
    await Promise.all(clients);
    const answered = [...acknowledged];

    const second = await startServer(dataDir);
    const found = await gql(
      second.url,
      `{ nodes(filter: { text: "burst" }, first: 500) { totalCount edges { node { id } } } auditLog(filter: { mutation: "createNode" }, first: 500) { totalCount } }`,
    );
    const stored = new Set(
      (found.data?.nodes as { edges: { node: { id: string } }[] }).edges.map((edge) => edge.node.id),
    );
    expect(answered.filter((id) => !stored.has(id))).toStrictEqual([]);
    expect(answered.length).toBeGreaterThanOrEqual(60);
    // Every stored create has its audit entry (the entry is written in the same transaction).
    expect((found.data?.auditLog as { totalCount: number }).totalCount).toBe(stored.size);
    second.child.kill('SIGTERM');
  });
});
