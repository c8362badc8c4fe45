import { runAssess } from './commands/assess.js';
import { runScore } from './commands/score.js';
import { COMMAND_HELP, MAIN_HELP } from './help.js';
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
    io.stdout(topic === 'score' || topic === 'assess' ? COMMAND_HELP[topic] : MAIN_HELP);
    return EXIT_OK;
  }
  switch (command) {
    case 'score':
      if (wantsHelp(rest)) return help(io, 'score');
      return runScore(rest, io);
    case 'assess':
      if (wantsHelp(rest)) return help(io, 'assess');
      return runAssess(rest, io);
    default:
      io.stderr(`backplan: unknown command '${command}'.\n\n${MAIN_HELP}`);
      return EXIT_INVALID;
  }
}

function help(io: Io, command: 'score' | 'assess'): number {
  io.stdout(COMMAND_HELP[command]);
  return EXIT_OK;
}
