/**
 * HTTP-level failures as GraphQL-shaped JSON, in every mode: a body that is not JSON, a body over
 * `BODY_BYTES`, a POST that is not `application/json`, and any error that escapes a handler.
 * Never Express's HTML page with a stack trace and file paths.
 */
import express, { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import { BODY_BYTES } from '../api/limits.js';
import type { Logger } from '../app.js';

export function sendProtocolError(response: Response, status: number, code: string, message: string): void {
  response
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** The JSON body parser with the size cap, then a refusal of any other content type. */
export function graphqlBody(): RequestHandler[] {
  return [
    express.json({ limit: BODY_BYTES, type: ['application/json', 'application/graphql-response+json'] }),
    (request, response, next) => {
      if (request.method === 'POST' && request.body === undefined) {
        sendProtocolError(
          response,
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          'POST skal være application/json / POST must be application/json',
        );
        return;
      }
      // GET queries carry no body; Apollo's middleware wants the property present.
      request.body ??= {};
      next();
    },
  ];
}

interface HttpError {
  status?: number;
  type?: string;
}

/** Last in the chain: whatever went wrong is answered as JSON, and logged when it is ours. */
export function protocolErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const { status, type } = (typeof error === 'object' && error !== null ? error : {}) as HttpError;
    if (type === 'entity.too.large') {
      sendProtocolError(
        response,
        413,
        'PAYLOAD_TOO_LARGE',
        `Forespørgslen er over ${BODY_BYTES} bytes / request body over ${BODY_BYTES} bytes`,
      );
    } else if (type === 'entity.parse.failed') {
      sendProtocolError(response, 400, 'BAD_REQUEST', 'Ugyldig JSON / malformed JSON body');
    } else if (status !== undefined && status >= 400 && status < 500) {
      sendProtocolError(response, status, 'BAD_REQUEST', 'Ugyldig forespørgsel / bad request');
    } else {
      logger.error('[http] unhandled error', error);
      sendProtocolError(response, 500, 'INTERNAL_SERVER_ERROR', 'Intern fejl / internal server error');
    }
  };
}
