import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const flag = z.enum(['true', 'false']);
const ms = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** The environment as given: optional values whose defaults depend on the mode are resolved below. */
const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  BACKPLAN_DATA_DIR: z.string().min(1).default('./data'),
  /** Connections to PostgreSQL that one server process keeps at most; see `defaultPoolSize`. */
  BACKPLAN_PG_POOL_SIZE: z.coerce.number().int().min(2).max(200).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `production` (or `NODE_ENV=production`) turns on the production defaults and checks. */
  NODE_ENV: z.string().optional(),
  BACKPLAN_ENV: z.enum(['development', 'production']).optional(),
  /** Session cookies marked Secure: by default only in production, where it cannot be turned off. */
  BACKPLAN_SECURE_COOKIES: flag.optional(),
  /** The demo clinic on an empty database: by default outside production only. */
  BACKPLAN_SEED_DEMO: flag.optional(),
  /** `1` asks for the demo clinic in production too (a shared demo server). */
  BACKPLAN_DEMO: z.enum(['0', '1']).optional(),
  /** The OpenAPI page at /api/docs: by default outside production only. */
  BACKPLAN_DOCS: flag.optional(),
  /** Which proxies' X-Forwarded-For to believe: `false`, a hop count, or addresses/CIDRs. */
  BACKPLAN_TRUST_PROXY: z
    .string()
    .regex(
      /^(true|false|\d{1,2}|[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*)$/,
      'must be false, true, a hop count, or comma-separated addresses or CIDR ranges',
    )
    .default('false'),
  /** Time to receive a whole request (headers and body) before the connection is closed. */
  BACKPLAN_REQUEST_TIMEOUT_MS: ms(100, 600_000).default(30_000),
  /** Time to receive a request's headers. */
  BACKPLAN_HEADERS_TIMEOUT_MS: ms(100, 600_000).default(10_000),
  /** How long an idle keep-alive connection stays open (above a load balancer's idle timeout). */
  BACKPLAN_KEEP_ALIVE_TIMEOUT_MS: ms(100, 600_000).default(72_000),
  /** A connection with no traffic at all in either direction for this long is closed. */
  BACKPLAN_CONNECTION_TIMEOUT_MS: ms(100, 3_600_000).default(120_000),
  /** Password hashes (scrypt, ~40 ms of a core each) running at once; default half the cores. */
  BACKPLAN_HASH_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  /** Password hashes waiting for a turn; beyond that a sign-in is answered 503 with Retry-After. */
  BACKPLAN_HASH_QUEUE: z.coerce.number().int().min(0).max(10_000).default(64),
  /** ...and no more than finish within this time at the measured pace. */
  BACKPLAN_HASH_MAX_WAIT_MS: ms(0, 60_000).default(1000),
  /** The built web app to serve; by default the repository's `packages/web/dist`. */
  BACKPLAN_WEB_DIR: z
    .string()
    .min(1)
    .default(fileURLToPath(new URL('../../web/dist', import.meta.url))),
});

/** Fastify's `trustProxy`: false, true, a hop count or a list of addresses and CIDR ranges. */
export type TrustProxy = boolean | number | string[];

function parseTrustProxy(value: string): TrustProxy {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',');
}

/** Start-up configuration from the environment, validated once with a clear message. */
export const configSchema = environmentSchema
  .refine((e) => e.BACKPLAN_HEADERS_TIMEOUT_MS <= e.BACKPLAN_REQUEST_TIMEOUT_MS, {
    path: ['BACKPLAN_HEADERS_TIMEOUT_MS'],
    message: 'must not be longer than BACKPLAN_REQUEST_TIMEOUT_MS',
  })
  .transform((e) => {
    const production = e.BACKPLAN_ENV === 'production' || e.NODE_ENV === 'production';
    const orDefault = (value: 'true' | 'false' | undefined, fallback: boolean) =>
      value === undefined ? fallback : value === 'true';
    return {
      ...e,
      production,
      secureCookies: orDefault(e.BACKPLAN_SECURE_COOKIES, production),
      seedDemo: e.BACKPLAN_DEMO === '1' || orDefault(e.BACKPLAN_SEED_DEMO, !production),
      docs: orDefault(e.BACKPLAN_DOCS, !production),
      trustProxy: parseTrustProxy(e.BACKPLAN_TRUST_PROXY),
    };
  });

export type Config = z.output<typeof configSchema>;

/** Parses the environment; a list of what is wrong, one line per variable, when it cannot. */
export function loadConfig(
  env: NodeJS.ProcessEnv,
): { ok: true; config: Config } | { ok: false; message: string } {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return { ok: true, config: parsed.data };
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  return {
    ok: false,
    message: `Backplan cannot start: the configuration is invalid.\n${lines.join('\n')}`,
  };
}

/**
 * What production refuses, one line each: settings that are valid but unsafe on a real server.
 * Null when there is nothing to refuse (and always outside production).
 */
export function insecureProductionSettings(config: Config): string | null {
  if (!config.production) return null;
  const lines: string[] = [];
  if (!config.secureCookies)
    lines.push(
      '  BACKPLAN_SECURE_COOKIES=false: session cookies would travel over plain HTTP. Serve Backplan behind TLS and remove the setting.',
    );
  if (config.trustProxy === true)
    lines.push(
      '  BACKPLAN_TRUST_PROXY=true: any client could choose its own address (X-Forwarded-For) and escape the per-address limits. Give the number of proxies in front (e.g. 1) or their addresses.',
    );
  if (lines.length === 0) return null;
  return `Backplan refuses to start: this configuration is not safe in production (NODE_ENV or BACKPLAN_ENV is production).\n${lines.join('\n')}`;
}
