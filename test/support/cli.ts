import { readdir, readFile, stat } from 'node:fs/promises';
import { run } from '../../src/cli/main.js';

/** Runs the CLI in-process with captured output; `stdin` is served for `-`. */
export async function cli(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readText: (path) => (path === '-' ? Promise.resolve(stdin) : readFile(path, 'utf8')),
    listFolder: async (path) => ((await stat(path)).isDirectory() ? readdir(path) : undefined),
  });
  return { code, out, err };
}
