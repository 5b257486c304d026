/**
 * The real app with identity settings from an environment, over a temp-file store holding the
 * contract fixture (prefix `a-`: node `a-ini-sub`, document `a-doc-a`), or the graph `graph`
 * returns, for HTTP and browser tests of sign-in, tokens and roles.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp, type RunningApp } from '../../../server/app.js';
import { ApiTokenService } from '../../../server/auth/api-token.service.js';
import type { Role } from '../../../server/auth/actor.js';
import { loadConfig } from '../../../server/config.js';
import type { GraphDocument } from '../../../schema/domain.js';
import { SqliteGraphStore } from '../../../server/store/sqlite/sqlite-graph-store.js';
import { contractFixture } from '../../contract/contract-fixture.js';
import type { GraphQLResponse } from '../../support/test-app.js';
import type { CookieJar } from './cookie-jar.js';

export const SESSION_SECRET = 'a-test-session-secret-of-more-than-32-characters';

export interface AuthApp {
  app: RunningApp;
  url: string;
  info: string[];
  /** POSTs a GraphQL operation as JSON, with a jar's cookies or a bearer token. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: { jar?: CookieJar; token?: string },
  ): Promise<GraphQLResponse<T>>;
  /** Creates an API token of `role` straight in the store (as the CLI would); returns its secret. */
  token(role: Role, name?: string): Promise<string>;
  close(): Promise<void>;
}

export async function startAuthApp(
  env: Record<string, string>,
  options: { dataDir?: string; clientDist?: string; graph?: () => GraphDocument } = {},
): Promise<AuthApp> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-auth-'));
  const store = SqliteGraphStore.open(path.join(dataDir, 'aftalegraf.sqlite'));
  if ((await store.counts()).nodes === 0) {
    await store.replaceAll(options.graph ? options.graph() : contractFixture('a-'));
  }
  const info: string[] = [];
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    AFTALEGRAF_DATA_DIR: dataDir,
    AFTALEGRAF_SEED_ON_START: 'false',
    ...env,
  });
  const app = await startApp(config, {
    store,
    logger: { info: (message) => info.push(message), error: () => {} },
    ...(options.clientDist ? { clientDist: options.clientDist } : {}),
  });
  const url = app.url.replace('0.0.0.0', '127.0.0.1');
  return {
    app,
    url,
    info,
    async gql(query, variables, as = {}) {
      const init = {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(as.token ? { authorization: `Bearer ${as.token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      };
      const response = as.jar
        ? await as.jar.fetch(`${url}/graphql`, init)
        : await fetch(`${url}/graphql`, init);
      return (await response.json()) as GraphQLResponse<never>;
    },
    async token(role, name = `${role} integration`) {
      return (await new ApiTokenService(store.tokens).create({ name, role }, 'cli')).secret;
    },
    async close() {
      await app.close();
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Environment for sign-in against `issuer`, for an app at `publicUrl`. */
export function oidcEnv(
  issuer: string,
  publicUrl: string,
  clientId: string,
  clientSecret: string,
): Record<string, string> {
  return {
    AFTALEGRAF_OIDC_ISSUER: issuer,
    AFTALEGRAF_OIDC_CLIENT_ID: clientId,
    AFTALEGRAF_OIDC_CLIENT_SECRET: clientSecret,
    AFTALEGRAF_PUBLIC_URL: publicUrl,
    AFTALEGRAF_SESSION_SECRET: SESSION_SECRET,
  };
}
