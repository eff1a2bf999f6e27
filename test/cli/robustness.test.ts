import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'clausier-cli-'));
const runCheck = (file: string) => spawnSync(process.execPath, [bin, 'check', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('clausier check on hostile input', () => {
  it('a directory instead of a file → exit 2, clear message', () => {
    const r = runCheck(dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/EISDIR|illisible/);
    noStack(r.stderr);
  });

  it('an empty file → exit 2', () => {
    const f = join(dir, 'empty.json');
    writeFileSync(f, '');
    const r = runCheck(f);
    expect(r.status).toBe(2);
    noStack(r.stderr);
  });

  it('binary input → exit 2', () => {
    const f = join(dir, 'binary.bin');
    writeFileSync(f, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const r = runCheck(f);
    expect(r.status).toBe(2);
    noStack(r.stderr);
  });

  it('a 100 MB single line → exit 2 with a clear message, no crash', () => {
    const f = join(dir, 'huge.json');
    writeFileSync(f, `{"id":"huge","kind":"contract","title":"${'x'.repeat(100 * 1024 * 1024)}`); // truncated JSON
    const r = runCheck(f);
    expect(r.status).toBe(2);
    expect(r.stderr.length).toBeLessThan(2000);
    noStack(r.stderr);
  });

  it('a JSON array of valid contracts in a 100 MB file is evaluated', () => {
    const f = join(dir, 'big-array.json');
    const one = JSON.stringify({ id: 'c', kind: 'contract', title: 'y'.repeat(100_000), amountExclTax: '1000' });
    writeFileSync(f, `[${Array.from({ length: 1000 }, () => one).join(',')}]`);
    const r = spawnSync(process.execPath, [bin, 'check', f, '--json'], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).results).toHaveLength(1000);
  });
});
