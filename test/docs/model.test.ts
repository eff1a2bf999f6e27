import { describe, expect, it } from 'vitest';
import { modelFields } from '../../scripts/render-model.js';
import { RULES } from '../../src/index.js';

describe('docs/model.md, generated from the zod schema metadata', () => {
  const fields = modelFields();
  const paths = new Set(fields.map((f) => f.path));

  it('documents every field with its meaning', () => {
    expect(fields.length).toBeGreaterThan(80);
    for (const f of fields) expect(f.description, `${f.path} has no description in the schema`).toBeTruthy();
  });

  it('knows every field a rule says it reads (no typo in a rule’s fields)', () => {
    for (const r of RULES) for (const f of r.fields) expect(paths.has(f), `${r.id} reads ${f}, not in the model`).toBe(true);
  });

  it('lists the new fields of issue 13', () => {
    for (const p of ['provenance', 'globalContract', 'price.standardSuppliesOrServices', 'buyer.kind']) expect(paths.has(p), p).toBe(true);
  });
});
