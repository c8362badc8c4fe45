/** What a command may touch outside itself; the bin script passes the real ones, tests fakes. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<string>;
  /** The clock, read only at the edge: the core never reads it. */
  readonly today: () => Date;
}

/**
 * Exit codes: 0 done; 2 the input was not usable (bad arguments, invalid or unscoreable data);
 * 3 refused on clinical grounds (the red-flag screen forbids a plan).
 */
export const EXIT_OK = 0;
export const EXIT_INVALID = 2;
export const EXIT_REFUSED = 3;
