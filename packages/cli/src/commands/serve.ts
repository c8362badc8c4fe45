import { parseArgs } from 'node:util';
import { EXIT_FAILED, EXIT_INVALID, EXIT_OK, type Io } from '../io.js';
import { describeDatabase, loadServer, messageOf, serverConfig } from './server-config.js';

/**
 * `backplan serve`: configuration from the environment, migrate, seed the demo clinic on an
 * empty database, listen; on SIGTERM or SIGINT stop accepting, finish what is in flight and
 * close the database.
 */
export async function runServe(args: readonly string[], io: Io): Promise<number> {
  try {
    parseArgs({ args: [...args], options: {}, allowPositionals: false });
  } catch (e) {
    io.stderr(`backplan serve: ${messageOf(e)}\n`);
    return EXIT_INVALID;
  }
  const config = await serverConfig(io);
  if (typeof config === 'number') return config;
  const server = await loadServer();
  let running;
  try {
    running = await server.startServer(config);
  } catch (e) {
    io.stderr(`backplan serve: the server could not start: ${messageOf(e)}\n`);
    return EXIT_FAILED;
  }
  io.stdout(`Backplan is running at ${running.url} (database: ${describeDatabase(config)}).\n`);
  if (running.seededDemo) {
    const lines = [
      ...server.DEMO_STAFF.map((s) => `  ${s.role.padEnd(10)} ${s.email}`),
      ...server.DEMO_PATIENTS.map((p) => `  ${'patient'.padEnd(10)} ${p.email}`),
    ];
    io.stdout(
      `Created the demo clinic. Sign in with any of these, password ${server.DEMO_PASSWORD}:\n${lines.join('\n')}\n`,
    );
  }
  const signal = await io.stopSignal();
  io.stdout(`${signal}: stopping.\n`);
  try {
    await running.stop();
    return EXIT_OK;
  } catch (e) {
    io.stderr(`backplan serve: the server did not stop cleanly: ${messageOf(e)}\n`);
    return EXIT_FAILED;
  }
}
