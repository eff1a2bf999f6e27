import * as z from 'zod';
import { contractObjectSchema } from './contract-schema.js';

/**
 * The JSON Schema (draft 2020-12) of the contract input shape, for systems not written in TypeScript.
 * The same document ships in the package as `clausier/contract.schema.json`.
 */
export function contractJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(contractObjectSchema(), { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://unpkg.com/clausier/schema/contract.schema.json' };
}
