/** An in-process app on a fresh test database, for `app.inject` tests. */
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { configSchema } from './config.js';
import type { DialectName } from './db/dialect.js';
import { createTestDb, type TestDb } from './test-db.js';

/** A fixed clock for tests. */
export const TEST_NOW = new Date('2026-11-02T09:00:00.000Z');

export interface TestApp {
  readonly app: FastifyInstance;
  readonly testDb: TestDb;
  readonly close: () => Promise<void>;
}

export async function createTestApp(
  dialect: DialectName,
  now: () => Date = () => TEST_NOW,
): Promise<TestApp> {
  const testDb = await createTestDb(dialect);
  const config = configSchema.parse({
    LOG_LEVEL: 'silent',
    BACKPLAN_SEED_DEMO: 'false',
    ...testDb.env,
  });
  const app = await buildApp({ db: testDb.db, config, now });
  return {
    app,
    testDb,
    close: async () => {
      await app.close();
      await testDb.drop();
    },
  };
}
