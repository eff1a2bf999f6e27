#!/usr/bin/env node
import { constants, createReadStream, createWriteStream } from 'node:fs';
import { access, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { errorCode } from './messages.js';

// Piping into `head` closes stdout early: that is a normal end, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `undefined` when `path` can be written (created in its folder, or replaced), else the error code. */
async function checkWritable(path: string): Promise<string | undefined> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return 'EISDIR';
    await access(path, constants.W_OK);
    return undefined;
  } catch (e) {
    if (errorCode(e) !== 'ENOENT') return errorCode(e) ?? 'EACCES';
  }
  try {
    const folder = await stat(dirname(path));
    if (!folder.isDirectory()) return 'ENOTDIR';
    await access(dirname(path), constants.W_OK);
    return undefined;
  } catch (e) {
    return errorCode(e) ?? 'EACCES';
  }
}

declare const __CLAUSIER_VERSION__: string;

const argv = process.argv.slice(2);
if (!isMainThread) {
  // A worker thread of `portfolio --jobs` (./parallel.ts, loaded with the commands): it does not run the command line.
  await import('./main.js');
} else if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // `clausier --version` answers before the library and its dependencies load (~100 ms less, docs/performance.md).
  process.stdout.write(`${__CLAUSIER_VERSION__}\n`);
} else {
  const { run } = await import('./main.js');
  process.exitCode = await runCli(run);
}

async function runCli(run: typeof import('./main.js').run): Promise<number> {
  try {
    return await run(argv, {
      out: (t) => process.stdout.write(t),
      err: (t) => process.stderr.write(t),
      readText: (path) => (path === '-' ? readStdin() : readFile(path, 'utf8')),
      readStream: (path) => (path === '-' ? process.stdin : createReadStream(path)),
      size: async (path) => {
        if (path === '-') return undefined;
        const s = await stat(path);
        return s.isFile() ? s.size : undefined;
      },
      listFolder: async (path) => ((await stat(path)).isDirectory() ? readdir(path) : undefined),
      writeText: (path, text) => writeFile(path, text, 'utf8'),
      openWriter: async (path) => {
        const stream = createWriteStream(path, 'utf8');
        await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
        return {
          write: (text) => new Promise<void>((resolve, reject) => stream.write(text, (e) => (e ? reject(e) : resolve()))),
          close: () => new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve()))),
        };
      },
      checkWritable,
      workerScript: new URL(import.meta.url),
      errIsTTY: process.stderr.isTTY === true,
      env: process.env,
    });
  } catch (e) {
    process.stderr.write(`clausier: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 70;
  }
}
