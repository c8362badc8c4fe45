import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { insecureProductionSettings, type Config } from './config.js';
import { openDatabase, type Db } from './db/dialect.js';
import { migrateToLatest } from './db/migrate.js';
import { seedDemoIfEmpty } from './seed/demo.js';

export interface Running {
  readonly app: FastifyInstance;
  readonly db: Db;
  readonly url: string;
  /** True when this start created the demo clinic (first start on an empty database). */
  readonly seededDemo: boolean;
  readonly stop: () => Promise<void>;
}

/**
 * Opens the database, migrates it, and listens; `stop` closes connections gracefully. Refuses an
 * unsafe production configuration before it touches anything.
 */
export async function startServer(
  config: Config,
  now: () => Date = () => new Date(),
): Promise<Running> {
  const insecure = insecureProductionSettings(config);
  if (insecure !== null) throw new Error(insecure);
  const db = openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.BACKPLAN_DATA_DIR,
    poolSize: config.BACKPLAN_PG_POOL_SIZE,
  });
  await migrateToLatest(db);
  const seededDemo = config.seedDemo && (await seedDemoIfEmpty(db.kysely, now()));
  const app = await buildApp({ db, config, now });
  const url = await app.listen({ port: config.PORT, host: config.HOST });
  return {
    app,
    db,
    url,
    seededDemo,
    stop: async () => {
      await app.close();
      await db.close();
    },
  };
}
