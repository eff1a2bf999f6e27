import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

const EXAMPLE = 'examples/buyer/spaser-profile.json';

describe('clausier buyer', () => {
  it('prints the SPASER table and exits 0 when every duty is met', async () => {
    const r = await cli(['buyer', EXAMPLE, '--as-of', '2026-03-01', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('## SPASER');
    expect(r.out).toMatch(/\| 2023 \| 61,250,000 € \| 50,000,000 € \| yes \| pass \| pass \| pass \|/);
  });

  it('exits 1 when the indicators are more than two years old', async () => {
    const r = await cli(['buyer', EXAMPLE, '--as-of', '2027-07-01', '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out);
    expect(out.buyers[0].status).toBe('fail');
    expect(out.invalid).toEqual([]);
  });

  it('reads an array from standard input and lists invalid profiles with exit 2', async () => {
    const r = await cli(['buyer', '-', '--lang', 'en'], JSON.stringify([{ id: 'x', purchases: [] }, { purchases: [] }]));
    expect(r.code).toBe(2);
    expect(r.err).toContain('#1');
    expect((await cli(['buyer', 'nope.json'])).code).toBe(2);
    expect((await cli(['buyer', '-'], '{')).code).toBe(2);
  });
});
