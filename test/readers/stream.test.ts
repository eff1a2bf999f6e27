import { createReadStream, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clausierReader,
  decpV2Reader,
  type MappedRecord,
  mapRecord,
  mapRecordBatches,
  mapRecords,
  type StreamedRecord,
  streamRecordBatches,
  streamRecords,
} from '../../src/index.js';
import { hasRealFile, realFile, SHARED_SKIP_REASON } from '../support/shared-data.js';

/** Real data-quality fixtures of decp-processing (GPL-3.0): in the team's shared data only, never copied into test/fixtures. */
const DECP_PROCESSING_2022 = 'decp-v2-real/decp-processing_tests_data_decp_test_2022.json';
const DECP_PROCESSING_2019 = 'decp-v1-real/decp-processing_tests_data_decp_test_2019.json';

async function collect(chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>, layout?: 'auto' | 'json' | 'ndjson') {
  const out: StreamedRecord[] = [];
  for await (const r of streamRecords(chunks, layout ? { layout } : {})) out.push(r);
  return out;
}

/** A compact, comparable view: the record's id (or the record), or `error`. */
const view = (rs: readonly StreamedRecord[]) =>
  rs.map((r) => ('error' in r ? `#${r.index} error` : `#${r.index} ${JSON.stringify((r.record as { id?: unknown })?.id ?? r.record)}`));

/** Splits bytes at every possible offset into two chunks, and into single bytes. */
function splits(bytes: Uint8Array): Uint8Array[][] {
  const out: Uint8Array[][] = [];
  for (let k = 0; k <= bytes.length; k++) out.push([bytes.subarray(0, k), bytes.subarray(k)]);
  out.push(Array.from(bytes, (_, i) => bytes.subarray(i, i + 1)));
  return out;
}

describe('streamRecords: layouts', () => {
  it('reads a top-level array, whitespace and all', async () => {
    expect(view(await collect(['  [ {"id":"a"} ,\n {"id":"b"}, 3, null, "x" ] \n']))).toEqual([
      '#0 "a"',
      '#1 "b"',
      '#2 3',
      '#3 null',
      '#4 "x"',
    ]);
  });

  it('reads an empty array and an empty input as no record', async () => {
    expect(await collect(['[]'])).toEqual([]);
    expect(await collect([''])).toEqual([]);
    expect(await collect(['  \n '])).toEqual([]);
  });

  it('reads NDJSON: blank lines skipped, CRLF accepted, a bad line becomes an error and reading goes on', async () => {
    const text = '{"id":"a"}\r\n\r\n{"id": NaN}\n{"id":"c"\n   \n{"id":"d"}\n{"id":"e"}';
    const rs = await collect([text]);
    expect(view(rs)).toEqual(['#0 "a"', '#1 error', '#2 error', '#3 "d"', '#4 "e"']);
    expect((rs[1] as { error: string }).error).toMatch(/^non-JSON token NaN/);
    expect((rs[2] as { error: string }).error).toMatch(/^invalid JSON/);
  });

  it('reads objects one after the other (concatenated JSON) and a single object', async () => {
    expect(view(await collect(['{"id":"a"}{"id":"b"} {"id":"c"}']))).toEqual(['#0 "a"', '#1 "b"', '#2 "c"']);
    expect(view(await collect(['{\n  "id": "only"\n}\n']))).toEqual(['#0 "only"']);
  });

  it('reads the DECP wrappers: {"marches": [...]}, {"marches": {"marche": [...], "contrat-concession": [...]}}, {"concessions": [...]}', async () => {
    expect(view(await collect(['{"marches": [{"id":"1"},{"id":"2"}]}']))).toEqual(['#0 "1"', '#1 "2"']);
    expect(view(await collect(['{"marches": {"marche": [{"id":"m"}], "contrat-concession": [{"id":"c"}]}}']))).toEqual([
      '#0 "m"',
      '#1 "c"',
    ]);
    expect(view(await collect(['{"concessions": [{"id":"c1"}]}']))).toEqual(['#0 "c1"']);
  });

  it('reads a single record written as an object where a list was expected, and reports unknown members of a wrapper', async () => {
    expect(view(await collect(['{"marches": {"marche": {"id":"solo"}, "contrat-concession": [{"id":"c"}]}}']))).toEqual([
      '#0 "solo"',
      '#1 "c"',
    ]);
    expect(view(await collect(['{"marche": {"id":"top"}}']))).toEqual(['#0 "top"']);
    const rs = await collect(['{"marches": {"marche": [{"id":"m"}], "marchés": [{"id":"lost?"}], "version": "2.0.3"}}']);
    expect(view(rs)).toEqual(['#0 "m"', '#1 error']);
    expect((rs[1] as { error: string }).error).toMatch(/unexpected member "marchés" in a wrapper/);
  });

  it('skips the metadata of an OCDS release package and reads its releases', async () => {
    const text = JSON.stringify({
      uri: 'x',
      publisher: { name: 'p', nested: [{ id: 'not a record' }] },
      releases: [{ ocid: 'o1' }, { ocid: 'o2' }],
    });
    const rs = await collect([text]);
    expect(rs.map((r) => ('record' in r ? (r.record as { ocid: string }).ocid : 'error'))).toEqual(['o1', 'o2']);
  });

  it('strips a UTF-8 BOM, in bytes or in text', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('[{"id":"é"}]')]);
    expect(view(await collect([bytes]))).toEqual(['#0 "é"']);
    expect(view(await collect(['\ufeff{"id":"a"}\n{"id":"b"}\n']))).toEqual(['#0 "a"', '#1 "b"']);
  });

  it('turns a record with a bare NaN into an error entry and keeps the others', async () => {
    const rs = await collect(['[{"id":"a","x":NaN},{"id":"b","s":"NaN inside a string is fine"}]']);
    expect(view(rs)).toEqual(['#0 error', '#1 "b"']);
    expect((rs[0] as { error: string }).error).toMatch(/non-JSON token NaN/);
  });

  it('reports mismatched brackets inside a record and goes on with the next one', async () => {
    expect(view(await collect(['[{"id":"a","x":[}], {"id":"b","s":"]}"}]']))).toEqual(['#0 error', '#1 "b"']);
  });

  it('reports input that stops inside a record or a list, without throwing', async () => {
    const rs = await collect(['[{"id":"a"}, {"id":"b", "x": [1, 2']);
    expect(view(rs)).toEqual(['#0 "a"', '#1 error']);
    expect((rs[1] as { error: string }).error).toMatch(/unexpected end of input/);
    const rs2 = await collect(['{"marches": [{"id":"a"}']);
    expect(view(rs2)).toEqual(['#0 "a"', '#1 error']);
  });

  it('stops with one error when the structure between records is broken', async () => {
    const rs = await collect(['{"marches": {"marche": [{"id":"a"}] ]], "x": 1}']);
    expect(view(rs)).toEqual(['#0 "a"', '#1 error']);
    // A record with unbalanced brackets swallows the next one, then the wrapper's end cannot be found.
    expect(view(await collect(['{"marches": [{"id":"a"}, {"b":[1,2}, {"id":"c"} ]}']))).toEqual(['#0 "a"', '#1 error', '#2 error']);
  });

  it('honours an explicit layout', async () => {
    // Pretty-printed records are not NDJSON: forcing ndjson makes each line a (bad) record.
    const pretty = '{\n"id": "a"\n}\n';
    expect(view(await collect([pretty], 'json'))).toEqual(['#0 "a"']);
    expect(view(await collect([pretty], 'ndjson'))).toEqual(['#0 error', '#1 error', '#2 error']);
  });
});

describe('streamRecords: chunk boundaries', () => {
  const cases: [string, string, string[]][] = [
    [
      'array with escapes and multi-byte characters',
      '[{"id":"a\\"]}","t":"é€😀"},{"id":"b\\\\"}, 7]',
      ['#0 "a\\"]}"', '#1 "b\\\\"', '#2 7'],
    ],
    ['NDJSON with a bad line', '{"id":"a"}\n{"id":NaN}\n\n{"id":"c"}\n', ['#0 "a"', '#1 error', '#2 "c"']],
    [
      'DECP 2.0.3 wrapper with BOM',
      '\ufeff{"marches":{"marche":[{"id":"m1","o":{"a":[1,{"b":"}"}]}}],"contrat-concession":[{"id":"c1"}]}}',
      ['#0 "m1"', '#1 "c1"'],
    ],
    ['top-level scalar', '  42  ', ['#0 42']],
    [
      'single record in a wrapper',
      '{"marches":{"marche":{"id":"s","x":[{"y":"]"}]},"contrat-concession":{"id":"c"}}}',
      ['#0 "s"', '#1 "c"'],
    ],
  ];
  it.each(cases)('%s: same records whatever the split', async (_name, text, expected) => {
    const bytes = new TextEncoder().encode(text);
    for (const chunks of splits(bytes)) expect(view(await collect(chunks))).toEqual(expected);
    // Text chunks split at every character too (a BOM only at the start).
    for (let k = 0; k <= text.length; k++) expect(view(await collect([text.slice(0, k), text.slice(k)]))).toEqual(expected);
  });
});

describe('streamRecords: real DECP files', () => {
  it('reads the combined 2.0.3 example (marchés and concessions) with tabs and odd line breaks', async () => {
    const rs = await collect([readFileSync(realFile('decp-v2-examples/marches_concessions.json'))]);
    expect(view(rs)).toEqual(['#0 "0612202306122024"', '#1 "0612202306122023"', '#2 "TEST2022"', '#3 "TEST2022Bis"']);
    const rs2 = await collect([readFileSync(realFile('decp-v2-examples/marches_avec_modifications.json'))]);
    expect(rs2.every((r) => 'record' in r)).toBe(true);
  });

  it('gives the same records as JSON.parse on every real file that is valid JSON', async () => {
    for (const f of [
      'decp-v2-examples/concessions.json',
      'decp-v2-examples/concessions_avec_modifications.json',
      'decp-v2-examples/marches_avec_modifications.json',
      'decp-v2-real/megalis-bretagne_decp-59920013600241-2024-07-09-01.json',
      'decp-v1-real/v1_data.gouv.fr_pes_sample150.json',
      'decp-v1-real/v1_e-marchespublics_sample150.json',
      ...(hasRealFile(DECP_PROCESSING_2019) ? [DECP_PROCESSING_2019] : []),
    ]) {
      const text = readFileSync(realFile(f), 'utf8');
      const parsed = JSON.parse(text) as { marches: unknown[] | Record<string, unknown[]> };
      const expected = Array.isArray(parsed.marches) ? parsed.marches : Object.values(parsed.marches).flat();
      // Small chunks, as a file stream gives them.
      const bytes = readFileSync(realFile(f));
      const chunks = Array.from({ length: Math.ceil(bytes.length / 997) }, (_, i) => bytes.subarray(i * 997, (i + 1) * 997));
      const rs = await collect(chunks);
      expect(
        rs.map((r) => ('record' in r ? r.record : r.error)),
        f,
      ).toEqual(expected);
    }
  });

  it('reads a Node file stream in small chunks (multi-byte characters cut between chunks)', async () => {
    const rs = await collect(createReadStream(realFile('decp-v1-real/v1_e-marchespublics_sample150.json'), { highWaterMark: 61 }));
    expect(rs).toHaveLength(150);
    expect(rs.every((r) => 'record' in r)).toBe(true);
    const names = rs.map((r) => ('record' in r ? (r.record as { acheteur: { nom: string } }).acheteur.nom : ''));
    expect(names).toContain('SDIS de la Vendée');
  });

  it.skipIf(!hasRealFile(DECP_PROCESSING_2022))(
    `keeps reading after the record with a bare NaN in the decp-processing fixture (${SHARED_SKIP_REASON})`,
    async () => {
      const rs = await collect([readFileSync(realFile(DECP_PROCESSING_2022))]);
      expect(view(rs)).toEqual(['#0 "2022VI2022.242"', '#1 "2020F00075"', '#2 error', '#3 "2019K1209"', '#4 "202207LOT03"']);
      expect((rs[2] as { error: string }).error).toMatch(/non-JSON token NaN/);
    },
  );
});

describe('streamRecords: scale', () => {
  it('streams 200 000 generated records in bounded chunks, as NDJSON and as a wrapped array', async () => {
    const N = 200_000;
    const record = (i: number) =>
      JSON.stringify({ id: `m-${i}`, montant: 40_000 + (i % 997), considerationsSociales: { considerationSociale: ['Clause sociale'] } });
    async function* ndjson() {
      for (let i = 0; i < N; i += 1000) {
        let s = '';
        for (let j = i; j < i + 1000; j++) s += `${j % 5000 === 17 ? '{"id": NaN}' : record(j)}\n`;
        yield s;
      }
    }
    async function* wrapped() {
      yield '{"marches": {"marche": [';
      for (let i = 0; i < N; i += 1000) {
        let s = '';
        for (let j = i; j < i + 1000; j++) s += `${j === 0 ? '' : ','}${record(j)}`;
        yield s;
      }
      yield ']}}';
    }
    for (const [source, bad] of [
      [ndjson, N / 5000],
      [wrapped, 0],
    ] as const) {
      let count = 0;
      let errors = 0;
      let lastIndex = -1;
      let sum = 0;
      for await (const r of streamRecords(source())) {
        expect(r.index).toBe(lastIndex + 1);
        lastIndex = r.index;
        count++;
        if ('error' in r) errors++;
        else sum += (r.record as { montant: number }).montant - 40_000;
      }
      expect(count).toBe(N);
      expect(errors).toBe(bad);
      expect(sum).toBeGreaterThan(0);
    }
  }, 120_000); // ~3 s alone; several engineers' suites share two cores here
});

describe('mapRecords', () => {
  it('accounts for every record: mapped, rejected by the reader, or not JSON', async () => {
    const text = '[{"id":"a","kind":"contract"}, {"kind":"contract"}, {"id":"c","kind":"contract","x":NaN}, 5]';
    const out = [];
    for await (const m of mapRecords(streamRecords([text]), clausierReader)) out.push(m);
    expect(out.map((m) => [m.index, m.ok])).toEqual([
      [0, true],
      [1, false],
      [2, false],
      [3, false],
    ]);
    expect(out[2]?.ok === false && out[2].reason).toMatch(/NaN/);
  });

  it.skipIf(!hasRealFile(DECP_PROCESSING_2022))(`maps a real DECP file: total = mapped + rejected (${SHARED_SKIP_REASON})`, async () => {
    let total = 0;
    let mapped = 0;
    const rejected: { index: number; reason: string }[] = [];
    for await (const m of mapRecords(streamRecords([readFileSync(realFile(DECP_PROCESSING_2022))]), decpV2Reader)) {
      total++;
      if (m.ok) mapped++;
      else rejected.push({ index: m.index, reason: m.reason });
    }
    expect({ total, mapped }).toEqual({ total: 5, mapped: 4 });
    expect(rejected).toEqual([{ index: 2, reason: expect.stringMatching(/NaN/) }]);
  });

  it('turns a reader that throws into a rejection', async () => {
    const throwing = {
      format: 'clausier' as const,
      read(): never {
        throw new Error('boom');
      },
    };
    const out = [];
    for await (const m of mapRecords(streamRecords(['[{}]']), throwing)) out.push(m);
    expect(out).toEqual([{ index: 0, ok: false, reason: 'reader error: boom', problems: [] }]);
  });
});

describe('streamRecordBatches and mapRecordBatches', () => {
  const text = '{"id":"a","kind":"contract"}\n{"id":"b"}\nnot json\n{"id":"d","kind":"contract"}\n{"id":"e","kind":"contract"}';

  it('yields one array per chunk, never an empty one, with the same records as streamRecords', async () => {
    const chunks = [text.slice(0, 20), text.slice(20, 21), text.slice(21, 60), text.slice(60)];
    const batches: StreamedRecord[][] = [];
    for await (const b of streamRecordBatches(chunks)) batches.push(b);
    expect(batches.every((b) => b.length > 0)).toBe(true);
    expect(batches.length).toBeGreaterThan(1);
    expect(view(batches.flat())).toEqual(view(await collect(chunks)));
    expect(batches.flat().map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('yields the last record, completed only by the end of the input, in a final batch', async () => {
    const batches: StreamedRecord[][] = [];
    for await (const b of streamRecordBatches(['{"id":"a"}\n{"id":"b"}'])) batches.push(b);
    expect(batches.map((b) => b.map((r) => r.index))).toEqual([[0], [1]]);
  });

  it('yields nothing for an empty input', async () => {
    const batches: StreamedRecord[][] = [];
    for await (const b of streamRecordBatches(['', '  \n'])) batches.push(b);
    expect(batches).toEqual([]);
  });

  it('maps batches exactly as mapRecords maps records', async () => {
    const one: MappedRecord[] = [];
    for await (const m of mapRecords(streamRecords([text]), clausierReader)) one.push(m);
    const batched: MappedRecord[] = [];
    for await (const b of mapRecordBatches(streamRecordBatches([text.slice(0, 30), text.slice(30)]), clausierReader)) batched.push(...b);
    expect(batched).toEqual(one);
    expect(one.map((m) => [m.index, m.ok])).toEqual([
      [0, true],
      [1, false],
      [2, false],
      [3, true],
      [4, true],
    ]);
  });

  it('mapRecord keeps the reader result members and the index', () => {
    const ok = mapRecord({ index: 7, record: { id: 'x', kind: 'contract' } }, clausierReader);
    expect(ok).toMatchObject({ index: 7, ok: true, contract: { id: 'x' }, problems: [] });
    expect(mapRecord({ index: 8, error: 'invalid JSON: x' }, clausierReader)).toEqual({
      index: 8,
      ok: false,
      reason: 'invalid JSON: x',
      problems: [],
    });
  });
});

describe('streamRecords: properties', () => {
  const splitAt = (text: string, cuts: number[]) => {
    const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
    const out: string[] = [];
    let last = 0;
    for (const p of points) {
      out.push(text.slice(last, p));
      last = p;
    }
    out.push(text.slice(last));
    return out;
  };

  it('gives back the elements of any JSON array, in any wrapper, whatever the chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }),
        fc.constantFrom('array', 'marches', 'marche', 'releases'),
        fc.array(fc.nat(), { maxLength: 5 }),
        async (values, wrapper, cuts) => {
          const body = JSON.stringify(values, null, cuts.length % 2 === 0 ? 0 : 1);
          const text =
            wrapper === 'array'
              ? body
              : wrapper === 'marche'
                ? `{"marches": {"marche": ${body}}}`
                : `{"meta": {"x": [1]}, "${wrapper}": ${body}}`;
          const rs = await collect(splitAt(text, cuts));
          expect(rs.map((r) => ('record' in r ? r.record : r))).toEqual(JSON.parse(JSON.stringify(values)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws nor hangs on arbitrary text, and numbers its entries 0, 1, 2…', async () => {
    const alphabet = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      '"',
      ',',
      ':',
      '\\',
      ' ',
      '\n',
      'a',
      '1',
      'N',
      'é',
      '"id"',
      '"marches"',
      '"marche"',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(alphabet, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 4 }), async (parts, cuts) => {
        const text = parts.join('');
        const rs = await collect(splitAt(text, cuts));
        rs.forEach((r, i) => {
          expect(r.index).toBe(i);
        });
        // The same entries whatever the chunks.
        expect(await collect([text])).toEqual(rs);
      }),
      { numRuns: 2000 },
    );
  });
});
