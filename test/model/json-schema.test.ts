import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contractJsonSchema } from '../../src/index.js';

describe('contract JSON Schema', () => {
  it('is the committed schema/contract.schema.json (run `npm run schema` after changing the model)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schema/contract.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(contractJsonSchema());
  });

  it('describes the input shape: amounts as string or number, dates as date strings, no unknown keys', () => {
    const s = contractJsonSchema() as {
      properties: Record<string, Record<string, unknown>>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(s.required).toEqual(['id', 'kind']);
    expect(s.additionalProperties).toBe(false);
    expect(s.properties.amountExclTax?.type).toEqual(['string', 'number']);
  });
});
