import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ContractSchema, InsertionProgrammeSchema, OwnTargetsSchema, toInputProblem } from '../../src/index.js';
import { CONTRACT_MESSAGES, defineSchemaMessage, schemaMessage } from '../../src/model/schema-messages.js';

describe('the messages of clausier’s schemas', () => {
  it('are readable English sentences with a French twin and a code', () => {
    for (const en of Object.values(CONTRACT_MESSAGES)) {
      expect(en).not.toMatch(/clausier:|^[\w-]+$/);
      const m = schemaMessage(en);
      expect(m?.fr).toBeTruthy();
      expect(m?.fr).not.toBe(en);
      expect(m?.code).toMatch(/^[a-z-]+$/);
    }
  });

  it('refuse two meanings for one English text', () => {
    expect(() => defineSchemaMessage('other', 'autre', CONTRACT_MESSAGES.money)).toThrow(/share the English text/);
    expect(defineSchemaMessage('money', schemaMessage(CONTRACT_MESSAGES.money)?.fr ?? '', CONTRACT_MESSAGES.money)).toBe(
      CONTRACT_MESSAGES.money,
    );
  });

  it('reach a user’s own composition as they are, and toInputProblem gives them in French', () => {
    const r = z.array(ContractSchema).safeParse([{ id: 'a', kind: 'contract', amountExclTax: 'x', advance: { rate: 2 } }]);
    expect(r.success).toBe(false);
    const issues = r.error?.issues ?? [];
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['0.amountExclTax', CONTRACT_MESSAGES['money-not-a-number']],
      ['0.advance.rate', CONTRACT_MESSAGES.share],
    ]);
    expect(issues.map((i) => toInputProblem(i))).toEqual([
      {
        path: '$[0].amountExclTax',
        code: 'money',
        message: { fr: 'montant illisible : écrire une chaîne décimale comme "40000.00"', en: CONTRACT_MESSAGES['money-not-a-number'] },
      },
      {
        path: '$[0].advance.rate',
        code: 'share',
        message: { fr: 'part attendue : un nombre entre 0 et 1 (0.55 = 55 %)', en: CONTRACT_MESSAGES.share },
      },
    ]);
  });

  it('toInputProblem says "required" only when the parse reported the input (reportInput)', () => {
    const wrongType = { id: 'a', kind: 'contract', title: 5 };
    const missing = { id: 'a' };
    const plain = (x: unknown) => (ContractSchema.safeParse(x).error?.issues ?? []).map(toInputProblem);
    const reported = (x: unknown) => (ContractSchema.safeParse(x, { reportInput: true }).error?.issues ?? []).map(toInputProblem);
    expect(plain(wrongType).map((p) => p.code)).toEqual(['invalid_type']);
    expect(reported(wrongType).map((p) => p.code)).toEqual(['invalid_type']);
    expect(reported(missing).map((p) => [p.path, p.code])).toEqual([['$.kind', 'required']]);
    expect(plain(missing).map((p) => [p.path, p.code])).toEqual([['$.kind', 'invalid_value']]);
  });
});

describe('the exported schemas are plain zod objects', () => {
  const schemas: [string, z.ZodObject][] = [
    ['ContractSchema', ContractSchema as unknown as z.ZodObject],
    ['InsertionProgrammeSchema', InsertionProgrammeSchema as unknown as z.ZodObject],
    ['OwnTargetsSchema', OwnTargetsSchema as unknown as z.ZodObject],
  ];
  it.each(schemas)('%s: an object schema with its shape, extend and pick', (_, schema) => {
    expect(schema).toBeInstanceOf(z.ZodObject);
    expect(schema._zod.def.type).toBe('object');
    const [first] = Object.keys(schema.shape);
    expect(first).toBeDefined();
    expect(Object.keys(schema.extend({ zz: z.string() }).shape)).toContain('zz');
    expect(Object.keys(schema.pick({ [first as string]: true } as Record<string, true> & Record<number, never>).shape)).toEqual([first]);
  });
});
