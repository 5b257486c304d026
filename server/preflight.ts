/**
 * Checks of the environment that configuration parsing cannot make: the data directory can be
 * created and written, the host resolves, the port is free. Each failure is a `ConfigError`
 * naming the variable and the cause, raised within seconds (a recursive mkdir under /proc spins
 * forever, so directories are made one level at a time).
 */
import dns from 'node:dns/promises';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { AppConfig } from './config.js';
import { ConfigError } from './errors.js';

const DATA_DIR = 'AFTALEGRAF_DATA_DIR';
const HOST_LOOKUP_MS = 3_000;

/** Creates the data directory if missing and proves it writable. */
export function prepareDataDir(dataDir: string): void {
  const absolute = path.resolve(dataDir);
  const missing: string[] = [];
  let existing = absolute;
  while (!fs.existsSync(existing)) {
    missing.unshift(existing);
    const parent = path.dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  if (!fs.statSync(existing).isDirectory()) {
    throw new ConfigError([`${DATA_DIR}: '${existing}' er ikke en mappe / is not a directory`]);
  }
  for (const directory of missing) {
    try {
      fs.mkdirSync(directory);
    } catch (error) {
      throw new ConfigError([
        `${DATA_DIR}: kan ikke oprette / cannot create '${directory}' (${codeOf(error)})`,
      ]);
    }
  }
  const probe = path.join(absolute, `.write-check-${process.pid}`);
  try {
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch (error) {
    throw new ConfigError([
      `${DATA_DIR}: '${absolute}' kan ikke skrives / is not writable (${codeOf(error)})`,
    ]);
  }
}

/** The host resolves to an address (a typo fails here, not as a stack trace from listen). */
export async function checkHost(host: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error('timeout'), { code: 'ETIMEOUT' })),
      HOST_LOOKUP_MS,
    );
  });
  try {
    await Promise.race([dns.lookup(host), timeout]);
  } catch (error) {
    throw new ConfigError([`HOST: '${host}' kan ikke slås op / cannot be resolved (${codeOf(error)})`]);
  } finally {
    clearTimeout(timer);
  }
}

/** The port can be listened on right now (checked before a build that would take a minute). */
export async function checkPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new ConfigError([
          error.code === 'EADDRINUSE'
            ? `PORT: ${port} er optaget / is already in use (EADDRINUSE)`
            : `PORT: ${port} kan ikke bruges på / cannot be used on ${host} (${codeOf(error)})`,
        ]),
      );
    });
    server.listen(port, host, () => server.close(() => resolve()));
  });
}

/** Everything `npm start` checks before it builds or opens anything. */
export async function preflight(config: AppConfig): Promise<void> {
  await checkHost(config.host);
  if (!config.neo4j) prepareDataDir(config.dataDir);
}

function codeOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : String(error);
}
