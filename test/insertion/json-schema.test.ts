import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contractJsonSchema, insertionProgrammeJsonSchema } from '../../src/index.js';

const committed = (file: string) => JSON.parse(readFileSync(`schema/${file}`, 'utf8'));

describe('JSON Schemas shipped in schema/', () => {
  it('insertion-programme.schema.json is the generated schema (run npm run schema after a model change)', () => {
    expect(committed('insertion-programme.schema.json')).toEqual(insertionProgrammeJsonSchema());
  });

  it('contract.schema.json carries the breakdown of completed hours by public', () => {
    expect(committed('contract.schema.json')).toEqual(contractJsonSchema());
  });

  it('requires a deadline on every bucket and lists the publics', () => {
    const s = insertionProgrammeJsonSchema() as {
      properties: Record<string, { items: { required: string[]; properties: Record<string, unknown> } }>;
    };
    expect(s.properties.buckets?.items.required).toContain('deadline');
    expect(s.properties.realised?.items.properties.public).toMatchObject({ enum: expect.arrayContaining(['iae-pathway', 'other']) });
  });

  it('is exported from the package', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.exports['./insertion-programme.schema.json']).toBe('./schema/insertion-programme.schema.json');
  });
});
