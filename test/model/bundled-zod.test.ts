import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';

// dist/ bundles its own copy of zod (tsup.config.ts, `noExternal`); a consumer composes clausier's exported schemas
// with the zod it installed itself — here the one in node_modules, a different module instance. zod 4 schemas talk
// to each other through their `_zod` internals, and zod keeps its registry (`.meta()`) and config on globalThis,
// so composition, metadata and JSON Schema cross the two copies. `npm test` builds before testing.
type Clausier = typeof import('../../src/index.js');
const esmUrl = new URL('../../dist/index.js', import.meta.url);
const cjsPath = fileURLToPath(new URL('../../dist/index.cjs', import.meta.url));
const built = existsSync(fileURLToPath(esmUrl)) && existsSync(cjsPath);

const esm = built ? ((await import(esmUrl.href)) as Clausier) : undefined;
const require = createRequire(import.meta.url);
const cjs = built ? (require(cjsPath) as Clausier) : undefined;
const cjsZod = require('zod') as typeof z;

const valid = { id: 'C-1', kind: 'contract', amountExclTax: '40000.10', dates: { notification: '2026-01-05' } };
const invalid = { id: 'C-2', kind: 'lease', amountExclTax: -1 };
const programme = {
  id: 'P',
  start: '2026-01-01',
  end: '2026-12-31',
  buckets: [{ id: 'works', targetHours: 120, deadline: '2026-12-31' }],
};

describe('dist bundles zod', () => {
  it('is built (run `npm run build` first)', () => expect(built).toBe(true));

  describe.each([
    ['ESM', () => esm as Clausier, z],
    ['CJS', () => cjs as Clausier, cjsZod],
  ] as const)('%s build with the consumer’s own zod', (_, load, zc) => {
    it('exports schemas that the consumer’s zod recognises and that parse on their own', () => {
      const { ContractSchema } = load();
      // A copy of its own: not built by the consumer's zod classes, yet recognised by them.
      expect(ContractSchema.constructor).not.toBe(zc.lazy(() => zc.string()).constructor);
      expect(ContractSchema).toBeInstanceOf(zc.ZodType);
      const ok = ContractSchema.safeParse(valid);
      expect(ok.success && ok.data.amountExclTax).toBe('40000.1');
      const ko = ContractSchema.safeParse(invalid);
      expect(ko.success).toBe(false);
      expect(() => ContractSchema.parse(invalid)).toThrow(zc.ZodError);
    });

    it('composes into the consumer’s objects and arrays, with transforms and paths', () => {
      const c = load();
      const Envelope = zc.object({ contract: c.ContractSchema, receivedAt: zc.string() });
      const ok = Envelope.safeParse({ contract: valid, receivedAt: 'now' });
      expect(ok.success).toBe(true);
      expect(ok.data?.contract.amountExclTax).toBe('40000.1');
      const ko = Envelope.safeParse({ contract: invalid, receivedAt: 'now' });
      expect(ko.success).toBe(false);
      expect(ko.error?.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
        ['contract.kind', 'invalid_value'],
        ['contract.amountExclTax', 'custom'],
      ]);
      const batch = zc.array(c.ContractSchema.optional()).safeParse([valid, undefined]);
      expect(batch.success).toBe(true);
      const compiled = zc.compile(Envelope).safeParse({ contract: valid, receivedAt: 'now' });
      expect(compiled).toEqual(ok);
    });

    it('composes the programme and targets schemas too', () => {
      const c = load();
      const p = zc.object({ programme: c.InsertionProgrammeSchema }).safeParse({ programme });
      expect(p.success && p.data.programme.buckets[0]?.targetHours).toBe('120');
      const t = zc
        .array(c.OwnTargetsSchema)
        .safeParse([{ name: 'OPH', targets: [{ indicator: 'reserved', year: 2026, minAmount: 12.5 }] }]);
      expect(t.success && t.data[0]?.targets[0]?.minAmount).toBe('12.5');
      expect(zc.array(c.OwnTargetsSchema).safeParse([{ name: 'OPH', targets: [{ indicator: 'reserved' }] }]).success).toBe(false);
    });

    it('keeps metadata across the copies: the consumer’s JSON Schema matches the shipped one', () => {
      const c = load();
      expect(c.ContractSchema.description).toMatch(/French public contract/);
      const { $id: _contractId, ...contract } = c.contractJsonSchema();
      expect(zc.toJSONSchema(c.ContractSchema, { io: 'input', target: 'draft-2020-12' })).toEqual(contract);
      const { $id: _programmeId, ...programmeSchema } = c.insertionProgrammeJsonSchema();
      expect(zc.toJSONSchema(c.InsertionProgrammeSchema, { io: 'input', target: 'draft-2020-12' })).toEqual(programmeSchema);
      const nested = zc.toJSONSchema(zc.object({ contract: c.ContractSchema }), { io: 'input' }) as unknown as {
        properties: { contract: { title?: string; required?: string[] } };
      };
      expect(nested.properties.contract.title).toBe('clausier contract');
      expect(nested.properties.contract.required).toEqual(['id', 'kind']);
    });

    it('answers parseContract the same as the schema', () => {
      const c = load();
      expect(c.parseContract(valid)).toEqual({ ok: true, value: c.ContractSchema.parse(valid) });
      expect(c.parseContract(invalid).ok).toBe(false);
    });
  });

  it('builds no schema at import: ContractSchema, InsertionProgrammeSchema and OwnTargetsSchema are built on first use', () => {
    // zod calls globalThis.__zod_globalConfig.postProcessor on every schema it constructs, in any copy.
    const script = `let n = 0; globalThis.__zod_globalConfig = { postProcessor() { n++; } };
      const c = await import(${JSON.stringify(esmUrl.href)}); const atImport = n;
      c.parseContract({ id: 'x', kind: 'contract' }); console.log(JSON.stringify([atImport, n]));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const [atImport, afterParse] = JSON.parse(r.stdout) as [number, number];
    expect(atImport).toBeLessThanOrEqual(6); // the three z.lazy wrappers and their .meta() clones
    expect(afterParse).toBeGreaterThan(100);
  });
});
