/** Entry point of `npm start` and `backplan serve`: configuration, database, listen, shutdown. */
import { insecureProductionSettings, loadConfig } from './config.js';
import { DEMO_PASSWORD, DEMO_PATIENTS, DEMO_STAFF } from './seed/demo-people.js';
import { startServer } from './start.js';

const loaded = loadConfig(process.env);
if (!loaded.ok) {
  process.stderr.write(`${loaded.message}\n`);
  process.exit(2);
}
const { config } = loaded;
const insecure = insecureProductionSettings(config);
if (insecure !== null) {
  process.stderr.write(`${insecure}\n`);
  process.exit(2);
}
const running = await startServer(config);
process.stdout.write(
  `Backplan is running at ${running.url} (database: ${running.db.dialect === 'sqlite' ? `embedded SQLite in ${config.BACKPLAN_DATA_DIR}` : 'PostgreSQL'}${config.production ? ', production mode' : ''}).\n`,
);

if (running.seededDemo) {
  const lines = [
    ...DEMO_STAFF.map((s) => `  ${s.role.padEnd(10)} ${s.email}`),
    ...DEMO_PATIENTS.map((p) => `  ${'patient'.padEnd(10)} ${p.email}`),
  ];
  process.stdout.write(
    `Created the demo clinic. Sign in with any of these, password ${DEMO_PASSWORD}:\n${lines.join('\n')}\n`,
  );
}

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // Stop accepting, finish what is in flight, close the database, then exit.
    running.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
