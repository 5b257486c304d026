/**
 * A browser's cookie behaviour, as much of it as the sign-in tests need: cookies per host name
 * (not port, as browsers do), replaced by name, removed when expired, sent back on every request
 * to that host. Requests follow no redirects by themselves, so a test sees every hop.
 */
export interface SetCookie {
  name: string;
  value: string;
  /** Lower-cased attribute names → values (`''` for flags such as HttpOnly). */
  attributes: Record<string, string>;
}

export function parseSetCookie(header: string): SetCookie {
  const [pair = '', ...rest] = header.split(';');
  const eq = pair.indexOf('=');
  const attributes: Record<string, string> = {};
  for (const part of rest) {
    const [key = '', ...value] = part.split('=');
    attributes[key.trim().toLowerCase()] = value.join('=').trim();
  }
  return { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim(), attributes };
}

export class CookieJar {
  private readonly byHost = new Map<string, Map<string, string>>();
  /** Every Set-Cookie seen, newest last, for tests of cookie attributes. */
  readonly seen: SetCookie[] = [];

  /** A request with this jar's cookies; records the response's Set-Cookie headers. */
  async fetch(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const headers = new Headers(init.headers);
    const cookies = this.byHost.get(target.hostname);
    if (cookies && cookies.size > 0) {
      headers.set('cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    for (const header of response.headers.getSetCookie()) this.store(target.hostname, parseSetCookie(header));
    return response;
  }

  /**
   * GETs `url` and follows redirects, up to (not into) the first URL equal to `stopAt`; returns
   * the last response and the URL it pointed to.
   */
  async follow(url: string | URL, stopAt?: string): Promise<{ response: Response; url: URL }> {
    let current = new URL(url);
    for (let hop = 0; hop < 20; hop++) {
      const response = await this.fetch(current);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { response, url: current };
      current = new URL(location, current);
      if (stopAt !== undefined && current.href === new URL(stopAt).href) return { response, url: current };
    }
    throw new Error(`too many redirects from ${String(url)}`);
  }

  get(host: string, name: string): string | undefined {
    return this.byHost.get(host)?.get(name);
  }

  set(host: string, name: string, value: string): void {
    const cookies = this.byHost.get(host) ?? new Map<string, string>();
    cookies.set(name, value);
    this.byHost.set(host, cookies);
  }

  private store(host: string, cookie: SetCookie): void {
    this.seen.push(cookie);
    const cookies = this.byHost.get(host) ?? new Map<string, string>();
    const expires = cookie.attributes.expires ? Date.parse(cookie.attributes.expires) : NaN;
    const maxAge = cookie.attributes['max-age'];
    if ((maxAge !== undefined && Number(maxAge) <= 0) || expires <= Date.now()) cookies.delete(cookie.name);
    else cookies.set(cookie.name, cookie.value);
    this.byHost.set(host, cookies);
  }
}
