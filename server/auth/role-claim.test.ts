import { describe, expect, it } from 'vitest';
import { displayName, roleFromClaims, type RoleClaimRule } from './role-claim.js';

const rule = (overrides: Partial<RoleClaimRule> = {}): RoleClaimRule => ({
  roleClaim: 'roles',
  roleMap: new Map([
    ['viewer', 'viewer'],
    ['editor', 'editor'],
    ['admin', 'admin'],
    ['Aftalegraf.Admin', 'admin'],
  ]),
  defaultRole: 'viewer',
  ...overrides,
});

describe('roleFromClaims', () => {
  it('takes the highest mapped role of an array claim', () => {
    expect(roleFromClaims({ roles: ['other', 'editor', 'viewer'] }, rule())).toBe('editor');
    expect(roleFromClaims({ roles: ['editor', 'Aftalegraf.Admin'] }, rule())).toBe('admin');
  });

  it('reads a single string and a dotted path (Keycloak realm roles)', () => {
    expect(roleFromClaims({ roles: 'editor' }, rule())).toBe('editor');
    expect(
      roleFromClaims({ realm_access: { roles: ['admin'] } }, rule({ roleClaim: 'realm_access.roles' })),
    ).toBe('admin');
  });

  it('falls back to the default role when the claim is absent, unmapped or not text', () => {
    expect(roleFromClaims({}, rule())).toBe('viewer');
    expect(roleFromClaims({ roles: ['Guest'] }, rule({ defaultRole: undefined }))).toBeUndefined();
    expect(roleFromClaims({ roles: [42, { admin: true }] }, rule({ defaultRole: 'editor' }))).toBe('editor');
    expect(roleFromClaims({ realm_access: 'admin' }, rule({ roleClaim: 'realm_access.roles' }))).toBe(
      'viewer',
    );
  });
});

describe('displayName', () => {
  it('prefers name, then preferred_username, then email, then the subject', () => {
    expect(displayName({ sub: 's', name: ' Eva ', email: 'e@rm.dk' })).toBe('Eva');
    expect(displayName({ sub: 's', name: '', preferred_username: 'eva' })).toBe('eva');
    expect(displayName({ sub: 's', email: 'e@rm.dk' })).toBe('e@rm.dk');
    expect(displayName({ sub: 's' })).toBe('s');
  });
});
