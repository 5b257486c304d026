/**
 * `npm start`, step 1: validate the configuration and the environment before the explorer is
 * built, so a wrong setting costs seconds, not a build. One line per problem, no stack trace.
 */
import { loadConfig } from './config.js';
import { ConfigError } from './errors.js';
import { checkPortFree, preflight } from './preflight.js';

try {
  const config = loadConfig();
  await preflight(config);
  await checkPortFree(config.port, config.host);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : String(error));
  process.exit(1);
}
