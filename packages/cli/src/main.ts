import { runAssess } from './commands/assess.js';
import { runBackup, runRestore } from './commands/backup.js';
import { runCatalog } from './commands/catalog.js';
import { runClinic } from './commands/clinic.js';
import { runMigrate } from './commands/migrate.js';
import { runPlan } from './commands/plan.js';
import { runProgress } from './commands/progress.js';
import { runScore } from './commands/score.js';
import { runServe } from './commands/serve.js';
import { COMMAND_HELP, MAIN_HELP, type CommandName } from './help.js';
import { EXIT_INVALID, EXIT_OK, type Io } from './io.js';

const wantsHelp = (args: readonly string[]) => args.includes('--help') || args.includes('-h');

/** Runs the `backplan` command with its arguments; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    io.stdout(MAIN_HELP);
    return command === undefined ? EXIT_INVALID : EXIT_OK;
  }
  if (command === 'help') {
    const topic = rest[0];
    io.stdout(topic !== undefined && isCommand(topic) ? COMMAND_HELP[topic] : MAIN_HELP);
    return EXIT_OK;
  }
  if (!isCommand(command)) {
    io.stderr(`backplan: unknown command '${command}'.\n\n${MAIN_HELP}`);
    return EXIT_INVALID;
  }
  if (wantsHelp(rest)) {
    io.stdout(COMMAND_HELP[command]);
    return EXIT_OK;
  }
  switch (command) {
    case 'score':
      return runScore(rest, io);
    case 'assess':
      return runAssess(rest, io);
    case 'plan':
      return runPlan(rest, io);
    case 'progress':
      return runProgress(rest, io);
    case 'catalog':
      return runCatalog(rest, io);
    case 'serve':
      return runServe(rest, io);
    case 'migrate':
      return runMigrate(rest, io);
    case 'backup':
      return runBackup(rest, io);
    case 'restore':
      return runRestore(rest, io);
    case 'clinic':
      return runClinic(rest, io);
  }
}

function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMAND_HELP, name);
}
