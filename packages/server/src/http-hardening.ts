/**
 * The server's defences below the routes (issue 15): timeouts on slow or idle connections, the
 * proxy setting, security headers on every answer, no caching of API answers, HEAD refused on the
 * API, and the per-address limiter that sign-in uses.
 */
import type { ServerOptions } from 'node:http';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.js';

/**
 * Fastify's connection options from the configuration. Node checks the request and header
 * timeouts every `connectionsCheckingInterval` (30 s by default, so a 30 s limit could hold a
 * connection for a minute): checked every second here, which costs a walk over open connections.
 */
export function serverOptions(config: Config) {
  const http: ServerOptions = {
    requestTimeout: config.BACKPLAN_REQUEST_TIMEOUT_MS,
    headersTimeout: config.BACKPLAN_HEADERS_TIMEOUT_MS,
    connectionsCheckingInterval: Math.min(1000, Math.ceil(config.BACKPLAN_HEADERS_TIMEOUT_MS / 4)),
  };
  return {
    http,
    requestTimeout: config.BACKPLAN_REQUEST_TIMEOUT_MS,
    connectionTimeout: config.BACKPLAN_CONNECTION_TIMEOUT_MS,
    keepAliveTimeout: config.BACKPLAN_KEEP_ALIVE_TIMEOUT_MS,
    // A hop count as Fastify's function form (its types take no number): the nearest n proxies.
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (
            (hops: number) => (_address: string, hop: number) =>
              hop < hops
          )(config.trustProxy)
        : config.trustProxy,
  };
}

/** The page policy of /api/docs: Swagger UI's files from here only (it has no inline script). */
export const DOCS_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The sign-in limiter's memory: an LRU of this many addresses (~100 bytes each), not a reset. */
export const LIMITER_ADDRESSES = 50_000;

/** Registers the headers, the API's no-store and HEAD rules, and the (per-route) rate limiter. */
export async function registerHardening(app: FastifyInstance, config: Config): Promise<void> {
  // nosniff, Referrer-Policy, frame and cross-origin policies on every answer; the web app sets
  // its own CSP on its pages and /api/docs has DOCS_CSP, so helmet's CSP is off. HSTS only in
  // production, where the site is served over TLS.
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    hsts: config.production ? { maxAge: 31_536_000 } : false,
  });
  await app.register(fastifyRateLimit, {
    global: false,
    cache: LIMITER_ADDRESSES,
    addHeadersOnExceeding: {
      'x-ratelimit-limit': false,
      'x-ratelimit-remaining': false,
      'x-ratelimit-reset': false,
    },
  });

  // HEAD would run a GET handler (and its audit) for an answer with no body: the API does not
  // serve it, except the health check that load balancers probe.
  app.addHook('onRequest', (request, reply, done) => {
    if (
      request.method === 'HEAD' &&
      request.url.startsWith('/api/') &&
      request.url.split('?')[0] !== '/api/health'
    ) {
      void reply
        .code(405)
        .header('allow', 'GET')
        .send({
          error: { code: 'bad-request', message: 'HEAD is not served here: use GET.', fields: [] },
        });
      return;
    }
    done();
  });

  // API answers carry patient data: never kept by a browser or a shared cache.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (request.url.startsWith('/api/')) void reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}
