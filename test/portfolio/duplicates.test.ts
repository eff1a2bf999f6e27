import { describe, expect, it } from 'vitest';
import { DuplicateFinder, digestText, digestValue } from '../../src/portfolio/duplicates.js';

const key = (v: unknown) => {
  const d = digestValue(v);
  return `${d.hi}:${d.lo}`;
};

describe('digestValue', () => {
  it('is the same for the same JSON value, however it was written', () => {
    expect(key(JSON.parse('{"a": 1.0, "b": [true, null, "x"]}'))).toBe(key(JSON.parse('{"a":1,"b":[true,null,"x"]}')));
  });

  it('differs on any difference: value, type, order of members, nesting', () => {
    const variants = [
      { a: 1, b: 'x' },
      { a: 2, b: 'x' },
      { a: '1', b: 'x' },
      { b: 'x', a: 1 },
      { a: 1, b: ['x'] },
      { a: 1, b: 'x', c: null },
      { a: 1, bx: '' },
      { ab: 1, b: 'x' },
      [1, 'x'],
      { a: true, b: 'x' },
      { a: 1, b: 'X' },
    ];
    expect(new Set(variants.map(key)).size).toBe(variants.length);
  });

  it('spreads 200 000 distinct records without a collision', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200_000; i++) seen.add(key({ id: `2024-${i}`, montant: i % 977, lot: i % 7 }));
    expect(seen.size).toBe(200_000);
    expect(digestText('')).not.toEqual({ lo: 0, hi: 0 });
  });
});

describe('DuplicateFinder', () => {
  it('finds exact duplicates with the index of the first, and ids shared by differing records', () => {
    const f = new DuplicateFinder('a.json');
    const r0 = { id: 'A', montant: 1 };
    expect(f.see(r0, 'A', 0)).toBe(-1);
    expect(f.see({ id: 'B', montant: 1 }, 'B', 1)).toBe(-1);
    expect(f.see(JSON.parse(JSON.stringify(r0)), 'A', 2)).toBe(0); // exact duplicate of 0
    expect(f.see({ id: 'B', montant: 2 }, 'B', 3)).toBe(-1); // same id, differs
    expect(f.see({ id: 'C' }, 'C', 4)).toBe(-1);
    expect(f.sharedIds()).toEqual({
      ids: 2,
      records: 4,
      differingIds: 1,
      samples: [
        { file: 'a.json', index: 0, id: 'A', records: 2, distinct: 1 },
        { file: 'a.json', index: 1, id: 'B', records: 2, distinct: 2 },
      ],
    });
  });

  it('keeps working as its tables grow (100 000 records, every tenth repeated)', () => {
    const f = new DuplicateFinder();
    let duplicates = 0;
    for (let i = 0; i < 100_000; i++) {
      const n = i % 10 === 9 ? i - 9 : i;
      if (f.see({ id: `X${n}`, n }, `X${n}`, i) >= 0) duplicates++;
    }
    expect(duplicates).toBe(10_000);
    const s = f.sharedIds();
    expect([s.ids, s.records, s.differingIds]).toEqual([10_000, 20_000, 0]);
    expect(s.samples).toHaveLength(20);
    expect(s.samples[0]).toEqual({ index: 0, id: 'X0', records: 2, distinct: 1 });
    expect(f.bytes).toBeLessThan(100_000 * 64);
  });
});
