/**
 * Response headers every answer carries (helmet): a Content-Security-Policy the built explorer
 * passes (its scripts, styles and worker are files from our own origin; the favicon and exports
 * are `data:`/`blob:` URLs), no framing, no MIME sniffing, no referrer to other sites. CORS is
 * answered only for the origins listed in `AFTALEGRAF_CORS_ORIGINS`; everything else gets no
 * `Access-Control-Allow-Origin`, so browsers on other sites cannot read the API.
 */
import { createHash } from 'node:crypto';
import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The one inline style the explorer needs: Cytoscape adds this rule in a `<style>` element when
 * it mounts. Allowed by its hash, so no other inline style is.
 */
const CYTOSCAPE_CONTAINER_STYLE = '.__________cytoscape_container { position: relative; }';
const CYTOSCAPE_STYLE_HASH = `'sha256-${createHash('sha256').update(CYTOSCAPE_CONTAINER_STYLE).digest('base64')}'`;

/**
 * `formOrigins`: other origins a form may post to or be redirected to (the OpenID provider,
 * where signing out continues).
 */
export function securityHeaders(formOrigins: readonly string[] = []): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", CYTOSCAPE_STYLE_HASH],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'", ...formOrigins],
        'frame-ancestors': ["'none'"],
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // Served over plain HTTP on localhost too: HSTS belongs to the TLS proxy in front, if any.
    strictTransportSecurity: false,
  });
}

/** CORS for the configured origins only; preflights answered, credentials not shared. */
export function corsForConfiguredOrigins(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight'],
    maxAge: 600,
  });
}
