import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addIndexSample, addSample, comparePositions, mergeIndexSamples, mergeSamples, sortedCounts } from '../../src/portfolio/samples.js';

const entry = fc.record({ file: fc.constantFrom('a.json', 'b.json'), index: fc.nat(50), reason: fc.constantFrom('x', 'y') });

describe('capped samples', () => {
  it('keep the lowest positions, sorted, whatever the order they come in', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.integer({ min: 1, max: 8 }), (items, limit) => {
        const list: typeof items = [];
        for (const x of items) addSample(list, x, limit);
        const expected = [...items]
          .sort(
            (p, q) =>
              comparePositions(p, q) || (JSON.stringify(p) < JSON.stringify(q) ? -1 : JSON.stringify(p) > JSON.stringify(q) ? 1 : 0),
          )
          .slice(0, limit);
        expect(list).toEqual(expected);
      }),
    );
  });

  it('merge: the samples of two parts are the samples of the whole', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), fc.array(entry, { maxLength: 30 }), fc.integer({ min: 1, max: 6 }), (a, b, limit) => {
        const sa: typeof a = [];
        const sb: typeof b = [];
        const whole: typeof a = [];
        for (const x of a) addSample(sa, x, limit);
        for (const x of b) addSample(sb, x, limit);
        for (const x of [...b, ...a]) addSample(whole, x, limit);
        expect(mergeSamples(sa, sb, limit)).toEqual(whole);
        expect(mergeSamples(sb, sa, limit)).toEqual(whole);
      }),
    );
  });

  it('index samples: lowest, sorted, without repeats', () => {
    const list: number[] = [];
    for (const i of [9, 3, 3, 7, 1, 8]) addIndexSample(list, i, 3);
    expect(list).toEqual([1, 3, 7]);
    expect(mergeIndexSamples([1, 5], [2, 5, 6], 3)).toEqual([1, 2, 5]);
  });

  it('orders unnamed inputs first, then by file name, then index', () => {
    expect([{ file: 'b', index: 0 }, { index: 9 }, { file: 'a', index: 2 }].sort(comparePositions)).toEqual([
      { index: 9 },
      { file: 'a', index: 2 },
      { file: 'b', index: 0 },
    ]);
  });

  it('sorts counts by count, then key', () => {
    expect(
      sortedCounts(
        new Map([
          ['b', 2],
          ['a', 2],
          ['c', 5],
        ]),
      ),
    ).toEqual([
      ['c', 5],
      ['a', 2],
      ['b', 2],
    ]);
  });
});
