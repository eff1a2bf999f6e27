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
  /** Size in bytes of a regular file, `undefined` for standard input or a pipe: the progress line's percentage. */
  size?(path: string): Promise<number | undefined>;
  /**
   * The names of the entries of a folder, or `undefined` when `path` is not a folder (`--format eforms` reads the
   * notices of a folder). Default: no path is a folder.
   */
  listFolder?(path: string): Promise<readonly string[] | undefined>;
  /** Writes a whole file as UTF-8 text (the HTML report). */
  writeText?(path: string, text: string): Promise<void>;
  /**
   * Opens a file to write UTF-8 text in pieces (`--rejections-out`), each `write` resolving once the text is handed
   * over (memory does not grow with the file). Default: the pieces are kept and written with {@link CliIo.writeText}.
   */
  openWriter?(path: string): Promise<{ write(text: string): Promise<void>; close(): Promise<void> }>;
  /**
   * Whether a file can be written, checked before a command starts its work: `undefined` when it can, else the
   * error code (`EACCES`, `ENOENT` for a missing folder, `EISDIR`, `EROFS`…). Default: every path is writable.
   */
  checkWritable?(path: string): Promise<string | undefined>;
  /**
   * The script that runs the command line (dist/cli.js), when the files named are on this machine's file system: worker
   * threads then load it to read byte ranges of a file (`portfolio --jobs`). Default: none, one thread through
   * {@link CliIo.readStream}.
   */
  readonly workerScript?: URL;
  /** True when standard error is a terminal: the portfolio command then shows its progress. */
  readonly errIsTTY?: boolean;
  /** The environment (`LANG`, `LC_ALL`, `LC_MESSAGES` choose the default language). Default: none, French. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Milliseconds since some origin, for progress rates. Default `Date.now`. */
  now?(): number;
}

/** Exit codes of the `clausier` command. */
export const EXIT = {
  /** Everything evaluated, no rule failed. */
  ok: 0,
  /** At least one rule failed (check), or a target is missed (portfolio). */
  failed: 1,
  /** Invalid input: unreadable file, bad JSON, invalid contract. */
  invalidInput: 2,
  /** Wrong usage: unknown command or option, a value an option refuses, an output file that cannot be written. */
  usage: 3,
} as const;

/** One of the {@link EXIT} codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
