// Writes schema/contract.schema.json from the built package (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { contractJsonSchema } from '../dist/index.js';

writeFileSync(new URL('../schema/contract.schema.json', import.meta.url), `${JSON.stringify(contractJsonSchema(), null, 2)}\n`);
console.log('schema/contract.schema.json written');
