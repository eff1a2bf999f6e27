/** What the CLI needs from the outside world; injected so the commands can be tested without a process. */
export interface CliIo {
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /** Reads a whole file as UTF-8 text, or `-` for standard input. */
  readText(path: string): Promise<string>;
  /** Streams a file (or `-` for standard input) in chunks, so that memory does not grow with its size. Default: {@link CliIo.readText} in one chunk. */
  readStream?(path: string): AsyncIterable<string | Uint8Array>;
  /** Writes a whole file as UTF-8 text (the HTML report). */
  writeText?(path: string, text: string): Promise<void>;
  /** True when standard error is a terminal: the portfolio command then shows its progress. */
  readonly errIsTTY?: boolean;
  /** Milliseconds since some origin, for progress rates. Default `Date.now`. */
  now?(): number;
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
