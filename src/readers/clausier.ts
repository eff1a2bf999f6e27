import { parseContract } from '../model/validation.js';
import type { RecordReader } from './types.js';

/** Reads records already in clausier's own contract shape. */
export const clausierReader: RecordReader = {
  format: 'clausier',
  read(record) {
    const r = parseContract(record);
    if (r.ok) return { ok: true, contract: r.value, problems: [] };
    return {
      ok: false,
      reason: r.problems.map((p) => `${p.path}: ${p.message.en}`).join('; '),
      problems: r.problems.map((p) => ({ code: 'invalid-field', path: p.path, reason: p.message.en })),
    };
  },
};
