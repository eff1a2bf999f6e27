import { describe, expect, it } from 'vitest';
import { CsvHeaderError, streamCsvRecordBatches } from '../../src/cli/csv-stream.js';
import type { StreamedRecord } from '../../src/readers/stream.js';

async function read(chunks: string[], options = {}): Promise<StreamedRecord[]> {
  const out: StreamedRecord[] = [];
  for await (const batch of streamCsvRecordBatches(chunks, options)) out.push(...batch);
  return out;
}

describe('streamCsvRecordBatches', () => {
  it('reads rows as records keyed by the header: BOM, ; sniffed, quotes, doubled quotes, line breaks in quotes, CRLF', async () => {
    const text = '\uFEFFid;objet;montant\r\n1;"Lot 1; ""voirie""\nsuite";100.5\r\n2;Plain, with comma;7\r\n';
    expect(await read([text])).toEqual([
      { index: 0, record: { id: '1', objet: 'Lot 1; "voirie"\nsuite', montant: '100.5' } },
      { index: 1, record: { id: '2', objet: 'Plain, with comma', montant: '7' } },
    ]);
  });

  it('gives the same records however the input is cut, down to one character per chunk, in UTF-8 bytes too', async () => {
    const text = 'a,b\n"é,è",2\n3,"x\ny"\n\n4,5';
    const whole = await read([text]);
    expect(whole).toHaveLength(3);
    expect(await read([...text])).toEqual(whole);
    const bytes = new TextEncoder().encode(text);
    const out: StreamedRecord[] = [];
    for await (const b of streamCsvRecordBatches([...bytes].map((x) => new Uint8Array([x])))) out.push(...b);
    expect(out).toEqual(whole);
  });

  it('accounts for every row: a wrong number of cells or a broken quote is an error entry, and reading goes on', async () => {
    const out = await read(['a;b\n1;2\n3;4;5\n6;"bad"x\n7;8\n']);
    expect(out[0]).toEqual({ index: 0, record: { a: '1', b: '2' } });
    expect(out[1]).toEqual({ index: 1, error: 'CSV row at line 3: 3 cells, the header has 2' });
    expect(out[2]).toMatchObject({ index: 2, error: expect.stringMatching(/^unreadable CSV row at line 4: Invalid Closing Quote/) });
    expect(out.map((r) => r.index)).toEqual(out.map((_, i) => i));
  });

  it('refuses an empty input, a header naming a column twice, or what checkHeader refuses', async () => {
    await expect(read([''])).rejects.toThrow(CsvHeaderError);
    await expect(read(['a;a\n1;2\n'])).rejects.toThrow(/column "a" twice/);
    const refuse = () => {
      throw new Error('no id column');
    };
    await expect(read(['x;y\n1;2\n'], { checkHeader: refuse })).rejects.toThrow('no id column');
  });

  it('takes a delimiter when given', async () => {
    expect(await read(['a|b\n1|2\n'], { delimiter: '|' })).toEqual([{ index: 0, record: { a: '1', b: '2' } }]);
  });
});
