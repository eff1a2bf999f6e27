import { describe, expect, it } from 'vitest';
import {
  createTally,
  mapRecord,
  mergeTallyFiles,
  prepareEvaluation,
  RecordTallier,
  summarisePortfolio,
  TALLY_FILE_VERSION,
  type TallyFile,
  TallyFileError,
  TallyMismatchError,
  tallyFromJson,
  tallyToJson,
} from '../../src/index.js';
import { clausierReader } from '../../src/readers/clausier.js';
import { RecordSplitter } from '../../src/readers/stream.js';

const evaluate = prepareEvaluation({ asOf: '2026-11-23' });
const rec = (i: number, year: number) => ({
  id: `c${i % 7}`,
  kind: 'contract',
  amountExclTax: `${1000 + i}.5`,
  dates: { notification: `${year}-0${1 + (i % 9)}-15` },
  advance: { granted: i % 3 === 0 },
  nature: ['works', 'supplies', 'services'][i % 3],
});
const FILES: Record<string, string> = {
  'a.ndjson': `${Array.from({ length: 30 }, (_, i) => JSON.stringify(rec(i, 2024))).join('\n')}\n{bad\n${JSON.stringify(rec(2, 2024))}\n`,
  'b.ndjson': `${Array.from({ length: 20 }, (_, i) => JSON.stringify(rec(i + 100, 2025))).join('\n')}\n`,
};
const sha = (name: string) => (name === 'a.ndjson' ? 'a' : 'b').repeat(64);

function run(names: string[]): TallyFile {
  const tally = createTally({ by: ['year', 'nature'] });
  for (const file of names) {
    const tallier = new RecordTallier(tally, evaluate, { file });
    const splitter = new RecordSplitter();
    for (const r of [...splitter.push(FILES[file] as string), ...splitter.end()]) tallier.add(r, mapRecord(r, clausierReader));
    tallier.finish();
  }
  return {
    asOf: '2026-11-23',
    inputs: names.map((file) => ({ file, format: 'clausier', bytes: (FILES[file] as string).length, sha256: sha(file) })),
    tally,
  };
}
const through = (f: TallyFile) => tallyFromJson(JSON.parse(JSON.stringify(tallyToJson(f))));
const view = (f: TallyFile) => JSON.stringify(summarisePortfolio(f.tally));

describe('tally files', () => {
  it('round-trip through JSON text to the same summary', () => {
    const f = run(['a.ndjson']);
    const back = through(f);
    expect(JSON.parse(view(back))).toEqual(JSON.parse(view(f)));
    expect(view(back)).toBe(view(f));
    expect(back.inputs).toEqual(f.inputs);
    expect(JSON.stringify(tallyToJson(back))).toBe(JSON.stringify(tallyToJson(f)));
  });

  it('merged, give the same report as one run over all the inputs, in any order', () => {
    const whole = run(['a.ndjson', 'b.ndjson']);
    const merged = mergeTallyFiles([through(run(['b.ndjson'])), through(run(['a.ndjson']))]);
    expect(view(merged)).toBe(view(whole));
    expect(merged.inputs.map((i) => i.file)).toEqual(['b.ndjson', 'a.ndjson']);
    const s = summarisePortfolio(merged.tally);
    expect(s.records).toMatchObject({ total: 52, evaluated: 50, rejected: 1, duplicates: 1 });
  });

  it('refuse what cannot be merged: another date, the same input twice, another grouping', () => {
    const a = run(['a.ndjson']);
    expect(() => mergeTallyFiles([a, { ...run(['b.ndjson']), asOf: '2026-11-24' }])).toThrow(/2026-11-24/);
    expect(() => mergeTallyFiles([a, a])).toThrow(TallyMismatchError);
    const renamed = { ...a, inputs: a.inputs.map((i) => ({ ...i, file: 'copy.ndjson' })) };
    expect(() => mergeTallyFiles([a, renamed])).toThrow(/same content/);
    expect(() => mergeTallyFiles([a, { ...run(['b.ndjson']), tally: createTally() }])).toThrow(TallyMismatchError);
    expect(() => mergeTallyFiles([])).toThrow(TallyMismatchError);
  });

  it('refuse a file that is not a tally, another version, or invalid content, naming the path', () => {
    const json = tallyToJson(run(['a.ndjson'])) as Record<string, unknown>;
    expect(() => tallyFromJson({ marches: [] })).toThrow(TallyFileError);
    expect(() => tallyFromJson({ ...json, version: TALLY_FILE_VERSION + 1 })).toThrow(/version 2 is not supported/);
    expect(() => tallyFromJson({ ...json, evaluated: -1 })).toThrow(/\$\.evaluated/);
    const groups = json.groups as Array<Record<string, unknown>>;
    expect(() => tallyFromJson({ ...json, groups: [{ ...groups[0], amount: { units: '1.5', scale: 0 } }] })).toThrow(
      /\$\.groups\[0\]\.amount\.units/,
    );
  });
});
