import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Start-up configuration from the environment, validated once with a clear message. */
export const configSchema = z.object({
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
  /** Cookies are marked Secure unless this is `false` (plain http on localhost). */
  BACKPLAN_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  BACKPLAN_SEED_DEMO: z.enum(['true', 'false']).default('true'),
  /** The built web app to serve; by default the repository's `packages/web/dist`. */
  BACKPLAN_WEB_DIR: z
    .string()
    .min(1)
    .default(fileURLToPath(new URL('../../web/dist', import.meta.url))),
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
