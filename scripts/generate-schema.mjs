// Writes schema/contract.schema.json and schema/insertion-programme.schema.json from the built package (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { buyerProfileJsonSchema, contractJsonSchema, insertionProgrammeJsonSchema, purchaseLinesJsonSchema } from '../dist/index.js';

writeFileSync(new URL('../schema/contract.schema.json', import.meta.url), `${JSON.stringify(contractJsonSchema(), null, 2)}\n`);
console.log('schema/contract.schema.json written');
writeFileSync(
  new URL('../schema/insertion-programme.schema.json', import.meta.url),
  `${JSON.stringify(insertionProgrammeJsonSchema(), null, 2)}\n`,
);
console.log('schema/insertion-programme.schema.json written');
writeFileSync(new URL('../schema/purchase-lines.schema.json', import.meta.url), `${JSON.stringify(purchaseLinesJsonSchema(), null, 2)}\n`);
console.log('schema/purchase-lines.schema.json written');
writeFileSync(new URL('../schema/buyer-profile.schema.json', import.meta.url), `${JSON.stringify(buyerProfileJsonSchema(), null, 2)}\n`);
console.log('schema/buyer-profile.schema.json written');
