/** `npm start`: validate configuration, open (and on first start seed) the store, serve. */
import 'reflect-metadata';
import { loadSeed } from '../seed/load-seed.js';
import { startApp } from './app.js';
import { loadConfig } from './config.js';
import { ConfigError, StoreUnavailableError } from './errors.js';
import { checkPortFree, preflight } from './preflight.js';

async function main(): Promise<void> {
  const config = loadConfig();
  await preflight(config);
  // Before the store is opened and seeded: a taken port fails in a second, not after the seed.
  await checkPortFree(config.port, config.host);
  const app = await startApp(config, { seed: loadSeed });
  if (app.seeded) {
    console.log(
      `Tomt lager seedet med aftalekomplekset / empty store seeded: ${app.seeded.nodes} noder, ${app.seeded.edges} relationer, ${app.seeded.statusObservations} statusobservationer`,
    );
  }
  console.log(
    `Aftalegraf kører på / running at ${app.url}  (explorer: ${app.url}/, API: ${app.url}/graphql, lager/store: ${app.store.name})`,
  );
  let stopping = false;
  const stop = (signal: string) => {
    // A second signal while draining is ignored: the first one finishes the shutdown.
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: lukker ned / shutting down`);
    app.close().then(
      () => {
        console.log('Lukket / stopped');
        process.exit(0);
      },
      (error: unknown) => {
        console.error('Nedlukning fejlede / shutdown failed:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StoreUnavailableError) {
    console.error(error.message);
  } else {
    console.error('Aftalegraf kunne ikke starte / could not start:', error);
  }
  process.exit(1);
});
