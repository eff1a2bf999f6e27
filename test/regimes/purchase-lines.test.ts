import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePurchaseLines, purchaseLinesJsonSchema } from '../../src/regimes/purchase-lines.js';
import { parsePurchaseLinesCsv } from '../../src/regimes/read-csv.js';

const agec = {
  regime: 'agec',
  year: 2025,
  buyerId: 'b',
  buyerKind: 'state',
  category: 'textiles',
  amountExclTax: '100',
  reuseExclTax: '10',
};

describe('parsePurchaseLines', () => {
  it('reads amounts exactly, from strings or numbers', () => {
    const r = parsePurchaseLines([
      { ...agec, amountExclTax: 40000.1 },
      { ...agec, amountExclTax: '40000.10' },
    ]);
    expect(r.ok && r.value.map((l) => l.regime === 'agec' && l.amountExclTax)).toEqual(['40000.1', '40000.1']);
  });

  it('lists every problem with its path', () => {
    const r = parsePurchaseLines([
      { ...agec, regime: 'plastics' },
      { ...agec, buyerId: '' },
      { ...agec, colour: 'red' },
      { ...agec, reuseExclTax: '100.01' },
      {
        regime: 'egalim',
        year: 2024,
        buyerId: 'b',
        restaurant: 'r',
        category: 'other',
        amountExclTax: '10',
        sustainableQualityExclTax: '5',
        organicExclTax: '6',
      },
      { regime: 'clean-vehicles', year: 2024, buyerId: 'b', category: 'light', vehicles: 2, lowEmissionVehicles: 3 },
      { ...agec, amountExclTax: '-1' },
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.path, p.code])).toEqual([
      ['$[0].regime', 'regime'],
      ['$[1].buyerId', 'id'],
      ['$[2]', 'unrecognized_keys'],
      ['$[6].amountExclTax', 'money'],
    ]);
    const consistency = parsePurchaseLines([
      { ...agec, reuseExclTax: '100.01' },
      {
        regime: 'egalim',
        year: 2024,
        buyerId: 'b',
        restaurant: 'r',
        category: 'other',
        amountExclTax: '10',
        sustainableQualityExclTax: '5',
        organicExclTax: '6',
      },
      {
        regime: 'clean-vehicles',
        year: 2024,
        buyerId: 'b',
        buyerKind: 'local-authority',
        category: 'light',
        vehicles: 2,
        lowEmissionVehicles: 3,
      },
    ]);
    expect(consistency.ok).toBe(false);
    if (consistency.ok) return;
    expect(consistency.problems.map((p) => [p.path, p.code])).toEqual([
      ['$[0].reuseExclTax', 'part-above-whole'],
      ['$[1].organicExclTax', 'part-above-whole'],
      ['$[2].lowEmissionVehicles', 'part-above-whole'],
      ['$[2].buyerKind', 'contradiction'],
    ]);
  });

  it('refuses a non-array', () => {
    expect(parsePurchaseLines({ lines: [] }).ok).toBe(false);
  });

  it('has a JSON Schema with the three regimes, committed as schema/purchase-lines.schema.json (run `npm run schema`)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schema/purchase-lines.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(purchaseLinesJsonSchema());
    const s = purchaseLinesJsonSchema();
    expect(s.$id).toBe('https://unpkg.com/clausier/schema/purchase-lines.schema.json');
    expect(JSON.stringify(s)).toContain('clean-vehicles');
  });
});

describe('parsePurchaseLinesCsv', () => {
  it('reads a comma CSV, empty cells absent, integers as numbers, amounts exact', () => {
    const r = parsePurchaseLinesCsv(
      '\ufeffregime,year,buyerId,buyerKind,category,amountExclTax,reuseExclTax,recycledExclTax,vehicles,lowEmissionVehicles,fleetSize\n' +
        'agec,2025,b,state,textiles,1000.50,80,,,,\n' +
        '"clean-vehicles",2025,b,state,light,,,,10,5,30\n',
    );
    if (!r.ok) expect.fail(JSON.stringify(r.problems));
    expect(r.value).toEqual([
      { regime: 'agec', year: 2025, buyerId: 'b', buyerKind: 'state', category: 'textiles', amountExclTax: '1000.5', reuseExclTax: '80' },
      {
        regime: 'clean-vehicles',
        year: 2025,
        buyerId: 'b',
        buyerKind: 'state',
        category: 'light',
        vehicles: 10,
        lowEmissionVehicles: 5,
        fleetSize: 30,
      },
    ]);
  });

  it('reads a semicolon CSV and refuses a decimal comma rather than guess it', () => {
    const ok = parsePurchaseLinesCsv('regime;year;buyerId;category;amountExclTax\r\nagec;2025;b;textiles;12.5\r\n');
    expect(ok.ok).toBe(true);
    const r = parsePurchaseLinesCsv('regime;year;buyerId;category;amountExclTax\n\nagec;2025;b;textiles;12,5\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toMatchObject([{ path: 'line 3, column amountExclTax', code: 'money' }]);
  });

  it('names the line of a bad row, and refuses an ambiguous header, an empty file, a short row', () => {
    const r = parsePurchaseLinesCsv('regime,year,buyerId,category,amountExclTax\nagec,2025,b,textiles,1\nagec,20x5,b,textiles,1\n');
    expect(!r.ok && r.problems[0]?.path).toBe('line 3, column year');
    expect(parsePurchaseLinesCsv('regime,year;buyerId\n').ok).toBe(false);
    expect(parsePurchaseLinesCsv('').ok).toBe(false);
    const short = parsePurchaseLinesCsv('regime,year,buyerId,category,amountExclTax\nagec,2025\n');
    expect(!short.ok && short.problems[0]?.code).toBe('csv');
  });
});
