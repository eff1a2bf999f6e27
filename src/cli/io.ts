/** What the CLI needs from the outside world; injected so the commands can be tested without a process. */
export interface CliIo {
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /** Reads a whole file as UTF-8 text, or `-` for standard input. */
  readText(path: string): Promise<string>;
}

/** Exit codes of the `clausier` command. */
export const EXIT = {
  /** Everything evaluated, no rule failed. */
  ok: 0,
  /** At least one rule failed. */
  failed: 1,
  /** Invalid input: unreadable file, bad JSON, invalid contract. */
  invalidInput: 2,
  /** Wrong usage: unknown command or option. */
  usage: 3,
} as const;
