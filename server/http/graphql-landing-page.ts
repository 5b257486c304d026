/**
 * What a browser sees at `GET /graphql`: a page of our own, loading nothing from any other host
 * (Apollo's landing pages fetch Apollo Sandbox from a CDN). It says where the explorer, the SDL
 * and the docs are, and how to send a query.
 */
import type { Request, RequestHandler } from 'express';

const PAGE = `<!doctype html>
<html lang="da">
<meta charset="utf-8">
<title>Aftalegraf GraphQL API</title>
<h1>Aftalegraf GraphQL API</h1>
<p>Send forespørgsler som <code>POST /graphql</code> med <code>content-type: application/json</code>.
Skemaet (SDL) ligger i <code>schema/schema.graphql</code>; se <code>docs/integrators.md</code>.
Exploreren kører på <a href="/">/</a>.</p>
<p lang="en">Send queries as <code>POST /graphql</code> with <code>content-type: application/json</code>.
The SDL is <code>schema/schema.graphql</code>; see <code>docs/integrators.md</code>. The explorer is at <a href="/">/</a>.</p>
<pre>curl -s http://127.0.0.1:4000/graphql -H 'content-type: application/json' \\
  -d '{"query":"{ node(id: \\"ini-72t-psyk-botilbud\\") { id nameDa status { code date } } }"}'</pre>
</html>`;

/** A browser asking for a page (HTML preferred, no query in the URL), not a GraphQL GET request. */
export function wantsLandingPage(request: Request): boolean {
  return (
    request.method === 'GET' &&
    request.query.query === undefined &&
    request.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html'
  );
}

/** Answers browsers with the landing page; GraphQL requests pass through. */
export function graphqlLandingPage(): RequestHandler {
  return (request, response, next) => {
    if (!wantsLandingPage(request)) {
      next();
      return;
    }
    response.type('html').set('Cache-Control', 'no-cache').send(PAGE);
  };
}
