import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedPages } from '../../scripts/render-docs.js';

const root = new URL('../../', import.meta.url);
const pages = generatedPages();

if (process.env.UPDATE_DOCS === '1') {
  for (const [path, text] of Object.entries(pages)) writeFileSync(new URL(path, root), text);
}

describe('generated reference pages (run `npm run docs:pages` after changing rules or parameters)', () => {
  for (const [path, text] of Object.entries(pages)) {
    it(`${path} is up to date`, () => {
      expect(existsSync(new URL(path, root)), `${path} is missing`).toBe(true);
      expect(readFileSync(new URL(path, root), 'utf8')).toBe(text);
    });
  }
  it('has no page for a rule that no longer exists', () => {
    const onDisk = readdirSync(new URL('docs/rules/', root)).map((f) => `docs/rules/${f}`);
    expect(onDisk.filter((p) => !(p in pages))).toEqual([]);
  });
});
