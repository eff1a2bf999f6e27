import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, hasShared, SHARED_SKIP_REASON, sharedFile } from './support/shared-data.js';

/** Every file under a folder, as paths relative to it. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? files(path).map((p) => join(e.name, p)) : [e.name];
  });
}

const all = files(FIXTURES_DIR);
/** The top-level folders of test/fixtures: each is one source, with its SOURCE.md. */
const folders = readdirSync(FIXTURES_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const NOTES = new Set(['SOURCE.md', 'LICENSE']);

describe('test/fixtures: small real files with their provenance', () => {
  it('stays under 1 MB in all', () => {
    const bytes = all.reduce((n, f) => n + statSync(join(FIXTURES_DIR, f)).size, 0);
    expect(bytes).toBeLessThan(1_000_000);
  });

  it.each(folders)('%s: has a SOURCE.md naming each of its files, with a licence', (folder) => {
    const dir = join(FIXTURES_DIR, folder);
    const source = readFileSync(join(dir, 'SOURCE.md'), 'utf8');
    expect(source).toMatch(/licen[cs]e/i);
    for (const f of files(dir)) if (!NOTES.has(f)) expect(source, `${folder}/SOURCE.md should name ${f}`).toContain(f);
  });

  it.skipIf(!hasShared)(`copies of the shared data are still byte for byte the same (${SHARED_SKIP_REASON})`, () => {
    let compared = 0;
    for (const f of all) {
      const shared = sharedFile(f);
      if (NOTES.has(basename(f)) || !existsSync(shared)) continue;
      expect(readFileSync(join(FIXTURES_DIR, f)).equals(readFileSync(shared)), f).toBe(true);
      compared++;
    }
    expect(compared).toBeGreaterThan(10);
  });
});
