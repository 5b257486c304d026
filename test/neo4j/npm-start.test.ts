/**
 * `NEO4J_URI=… npm start` as a user runs it: the server process (`server/main.ts`, what `npm
 * start` runs after building the explorer) on an empty Neo4j seeds it on first start, answers
 * the API and impact, names the store and the Neo4j version at `/healthz`, keeps its data over a
 * restart without seeding again, and stops cleanly. Its own partition, dropped afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load-seed.js';
import {
  describeOnStore,
  dropNeo4jPartition,
  freshPartition,
  neo4jTestConfig,
} from '../support/test-stores.js';

interface Started {
  child: ChildProcess;
  url: string;
  output: string[];
}

/** Starts `server/main.ts` with `env` and waits for its "running at" line. */
function startServer(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output.push(chunk.toString());
      const match = /running at (http:\/\/\S+)/.exec(output.join(''));
      if (match) resolve({ child, url: match[1] as string, output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output.join('')}`)));
  });
}

function stopServer(started: Started): Promise<number | null> {
  return new Promise((resolve) => {
    started.child.once('exit', (code) => resolve(code));
    started.child.kill('SIGTERM');
  });
}

async function gql(url: string, query: string): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

describeOnStore('neo4j', 'NEO4J_URI=… npm start', () => {
  const graph = freshPartition('npm-start');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-npm-start-'));
  let env: Record<string, string>;
  let serverVersion: string;

  beforeAll(async () => {
    const config = neo4jTestConfig(graph);
    env = {
      NEO4J_URI: config.uri,
      NEO4J_PASSWORD: config.password || 'unused-auth-is-off',
      AFTALEGRAF_NEO4J_GRAPH: graph,
      AFTALEGRAF_DATA_DIR: dataDir,
      PORT: '0',
    };
    // The version as the server itself reports it, read without the app's adapter.
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
    try {
      const { records } = await driver.executeQuery(
        "CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS v",
      );
      serverVersion = records[0]?.get('v') as string;
    } finally {
      await driver.close();
    }
  });
  afterAll(async () => {
    await dropNeo4jPartition(graph);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('seeds an empty Neo4j on first start, serves API, impact and health, and keeps its data over a restart', async () => {
    const seed = loadSeed();
    const counts = {
      documents: seed.documents.length,
      nodes: seed.nodes.length,
      edges: seed.edges.length,
      statusObservations: seed.nodes.reduce((sum, n) => sum + n.statusHistory.length, 0),
    };

    const first = await startServer(env);
    try {
      expect(first.output.join('')).toContain(
        `Tomt lager seedet med aftalekomplekset / empty store seeded: ${counts.nodes} noder, ${counts.edges} relationer, ${counts.statusObservations} statusobservationer`,
      );
      expect(first.output.join('')).toContain('lager/store: neo4j');
      const health = await (await fetch(`${first.url}/healthz`)).json();
      expect(health).toStrictEqual({ status: 'ok', store: 'neo4j', version: serverVersion, ...counts });
      expect(serverVersion).toMatch(/^5\.26\./);

      const impact = await gql(
        first.url,
        `{ impact(change: { nodeIds: ["nat-2024-kronikerpakker"] }) {
            affected { node { id } classification } } }`,
      );
      expect(impact).toStrictEqual({
        data: {
          impact: {
            affected: [
              { node: { id: 'ini-kronisk-droeftelse' }, classification: 'DIRECT' },
              { node: { id: 'ini-prioriteringer-2025' }, classification: 'DIRECT' },
              { node: { id: 'ini-proeve-kronisk' }, classification: 'INDIRECT' },
              { node: { id: 'ini-revitalisering-opf-hjemmebesoeg' }, classification: 'INHERITED' },
              { node: { id: 'ini-tvaerfaglige-opstartsmoeder' }, classification: 'INHERITED' },
            ],
          },
        },
      });
      // Neither name starts with the word; both current, so the shorter name leads (ADR 0012).
      expect(await gql(first.url, `{ search(text: "overvægt", first: 1) { id } }`)).toStrictEqual({
        data: { search: [{ id: 'wg-overvaegt' }] },
      });
    } finally {
      expect(await stopServer(first)).toBe(0);
    }

    const second = await startServer(env);
    try {
      expect(second.output.join('')).not.toContain('seedet');
      expect(await (await fetch(`${second.url}/healthz`)).json()).toStrictEqual({
        status: 'ok',
        store: 'neo4j',
        version: serverVersion,
        ...counts,
      });
    } finally {
      expect(await stopServer(second)).toBe(0);
    }
    // The embedded store was never opened: no file appeared in the data folder.
    expect(fs.readdirSync(dataDir)).toStrictEqual([]);
  });
});
