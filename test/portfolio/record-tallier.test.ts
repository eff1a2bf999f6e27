import { describe, expect, it } from 'vitest';
import {
  createTally,
  type MappedRecord,
  mapRecord,
  prepareEvaluation,
  REJECTION_SAMPLE_LIMIT,
  RecordTallier,
  type Rejection,
  type StreamedRecord,
  summarisePortfolio,
} from '../../src/index.js';
import { clausierReader } from '../../src/readers/clausier.js';
import { RecordSplitter } from '../../src/readers/stream.js';
import type { ReadProblem } from '../../src/readers/types.js';

const evaluate = prepareEvaluation({ asOf: '2026-11-23' });
const ok = (id: string, extra: Record<string, unknown> = {}) => ({ id, kind: 'contract', dates: { notification: '2025-03-01' }, ...extra });

/** Tallies NDJSON text as the CLI does, one file. */
function tallyText(text: string, file?: string, onRejection?: (r: Rejection) => void) {
  const tally = createTally();
  const tallier = new RecordTallier(tally, evaluate, { ...(file ? { file } : {}), ...(onRejection ? { onRejection } : {}) });
  const splitter = new RecordSplitter();
  for (const r of [...splitter.push(text), ...splitter.end()]) tallier.add(r, mapRecord(r, clausierReader));
  tallier.finish();
  return { tally, summary: summarisePortfolio(tally) };
}
// The clausier reader names the faulty field first; the splitter says why the text is not JSON.
const REJECTION_CLASSES = [
  ['$.dates.notification', 1, [4]],
  ['invalid JSON', 1, [1]],
];
const lines = (xs: unknown[]) => `${xs.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join('\n')}\n`;

describe('RecordTallier', () => {
  it('accounts for every record: evaluated + rejected + exact duplicates = records read, per file', () => {
    const { summary: s } = tallyText(
      lines([
        ok('a'),
        '{oops',
        ok('b', { amountExclTax: '10' }),
        ok('a'),
        { id: 'c', kind: 'contract', dates: { notification: '2025-02-30' } },
        ok('b'),
      ]),
      'p.ndjson',
    );
    expect(s.records).toMatchObject({ total: 6, evaluated: 3, rejected: 2, duplicates: 1 });
    const [f] = s.dataQuality.files;
    expect(f).toMatchObject({ file: 'p.ndjson', records: 6, evaluated: 3, rejected: 2, duplicates: 1 });
    expect(f?.duplicateSamples).toEqual([{ file: 'p.ndjson', index: 3, first: 0 }]);
    // "a" twice (an exact duplicate), "b" twice with different contents.
    expect(f?.sharedIds).toMatchObject({ ids: 2, records: 4, differingIds: 1 });
    expect(f?.sharedIds.samples.map((x) => [x.id, x.index, x.records, x.distinct])).toEqual([
      ['a', 0, 2, 1],
      ['b', 2, 2, 2],
    ]);
    expect(f?.rejections.map((r) => [r.class, r.count, r.samples])).toEqual(REJECTION_CLASSES);
    // The duplicate is not evaluated: the rules counted 3 contracts.
    expect(s.rules.find((r) => r.rule === 'advance.mandatory')).toMatchObject({ pass: 0 });
    const counted = s.rules.map((r) => r.pass + r.fail + r.notApplicable + r.unknown);
    expect(new Set(counted)).toEqual(new Set([3]));
  });

  it('keeps the first rejections only, counts all of them, and hands every one to onRejection in order', () => {
    const all: Rejection[] = [];
    const { tally, summary: s } = tallyText(
      lines(Array.from({ length: 1000 }, (_, i) => (i % 2 ? '{"y":NaN}' : '{"x":1,}'))),
      undefined,
      (r) => all.push(r),
    );
    expect(s.records.rejected).toBe(1000);
    expect(s.records.total).toBe(1000);
    expect(s.records.rejections).toHaveLength(REJECTION_SAMPLE_LIMIT);
    expect(s.records.rejections.map((r) => r.index)).toEqual(Array.from({ length: REJECTION_SAMPLE_LIMIT }, (_, i) => i));
    expect(all.map((r) => r.index)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(tally.rejections).toHaveLength(REJECTION_SAMPLE_LIMIT);
    expect(JSON.stringify(s).length).toBeLessThan(60_000);
  });

  it('counts the defects of every record read, duplicates included, by class with their first indexes', () => {
    const bad = { id: 'x', kind: 'contract', unknownField: 1 };
    const t = createTally();
    const tallier = new RecordTallier(t, evaluate, { file: 'f' });
    const problems: ReadProblem[] = [{ path: '$.holders[3].id', reason: 'placeholder', code: 'placeholder-id' }];
    for (let i = 0; i < 8; i++) {
      const streamed: StreamedRecord = { index: i, record: { ...bad, n: i % 2 } };
      const c = clausierReader.read(ok('x'));
      if (!c.ok) throw new Error('fixture');
      const mapped: MappedRecord = {
        index: i,
        ok: true,
        contract: c.contract,
        // A problem without a code (a reader of another version, a custom reader): counted by its path.
        problems: i % 2 ? problems : [{ path: '$.a[1]', reason: 'r' } as unknown as ReadProblem],
      };
      tallier.add(streamed, mapped);
    }
    tallier.finish();
    const s = summarisePortfolio(t);
    expect(s.records).toMatchObject({ total: 8, evaluated: 2, duplicates: 6 });
    expect(s.dataQuality.files[0]?.defects).toEqual([
      { class: '$.a[*]', count: 4, records: 4, samples: [0, 2, 4, 6] },
      { class: 'placeholder-id', count: 4, records: 4, samples: [1, 3, 5, 7] },
    ]);
  });

  it('can leave duplicates alone', () => {
    const t = createTally();
    const tallier = new RecordTallier(t, evaluate, { duplicates: false });
    const splitter = new RecordSplitter();
    for (const r of splitter.push(lines([ok('a'), ok('a')]))) tallier.add(r, mapRecord(r, clausierReader));
    tallier.finish();
    expect(summarisePortfolio(t).records).toMatchObject({ evaluated: 2, duplicates: 0 });
  });
});
