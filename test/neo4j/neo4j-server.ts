/**
 * Starts a real Neo4j Community 5.26 server (the launcher in `test/neo4j/launcher`, embedded
 * kernel + Cypher + Bolt from Maven Central) and stops it again. Used by `npm run neo4j` (a
 * developer's server, in the foreground) and by `.ci/run` (in the background, for the suite's
 * Neo4j leg). Maven builds the launcher once and caches the jars in ~/.m2; later starts reuse
 * the build unless the launcher's sources changed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const LAUNCHER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'launcher');
const TARGET = path.join(LAUNCHER, 'target');
const CLASSPATH_FILE = path.join(TARGET, 'classpath.txt');

/** Neo4j 5 on Java 17 reflects into these JDK internals. */
const ADD_OPENS = [
  'java.base/java.nio',
  'java.base/java.io',
  'java.base/sun.nio.ch',
  'java.base/java.lang',
].flatMap((pkg) => ['--add-opens', `${pkg}=ALL-UNNAMED`]);

export interface Neo4jServer {
  uri: string;
  version: string;
  home: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  port?: number;
  heap?: string;
  pageCache?: string;
  home?: string;
  log?: (line: string) => void;
}

/** What is missing for a real Neo4j here, in one line, or undefined when Java and Maven are both present. */
export function missingTools(): string | undefined {
  const missing = ['java', 'mvn'].filter((tool) => spawnSync(tool, ['-version'], { stdio: 'ignore' }).error);
  if (missing.length === 0) return undefined;
  return `Neo4j kræver ${missing.join(' og ')} på PATH / Neo4j needs ${missing.join(' and ')} on PATH (OpenJDK 17 and Maven 3.8: apt-get install -y openjdk-17-jdk-headless maven)`;
}

/** Compiles the launcher and resolves its classpath, unless a build newer than its sources exists. */
export function buildLauncher(log: (line: string) => void = () => {}): string[] {
  const sources = [path.join(LAUNCHER, 'pom.xml'), ...listFiles(path.join(LAUNCHER, 'src'))];
  const newestSource = Math.max(...sources.map((file) => fs.statSync(file).mtimeMs));
  const built = fs.existsSync(CLASSPATH_FILE) ? fs.statSync(CLASSPATH_FILE).mtimeMs : 0;
  if (built < newestSource) {
    log(
      'Bygger Neo4j-starteren med Maven (første gang hentes Neo4j fra Maven Central) / building the Neo4j launcher',
    );
    const build = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], {
      cwd: LAUNCHER,
      encoding: 'utf8',
    });
    if (build.status !== 0) {
      throw new Error(
        `Maven kunne ikke bygge Neo4j-starteren / Maven failed:\n${build.stdout}${build.stderr}`,
      );
    }
  }
  return [path.join(TARGET, 'classes'), fs.readFileSync(CLASSPATH_FILE, 'utf8').trim()];
}

export async function startNeo4j(options: StartOptions = {}): Promise<Neo4jServer> {
  const missing = missingTools();
  if (missing) throw new Error(missing);
  const log = options.log ?? (() => {});
  const classpath = buildLauncher(log).join(path.delimiter);
  const heap = options.heap ?? '768m';
  const args = [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseSerialGC',
    ...ADD_OPENS,
    '-cp',
    classpath,
    'aftalegraf.Neo4jLauncher',
    '--port',
    String(options.port ?? 0),
    '--pagecache',
    options.pageCache ?? '128m',
    ...(options.home ? ['--home', options.home] : []),
  ];
  const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => {
    stderr.push(chunk.toString());
    if (stderr.length > 200) stderr.shift();
  });
  const ready = await waitForReady(child, stderr);
  return {
    ...ready,
    stop: () => stopProcess(child),
  };
}

function waitForReady(
  child: ChildProcess,
  stderr: string[],
): Promise<{ uri: string; version: string; home: string }> {
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `Neo4j svarede ikke inden for 120 s / Neo4j did not start within 120 s\n${stderr.join('')}`,
        ),
      );
    }, 120_000);
    lines.on('line', (line) => {
      const match = /^NEO4J_READY (\S+) (\S+) (.+)$/.exec(line);
      if (!match) return;
      clearTimeout(timer);
      resolve({ uri: match[1]!, version: match[2]!, home: match[3]! });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(
          `Neo4j stoppede under start (${signal ?? code}) / Neo4j exited while starting:\n${stderr.join('')}`,
        ),
      );
    });
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}
