/**
 * The `TokenStore` contract, run on every store (`sqlite-token-store.test.ts`, and
 * `neo4j-token-store.test.ts` against a real Neo4j). Tokens live beside the graph: replacing the
 * graph keeps them, and the graph export never contains them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../schema/domain.js';
import { hashTokenSecret, newTokenId, newTokenSecret } from '../../server/auth/api-token-secret.js';
import type { ApiTokenRecord, NewApiToken } from '../../server/auth/token-store.js';
import { ConflictError, NotFoundError } from '../../server/errors.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { contractFixture } from '../contract/contract-fixture.js';

export interface TokenStoreLeg {
  store: GraphStore;
  /** Prefix for graph ids, so a shared database keeps runs apart. */
  prefix: string;
}

function newToken(overrides: Partial<NewApiToken> = {}): NewApiToken {
  return {
    id: newTokenId(),
    name: `integration ${Math.random().toString(36).slice(2, 8)}`,
    role: 'editor',
    createdAt: '2026-11-30T08:00:00.000Z',
    createdBy: 'Ada Admin <user:ada>',
    secretHash: hashTokenSecret(newTokenSecret()),
    ...overrides,
  };
}

function listed(token: NewApiToken, changes: Partial<ApiTokenRecord> = {}): ApiTokenRecord {
  return {
    id: token.id,
    name: token.name,
    role: token.role,
    createdAt: token.createdAt,
    createdBy: token.createdBy,
    lastUsedAt: null,
    revokedAt: null,
    ...changes,
  };
}

export function describeTokenStoreContract(name: string, open: () => Promise<TokenStoreLeg>): void {
  describe(`TokenStore contract: ${name}`, () => {
    let leg: TokenStoreLeg | undefined;
    async function fresh(): Promise<TokenStoreLeg> {
      leg = await open();
      return leg;
    }
    afterEach(async () => {
      await leg?.store.close();
      leg = undefined;
    });

    it('creates a token and lists it without its secret hash; lists newest first', async () => {
      const { store } = await fresh();
      const older = newToken({ createdAt: '2026-11-29T10:00:00.000Z', role: 'viewer' });
      const newer = newToken({ createdAt: '2026-11-30T10:00:00.000Z', role: 'admin' });
      expect(await store.tokens.createToken(older)).toStrictEqual(listed(older));
      expect(await store.tokens.createToken(newer)).toStrictEqual(listed(newer));
      expect(await store.tokens.listTokens()).toStrictEqual([listed(newer), listed(older)]);
    });

    it('finds an active token by its secret hash, and nothing for an unknown hash', async () => {
      const { store } = await fresh();
      const token = newToken();
      await store.tokens.createToken(token);
      expect(await store.tokens.findActiveToken(token.secretHash)).toStrictEqual(listed(token));
      expect(await store.tokens.findActiveToken(hashTokenSecret('afg_unknown'))).toBeUndefined();
    });

    it('refuses a second token with the same secret hash', async () => {
      const { store } = await fresh();
      const token = newToken();
      await store.tokens.createToken(token);
      await expect(
        store.tokens.createToken(newToken({ secretHash: token.secretHash })),
      ).rejects.toBeInstanceOf(ConflictError);
    });

    it('revokes: the token is kept and listed, but no longer found; a second revoke keeps the first time', async () => {
      const { store } = await fresh();
      const token = newToken();
      await store.tokens.createToken(token);
      const revoked = listed(token, { revokedAt: '2026-11-30T09:00:00.000Z' });
      expect(await store.tokens.revokeToken(token.id, '2026-11-30T09:00:00.000Z')).toStrictEqual(revoked);
      expect(await store.tokens.revokeToken(token.id, '2026-11-30T09:30:00.000Z')).toStrictEqual(revoked);
      expect(await store.tokens.findActiveToken(token.secretHash)).toBeUndefined();
      expect(await store.tokens.listTokens()).toStrictEqual([revoked]);
    });

    it('refuses to revoke an unknown token with NotFoundError', async () => {
      const { store } = await fresh();
      await expect(store.tokens.revokeToken('tok_unknown', '2026-11-30T09:00:00.000Z')).rejects.toThrow(
        new NotFoundError('ApiToken', 'tok_unknown'),
      );
    });

    it('records last use, but not again until the last use is older than notBefore', async () => {
      const { store } = await fresh();
      const token = newToken();
      await store.tokens.createToken(token);
      await store.tokens.touchToken(token.id, '2026-11-30T09:00:00.000Z', '2026-11-30T08:59:00.000Z');
      await store.tokens.touchToken(token.id, '2026-11-30T09:00:30.000Z', '2026-11-30T08:59:30.000Z');
      expect(await store.tokens.listTokens()).toStrictEqual([
        listed(token, { lastUsedAt: '2026-11-30T09:00:00.000Z' }),
      ]);
      await store.tokens.touchToken(token.id, '2026-11-30T09:01:01.000Z', '2026-11-30T09:00:01.000Z');
      expect(await store.tokens.listTokens()).toStrictEqual([
        listed(token, { lastUsedAt: '2026-11-30T09:01:01.000Z' }),
      ]);
    });

    it('keeps tokens when the graph is replaced, and never exports them with the graph', async () => {
      const { store, prefix } = await fresh();
      const token = newToken();
      await store.tokens.createToken(token);
      const fixture: GraphDocument = contractFixture(prefix);
      await store.replaceAll(fixture);
      expect(await store.tokens.listTokens()).toStrictEqual([listed(token)]);
      const exported = await store.exportGraph();
      expect(Object.keys(exported).sort()).toStrictEqual([
        'documents',
        'edges',
        'format',
        'nodes',
        'version',
      ]);
      expect(JSON.stringify(exported)).not.toContain(token.id);
    });
  });
}
