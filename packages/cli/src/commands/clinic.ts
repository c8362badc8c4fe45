import { parseArgs } from 'node:util';
import { z } from 'zod';
import { EXIT_FAILED, EXIT_INVALID, EXIT_OK, type Io } from '../io.js';
import { describeDatabase, loadServer, messageOf, serverConfig } from './server-config.js';

/** The options of `clinic create`; a name is also checked for unsafe characters (the server's rule). */
const createArgs = (unsafe: (name: string) => boolean) =>
  z.strictObject({
    name: z
      .string()
      .trim()
      .min(1, 'Give the clinic a name.')
      .max(200, 'At most 200 characters.')
      .refine((s) => !unsafe(s), 'No control or text-direction override characters.'),
    'admin-email': z.email('Give the first admin an e-mail address.').max(200),
    'base-url': z.url().optional(),
  });

/**
 * `backplan clinic create --name <name> --admin-email <email>` and `backplan clinic list`: the
 * operator's way to add a clinic (no route does), on the configured database, audited.
 */
export async function runClinic(args: readonly string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'create' && sub !== 'list') {
    io.stderr(`backplan clinic: say create or list (backplan clinic --help).\n`);
    return EXIT_INVALID;
  }
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      args: rest,
      options:
        sub === 'create'
          ? {
              name: { type: 'string' },
              'admin-email': { type: 'string' },
              'base-url': { type: 'string' },
            }
          : {},
      allowPositionals: false,
    }).values as Record<string, string | undefined>;
  } catch (e) {
    io.stderr(`backplan clinic ${sub}: ${messageOf(e)}\n`);
    return EXIT_INVALID;
  }
  const server = await loadServer();
  const parsed =
    sub === 'create' ? createArgs(server.hasUnsafeNameCharacter).safeParse(values) : null;
  if (parsed !== null && !parsed.success) {
    for (const issue of parsed.error.issues) {
      io.stderr(`backplan clinic create: --${issue.path.join('.')}: ${issue.message}\n`);
    }
    return EXIT_INVALID;
  }
  const config = await serverConfig(io);
  if (typeof config === 'number') return config;
  const db = server.openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.BACKPLAN_DATA_DIR,
  });
  try {
    await server.migrateToLatest(db);
    const now = io.today();
    if (parsed === null) {
      const clinics = await server.listClinics(db.kysely, now);
      if (clinics.length === 0) io.stdout(`No clinics yet (${describeDatabase(config)}).\n`);
      for (const c of clinics) {
        io.stdout(
          `${c.id}  ${c.name}  created ${c.createdAt.slice(0, 10)}, ${c.staff} staff` +
            `${c.pendingAdminInvites > 0 ? `, ${c.pendingAdminInvites} admin invite(s) open` : ''}\n`,
        );
      }
      return EXIT_OK;
    }
    const { name, 'admin-email': adminEmail } = parsed.data;
    const base = (parsed.data['base-url'] ?? `http://${config.HOST}:${config.PORT}`).replace(
      /\/+$/,
      '',
    );
    const made = await server.provisionClinic({ db: db.kysely, name, adminEmail, now });
    io.stdout(
      `Created the clinic "${name}" (${made.clinicId}) in ${describeDatabase(config)}.\n` +
        `Send this one-time link to its first admin (${adminEmail.toLowerCase()}); it works once, ` +
        `until ${made.expiresAt}:\n  ${base}/invite/${made.token}\n`,
    );
    return EXIT_OK;
  } catch (e) {
    io.stderr(`backplan clinic ${sub}: ${messageOf(e)}\n`);
    return EXIT_FAILED;
  } finally {
    await db.close();
  }
}
