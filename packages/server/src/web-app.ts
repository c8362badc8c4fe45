import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Serves the built web app (`packages/web/dist`): every file read at the first request and kept in
 * memory with its gzip and brotli forms (compressed off the event loop), so a phone on a slow
 * line gets the smallest one; source maps are kept as they are. Files
 * under `assets/` carry a content hash in their names and are cached for a year; every other path
 * that is not the API gets `index.html` (the app routes in the browser), never cached, with a
 * content security policy. Lookups are by exact path in a map built from the directory, so no
 * request can reach a file outside it.
 */
interface WebFile {
  readonly type: string;
  readonly body: Buffer;
  readonly gzip: Buffer;
  readonly brotli: Buffer;
  readonly compressed: boolean;
  readonly immutable: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The page's policy: scripts and data only from here; the illustrations' inline SVG styles allowed. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

async function walk(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  const nested = await Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      return (await stat(path)).isDirectory() ? walk(path) : [path];
    }),
  );
  return nested.flat();
}

async function loadFile(dir: string, path: string): Promise<[string, WebFile]> {
  const url = `/${relative(dir, path).split(sep).join('/')}`;
  const body = await readFile(path);
  // Source maps are for developers' tools: not worth compressing at start.
  const compress = !path.endsWith('.map');
  const [gz, br] = compress
    ? await Promise.all([
        gzipAsync(body, { level: 9 }),
        brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      ])
    : [body, body];
  return [
    url,
    {
      type: TYPES[extname(path)] ?? 'application/octet-stream',
      body,
      gzip: gz,
      brotli: br,
      compressed: compress,
      immutable: url.startsWith('/assets/'),
    },
  ];
}

async function loadFiles(dir: string): Promise<Map<string, WebFile>> {
  const paths = await walk(dir);
  return new Map(await Promise.all(paths.map((path) => loadFile(dir, path))));
}

function send(request: FastifyRequest, reply: FastifyReply, file: WebFile, html: boolean) {
  const accepts = request.headers['accept-encoding'] ?? '';
  let body = file.body;
  if (!file.compressed) {
    // Sent as it is.
  } else if (/\bbr\b/.test(accepts)) {
    body = file.brotli;
    void reply.header('content-encoding', 'br');
  } else if (/\bgzip\b/.test(accepts)) {
    body = file.gzip;
    void reply.header('content-encoding', 'gzip');
  }
  void reply
    .header('content-type', file.type)
    .header('vary', 'accept-encoding')
    .header('x-content-type-options', 'nosniff')
    // Invite links carry their token in the address: never pass it on.
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  if (html) {
    void reply.header('content-security-policy', CSP).header('x-frame-options', 'DENY');
  }
  return reply.send(body);
}

/** Registers the web app's routes when its build is there; says how to build it when not. */
export function registerWebApp(app: FastifyInstance, dir: string): void {
  const built = existsSync(join(dir, 'index.html'));
  // Loaded at the first request: a server (or a test) that never serves a page pays nothing.
  let loading: Promise<Map<string, WebFile>> | null = null;
  // A listening server starts loading at once, in zlib's thread pool; tests with `inject` never
  // listen, so they load nothing unless they ask for a page.
  app.addHook('onListen', (done) => {
    if (built) loading ??= loadFiles(dir);
    done();
  });
  // Not part of the API: kept out of the OpenAPI document.
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/')) {
      return reply
        .code(404)
        .send({ error: { code: 'not-found', message: 'No such API route.', fields: [] } });
    }
    if (!built) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The web app is not built. Run `npm run build` (npm start does it for you).');
    }
    loading ??= loadFiles(dir);
    const files = await loading;
    const file = files.get(path);
    if (file !== undefined) return send(request, reply, file, file.type.startsWith('text/html'));
    // A missing hashed asset is a 404: an old page asking for a file the new build replaced.
    if (path.startsWith('/assets/')) return reply.code(404).send();
    const index = files.get('/index.html');
    if (index === undefined) return reply.code(404).send();
    return send(request, reply, index, true);
  });
}
