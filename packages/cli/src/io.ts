/** What a command may touch outside itself; the bin script passes the real ones, tests fakes. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<string>;
  /** The clock, read only at the edge: the core never reads it. */
  readonly today: () => Date;
  /** The environment the server commands read their configuration from. */
  readonly env: NodeJS.ProcessEnv;
  /** Resolves with the signal's name when a long-running command should stop (SIGTERM, SIGINT). */
  readonly stopSignal: () => Promise<string>;
}

/**
 * Exit codes: 0 done; 1 failed (the database could not be reached or migrated); 2 the input was
 * not usable (bad arguments, invalid configuration or data, a refused backup or restore); 3
 * refused on clinical grounds (the red-flag screen forbids a plan).
 */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_INVALID = 2;
export const EXIT_REFUSED = 3;
