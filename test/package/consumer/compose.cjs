// The CommonJS side of compose.mjs: `require('clausier')` beside the consumer's own zod.
const assert = require('node:assert/strict');
const z = require('zod');
const { ContractSchema, parseContract, toInputProblem } = require('clausier');

assert.equal(ContractSchema.constructor, z.ZodObject);
const Envelope = z.object({ c: ContractSchema.extend({ extra: z.boolean() }) });
const ok = Envelope.parse({ c: { id: 'C', kind: 'contract', amountExclTax: 12.5, extra: true } });
assert.equal(ok.c.amountExclTax, '12.5');
const ko = Envelope.safeParse({ c: { id: '', kind: 'contract', amountExclTax: 'abc', extra: true } });
const messages = ko.error.issues.map((i) => i.message);
assert.deepEqual(messages, ['expected an identifier: a non-empty string', 'unreadable amount: write a decimal string such as "40000.00"']);
assert.deepEqual(
  ko.error.issues.map((i) => toInputProblem(i).message.fr),
  ['identifiant attendu : une chaîne non vide', 'montant illisible : écrire une chaîne décimale comme "40000.00"'],
);
assert.equal(parseContract({ id: 'C', kind: 'contract' }).ok, true);
console.log('cjs ok');
