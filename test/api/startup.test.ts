/** Start-up behaviour a user meets before the first query. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { ConfigError, StoreUnavailableError } from '../../server/errors.js';
import { openStore } from '../../server/store/open-store.js';

describe('configuration', () => {
  it('reports every bad variable at once, by name', () => {
    expect(() => loadConfig({ PORT: 'abc', NEO4J_URI: 'http://x', AFTALEGRAF_SEED_ON_START: 'ja' })).toThrow(
      new ConfigError([
        "PORT: 'abc' er ikke et portnummer 0–65535 / is not a port number 0–65535",
        "NEO4J_URI: 'http://x' skal begynde med neo4j:// eller bolt:// / must start with neo4j:// or bolt://",
        'NEO4J_PASSWORD: mangler, når NEO4J_URI er sat / required when NEO4J_URI is set',
        "AFTALEGRAF_SEED_ON_START: 'ja' skal være true eller false / must be true or false",
      ]),
    );
  });

  it('takes the Neo4j partition from AFTALEGRAF_NEO4J_GRAPH, and refuses a malformed one', () => {
    const env = {
      NEO4J_URI: 'bolt://db:7687',
      NEO4J_PASSWORD: 'secret-password',
      AFTALEGRAF_DATA_DIR: '/tmp/x',
    };
    expect(loadConfig({ ...env, AFTALEGRAF_NEO4J_GRAPH: 'region-midt' }).neo4j).toStrictEqual({
      uri: 'bolt://db:7687',
      user: 'neo4j',
      password: 'secret-password',
      database: 'neo4j',
      graph: 'region-midt',
    });
    expect(() => loadConfig({ ...env, AFTALEGRAF_NEO4J_GRAPH: 'region midt!' })).toThrow(
      new ConfigError([
        "AFTALEGRAF_NEO4J_GRAPH: 'region midt!' skal være 1–64 bogstaver, tal, . _ eller - / must be 1–64 letters, digits, . _ or -",
      ]),
    );
  });

  it('defaults to the embedded store on port 4000', () => {
    expect(loadConfig({ AFTALEGRAF_DATA_DIR: '/tmp/x' })).toStrictEqual({
      port: 4000,
      host: '127.0.0.1',
      dataDir: '/tmp/x',
      neo4j: undefined,
      seedOnStart: true,
      production: false,
      introspection: true,
      corsOrigins: [],
      rateLimits: { writesPerMinute: 120, costPerMinute: 12_000_000, expensiveCost: 10_000 },
      identity: { publicRead: true },
    });
  });
});

describe('behind a reverse proxy, and the response cache', () => {
  it('trusts a number of hops or named addresses and subnets, and only when told', () => {
    expect(loadConfig({ AFTALEGRAF_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(
      loadConfig({ AFTALEGRAF_TRUST_PROXY: 'loopback, 10.0.0.0/8, 2001:db8::1' }).trustProxy,
    ).toStrictEqual(['loopback', '10.0.0.0/8', '2001:db8::1']);
    expect(loadConfig({}).trustProxy).toBeUndefined();
    expect(loadConfig({ AFTALEGRAF_RESPONSE_CACHE: 'true' }).responseCache).toBe(true);
    expect(loadConfig({}).responseCache).toBeUndefined();
  });

  it('refuses what Express could not use, naming the variable', () => {
    expect(() =>
      loadConfig({ AFTALEGRAF_TRUST_PROXY: 'all, 10.0.0.0/40', AFTALEGRAF_RESPONSE_CACHE: 'ja' }),
    ).toThrow(
      new ConfigError([
        "AFTALEGRAF_TRUST_PROXY: 'all, 10.0.0.0/40' skal være et antal led 1–10 eller adresser/net som loopback, 10.0.0.0/8 / must be a hop count 1–10 or addresses/subnets like loopback, 10.0.0.0/8",
        "AFTALEGRAF_RESPONSE_CACHE: 'ja' skal være true eller false / must be true or false",
      ]),
    );
  });
});

describe('opening the store', () => {
  it('fails clearly when Neo4j is configured but unreachable, and creates no embedded file', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-startup-'));
    try {
      const opening = openStore({
        dataDir,
        neo4j: { uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'secret-password', database: 'neo4j' },
      });
      await expect(opening).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(opening).rejects.toThrow(/bolt:\/\/127\.0\.0\.1:1/);
      expect(fs.readdirSync(dataDir)).toStrictEqual([]);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
