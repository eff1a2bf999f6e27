// Run by test/package/consumer.test.ts inside a throwaway project where clausier is installed beside one zod
// version (the lowest or the newest that clausier's range allows): checks what a consumer composing the exported
// schemas with its own zod gets. Prints a JSON summary on success; an assertion error (exit 1) otherwise.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  ContractSchema,
  contractJsonSchema,
  evaluateContract,
  InsertionProgrammeSchema,
  OwnTargetsSchema,
  parseContract,
  toInputProblem,
} from 'clausier';
import * as z from 'zod';

const zodVersion = JSON.parse(readFileSync(new URL('./node_modules/zod/package.json', import.meta.url), 'utf8')).version;
const valid = { id: 'C-1', kind: 'contract', amountExclTax: '40000.10', dates: { notification: '2026-01-05' } };
const invalid = { id: 'C-2', kind: 'lease', amountExclTax: -1, dates: { notification: '2026-02-30' }, cpv: ['4500'] };

// One zod in the project: clausier's schemas are instances of the consumer's classes (npm deduped them).
assert.equal(ContractSchema.constructor, z.ZodObject);
assert.ok(ContractSchema instanceof z.ZodObject);
assert.equal(ContractSchema._zod.def.type, 'object');

// .extend(), .pick(), .shape, .partial(), nesting.
const Received = ContractSchema.extend({ receivedAt: z.string() });
const received = Received.parse({ ...valid, receivedAt: '2026-01-06' });
assert.equal(received.amountExclTax, '40000.1');
assert.equal(received.receivedAt, '2026-01-06');
assert.deepEqual(ContractSchema.pick({ id: true, kind: true }).parse({ id: 'x', kind: 'concession' }), { id: 'x', kind: 'concession' });
assert.ok(Object.keys(ContractSchema.shape).includes('amountExclTax'));
assert.equal(ContractSchema.partial().safeParse({}).success, true);
const Envelope = z.object({ c: ContractSchema, n: z.number() });
assert.equal(Envelope.parse({ c: valid, n: 1 }).c.amountExclTax, '40000.1');

// A composed parse reports readable messages, never internal keys, with their paths.
const ko = Envelope.safeParse({ c: invalid, n: 1 });
assert.equal(ko.success, false);
const issues = ko.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
for (const i of issues) assert.doesNotMatch(i.message, /clausier:|^Invalid input$/, JSON.stringify(i));
const byPath = Object.fromEntries(issues.map((i) => [i.path, i.message]));
assert.equal(byPath['c.amountExclTax'], 'an amount cannot be negative');
assert.equal(byPath['c.dates.notification'], 'expected a calendar date YYYY-MM-DD (no time, no time zone)');
assert.match(byPath['c.cpv.0'], /^expected a CPV code/);
assert.match(byPath['c.kind'], /contract|concession/);
// …and the same issues in French through toInputProblem.
const problems = ko.error.issues.map(toInputProblem);
const fr = Object.fromEntries(problems.map((p) => [p.path, p.message.fr]));
assert.equal(fr['$.c.amountExclTax'], 'un montant ne peut pas être négatif');
assert.match(fr['$.c.dates.notification'], /^date calendaire attendue/);
assert.match(fr['$.c.kind'], /^valeur attendue parmi/);
assert.equal(problems.find((p) => p.path === '$.c.amountExclTax').code, 'money');

// JSON Schema by the consumer's zod, equal to the one clausier ships.
const { $id, ...shipped } = contractJsonSchema();
assert.deepEqual(z.toJSONSchema(ContractSchema, { io: 'input', target: 'draft-2020-12' }), shipped);
const nested = z.toJSONSchema(z.object({ c: ContractSchema }), { io: 'input' });
assert.equal(nested.properties.c.title, 'clausier contract');
assert.deepEqual(nested.properties.c.required, ['id', 'kind']);

// The other exported schemas are plain objects too.
const programme = { id: 'P', start: '2026-01-01', end: '2026-12-31', buckets: [{ id: 'works', targetHours: 120, deadline: '2026-12-31' }] };
assert.equal(InsertionProgrammeSchema.extend({ owner: z.string() }).parse({ ...programme, owner: 'x' }).buckets[0].targetHours, '120');
assert.ok('buckets' in InsertionProgrammeSchema.shape);
const noDeadline = z.object({ p: InsertionProgrammeSchema }).safeParse({ p: { ...programme, buckets: [{ id: 'w', targetHours: -3 }] } });
for (const i of noDeadline.error.issues) assert.doesNotMatch(i.message, /clausier:/);
assert.ok(noDeadline.error.issues.some((i) => i.message === 'a number of hours cannot be negative'));
assert.equal(OwnTargetsSchema.pick({ name: true }).parse({ name: 'OPH' }).name, 'OPH');
assert.ok('targets' in OwnTargetsSchema.shape);

// The library works on this zod (compiled parser included) and on the dates and decimals installed beside it.
assert.deepEqual(parseContract(valid), { ok: true, value: ContractSchema.parse(valid) });
const example = JSON.parse(readFileSync(new URL('./price-variation.json', import.meta.url), 'utf8'));
const evaluation = evaluateContract(example, { asOf: '2026-11-01', locale: 'en' });

console.log(JSON.stringify({ zod: zodVersion, statuses: evaluation.findings.map((f) => [f.rule, f.status]), problems }));
