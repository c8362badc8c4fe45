import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { HASH_MS_AT_START } from './commands/login.js';
import { ProgressQueue } from './commands/progress-queue.js';
import type { Config } from './config.js';
import type { Db } from './db/dialect.js';
import { AppError, loggableError, type FieldError } from './errors.js';
import { HashQueue, HashQueueFull } from './hash-queue.js';
import { DOCS_CSP, registerHardening, serverOptions } from './http-hardening.js';
import { registerAdminRoutes } from './routes/admin.js';
import { registerAuthRoutes } from './routes/auth.js';
import { registerClinicalRoutes } from './routes/clinical.js';
import { registerDailyRoutes } from './routes/daily.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerPatientRoutes } from './routes/patients.js';
import { redactUrl } from './redact-url.js';
import { AUDITED_REFUSALS, recordRefusal } from './refusal-audit.js';
import { findPrototypeKey, findUnsafeName, findUnstorableText } from './text-guard.js';
import { registerWebApp } from './web-app.js';

/** What every route may use, passed explicitly (no globals). */
export interface Deps {
  readonly db: Db;
  readonly config: Config;
  /** The clock, so tests can fix the time. */
  readonly now: () => Date;
  /** Progression re-evaluations after journal data (see `ProgressQueue`). */
  readonly progress: ProgressQueue;
  /** The global bound on password hashes (see `HashQueue`). */
  readonly hashes: HashQueue;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's progression queue: tests wait for it with `app.progress.idle()`. */
    progress: ProgressQueue;
    /** The app's bound on password hashes: tests read its `peak`. */
    hashes: HashQueue;
  }
}

/** What `buildApp` is given; it makes the rest. */
export type AppOptions = Omit<Deps, 'progress' | 'hashes'> & {
  /** Where the log lines go (standard output by default); tests read them. */
  readonly logStream?: { write(line: string): void };
};

/** Field errors from a zod validation failure, as dotted paths with their place (body, query). */
function validationFields(
  context: string | undefined,
  issues: readonly {
    instancePath: string;
    message?: string | undefined;
    keyword: string;
    params: Record<string, unknown>;
  }[],
): FieldError[] {
  const prefix = context === undefined ? '' : `${context}.`;
  return issues.flatMap((i) => {
    const base = i.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const at = (p: string) => `${prefix}${p}`.replace(/\.$/, '') || (context ?? '(root)');
    if (i.keyword === 'unrecognized_keys' && Array.isArray(i.params.keys)) {
      return (i.params.keys as unknown[]).map((k) => ({
        path: at(base === '' ? String(k) : `${base}.${String(k)}`),
        message: 'Unknown field.',
      }));
    }
    return [{ path: at(base), message: i.message ?? 'Invalid value.' }];
  });
}

/** Builds the app: plugins, error handling, OpenAPI and every route. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.config.LOG_LEVEL === 'silent'
        ? false
        : {
            level: options.config.LOG_LEVEL,
            ...(options.logStream === undefined ? {} : { stream: options.logStream }),
            // Patient data never reaches the logs: no bodies, no cookies, no query strings.
            serializers: {
              req: (req: {
                method: string;
                url: string;
                routeOptions?: { url?: string };
                id: string;
              }) => ({
                method: req.method,
                route: req.routeOptions?.url,
                url: redactUrl(req.url),
                id: req.id,
              }),
            },
          },
    genReqId: () => randomUUID(),
    bodyLimit: 256 * 1024,
    ...serverOptions(options.config),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('auditContext', null);
  app.decorateRequest('refusalAudited', false);
  // The id that the request's log lines and audit events carry, so a report can point to them.
  app.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });

  // JSON bodies: a prototype-pollution key is refused by name, not as "not valid JSON".
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.length === 0) {
      done(new AppError('bad-request', 'The body is empty but its content type is JSON.'));
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      done(new AppError('bad-request', 'Body is not valid JSON'));
      return;
    }
    const path = findPrototypeKey(parsed, 'body');
    if (path !== null) {
      const message = 'This key is not allowed (it could reach an object prototype).';
      done(new AppError('bad-request', `${path}: ${message}`, [{ path, message }]));
      return;
    }
    done(null, parsed);
  });

  // Fastify's own 404 logs the whole URL (a query string, an invite token): this one logs nothing.
  app.setNotFoundHandler((_request, reply) =>
    reply.code(404).send({ error: { code: 'not-found', message: 'No such route.', fields: [] } }),
  );

  app.setErrorHandler(async (error, request, reply) => {
    if (error instanceof AppError) {
      if (AUDITED_REFUSALS.has(error.code) && !request.refusalAudited) {
        // Refused attempts leave a trace; a failed audit write does not change the answer.
        await recordRefusal(options.db.kysely, request, error.code, options.now()).catch(
          (auditError: unknown) => {
            request.log.error({ err: loggableError(auditError) }, 'refusal audit failed');
          },
        );
      }
      if (error instanceof HashQueueFull)
        void reply.header('retry-after', String(error.retryAfterSeconds));
      return reply
        .code(error.status)
        .send({ error: { code: error.code, message: error.message, fields: error.fields } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = validationFields(error.validationContext, error.validation);
      const first = fields[0];
      return reply.code(400).send({
        error: {
          code: 'validation-failed',
          message:
            first === undefined ? 'The request is not valid.' : `${first.path}: ${first.message}`,
          fields,
        },
      });
    }
    const e = error as { statusCode?: unknown; message?: unknown; stack?: unknown };
    const message = typeof e.message === 'string' ? e.message : 'Unexpected error';
    const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
    if (status >= 400 && status < 500) {
      // Malformed JSON, a body too large, an unsupported media type: the client's mistake.
      return reply.code(status).send({ error: { code: 'bad-request', message, fields: [] } });
    }
    request.log.error({ err: loggableError(error) }, 'unhandled error');
    return reply.code(500).send({
      error: {
        code: 'internal',
        message: 'Something went wrong on our side. It has been logged.',
        fields: [],
      },
    });
  });

  // Before validation: text no database can store is the client's mistake, a 400 naming the field.
  app.addHook('preValidation', (request, _reply, done) => {
    for (const [place, value] of [
      ['params', request.params],
      ['querystring', request.query],
      ['body', request.body],
    ] as const) {
      const path = findUnstorableText(value, place);
      if (path !== null) {
        const message =
          'Contains a character that cannot be stored (NUL or a broken Unicode pair).';
        done(new AppError('validation-failed', `${path}: ${message}`, [{ path, message }]));
        return;
      }
    }
    const name = findUnsafeName(request.body, 'body');
    if (name !== null) {
      const message = 'A name cannot contain control or text-direction override characters.';
      done(new AppError('validation-failed', `${name}: ${message}`, [{ path: name, message }]));
      return;
    }
    done();
  });

  await registerHardening(app, options.config);
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: { info: { title: 'Backplan API', version: '0.1.0' } },
    transform: jsonSchemaTransform,
  });
  // Off by default in production (BACKPLAN_DOCS): the API's map is no business of the public.
  if (options.config.docs)
    await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: DOCS_CSP });

  const progress = new ProgressQueue(
    options.db.kysely,
    options.now,
    (error) => {
      app.log.error(
        { err: loggableError(error) },
        'progression re-evaluation failed; it stays due',
      );
    },
    { concurrent: options.db.backgroundTransactions },
  );
  const hashes = new HashQueue(
    options.config.BACKPLAN_HASH_CONCURRENCY ?? Math.max(1, Math.floor(availableParallelism() / 2)),
    options.config.BACKPLAN_HASH_QUEUE,
    options.config.BACKPLAN_HASH_MAX_WAIT_MS,
    HASH_MS_AT_START,
  );
  const deps: Deps = { db: options.db, config: options.config, now: options.now, progress, hashes };
  app.decorate('progress', progress);
  app.decorate('hashes', hashes);
  // Marks left by a stop or a crash are evaluated once the server is up; on close, what is
  // scheduled finishes before the database closes.
  app.addHook('onReady', async () => {
    await progress.recover();
  });
  app.addHook('onClose', async () => {
    await progress.idle();
  });

  registerHealthRoutes(app, deps);
  registerAuthRoutes(app, deps);
  registerPatientRoutes(app, deps);
  registerClinicalRoutes(app, deps);
  registerDailyRoutes(app, deps);
  registerAdminRoutes(app, deps);
  registerWebApp(app, options.config.BACKPLAN_WEB_DIR);
  return app;
}
