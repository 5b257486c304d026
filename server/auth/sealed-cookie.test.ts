import { describe, expect, it } from 'vitest';
import { CookieSealer, readCookie } from './sealed-cookie.js';

const OLD = 'an-old-session-secret-of-at-least-32-chars';
const NEW = 'a-new-session-secret-of-at-least-32-chars!';

describe('CookieSealer', () => {
  it('opens what it sealed, and nothing sealed for another purpose or with another secret', async () => {
    const sealed = await new CookieSealer(NEW, 'session').seal({ sub: 'eva' }, 60);
    expect((await new CookieSealer(NEW, 'session').open(sealed))?.sub).toBe('eva');
    expect(await new CookieSealer(NEW, 'login').open(sealed)).toBeUndefined();
    expect(await new CookieSealer(OLD, 'session').open(sealed)).toBeUndefined();
  });

  it('opens cookies sealed with a previous secret during a rotation, and seals with the new one', async () => {
    const before = await new CookieSealer(OLD, 'session').seal({ sub: 'eva' }, 60);
    const rotating = new CookieSealer(NEW, 'session', [OLD]);
    expect((await rotating.open(before))?.sub).toBe('eva');
    const after = await rotating.seal({ sub: 'vic' }, 60);
    expect((await new CookieSealer(NEW, 'session').open(after))?.sub).toBe('vic');
  });

  it('refuses an expired cookie', async () => {
    const expired = await new CookieSealer(NEW, 'session').seal({ sub: 'eva' }, -1);
    expect(await new CookieSealer(NEW, 'session').open(expired)).toBeUndefined();
  });
});

describe('readCookie', () => {
  it('finds a cookie by exact name among several, decoded', () => {
    const request = { headers: { cookie: 'a_session=x; aftalegraf_session=v%3D1; other=y' } };
    expect(readCookie(request, 'aftalegraf_session')).toBe('v=1');
    expect(readCookie(request, 'missing')).toBeUndefined();
    expect(readCookie({ headers: {} }, 'aftalegraf_session')).toBeUndefined();
  });
});
