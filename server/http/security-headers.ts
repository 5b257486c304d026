/**
 * Response headers every answer carries. Pages (the explorer, the landing page, everything but
 * GraphQL answers) get helmet's set with a Content-Security-Policy the built explorer passes
 * (its scripts, styles and worker are files from our own origin; the favicon and exports are
 * `data:`/`blob:` URLs). GraphQL answers are JSON nobody renders: they get the short set an API
 * needs (a CSP that allows nothing), which keeps 500 bytes of headers off every small read.
 * Both forbid framing and MIME sniffing and send no referrer to other sites. CORS is
 * answered only for the origins listed in `AFTALEGRAF_CORS_ORIGINS`; everything else gets no
 * `Access-Control-Allow-Origin`, so browsers on other sites cannot read the API.
 */
import { createHash } from 'node:crypto';
import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { wantsLandingPage } from './graphql-landing-page.js';

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
  const pageHeaders = helmet({
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
  return (request, response, next) => {
    if (request.path !== '/graphql' || wantsLandingPage(request)) {
      pageHeaders(request, response, next);
      return;
    }
    for (const [name, value] of API_HEADERS) response.setHeader(name, value);
    next();
  };
}

/**
 * What a JSON answer needs: nothing may load or frame it (CSP, whose frame-ancestors supersedes
 * X-Frame-Options), it is never sniffed as HTML, and it refers nowhere. Three headers: on a
 * small read every header is a measurable share of the work.
 */
const API_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', "default-src 'none';frame-ancestors 'none'"],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
];

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
