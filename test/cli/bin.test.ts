import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The packaged binary, as users run it (`npm test` builds before testing).
const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const example = fileURLToPath(new URL('../../examples/contracts/price-variation.json', import.meta.url));

describe('dist/cli.js', () => {
  it('exists (run `npm run build` first)', () => expect(existsSync(bin)).toBe(true));

  it('runs as a process with the documented exit codes', () => {
    const okRun = spawnSync(process.execPath, [bin, 'check', example, '--json'], { encoding: 'utf8' });
    expect(okRun.status).toBe(0);
    expect(JSON.parse(okRun.stdout).results[0].contract).toBe('2026-TRV-014');
    const bad = spawnSync(process.execPath, [bin, 'check', '-'], { input: '{"id":1}', encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(spawnSync(process.execPath, [bin, 'nope'], { encoding: 'utf8' }).status).toBe(3);
  });

  it('ends quietly when its output is closed early (piped into head)', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; node ${bin} params --json | head -c 10 >/dev/null`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
