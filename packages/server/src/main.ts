/** Entry point of `npm start` and `backplan serve`: configuration, database, listen, shutdown. */
import { loadConfig } from './config.js';
import { startServer } from './start.js';

const loaded = loadConfig(process.env);
if (!loaded.ok) {
  process.stderr.write(`${loaded.message}\n`);
  process.exit(2);
}
const { config } = loaded;
const running = await startServer(config);
process.stdout.write(
  `Backplan is running at ${running.url} (database: ${running.db.dialect === 'sqlite' ? `embedded SQLite in ${config.BACKPLAN_DATA_DIR}` : 'PostgreSQL'}).\n`,
);

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
