import * as z from 'zod';
import { type Contract, type ContractSchema, contractObjectSchema } from './contract-schema.js';
import type { Localized } from './localized.js';
import { schemaMessage } from './schema-messages.js';

/** One problem found in an input, with where it is and what is wrong, in French and English. */
export interface InputProblem {
  /** JSON path of the faulty value, `$` for the root (`$.dates.notification`, `$.holders[0].sme`). */
  readonly path: string;
  /** Stable machine-readable code (`invalid_type`, `invalid_value`, `unrecognized_keys`, `money`, `date`…). */
  readonly code: string;
  /** What is wrong, in French and English. */
  readonly message: Localized;
}

/** Result of {@link parseContract}: the validated contract, or every problem found. */
export type ParseResult<T> =
  | {
      /** The input was valid. */
      readonly ok: true;
      /** The validated value. */
      readonly value: T;
    }
  | {
      /** The input was invalid. */
      readonly ok: false;
      /** Every problem, with its JSON path. */
      readonly problems: readonly InputProblem[];
    };

/** Formats a zod path as a JSON path: `$.holders[0].sme`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

const TYPE_FR: Record<string, string> = {
  string: 'une chaîne',
  number: 'un nombre',
  boolean: 'un booléen (true/false)',
  object: 'un objet',
  array: 'une liste',
  int: 'un entier',
};

/**
 * Turns one zod issue into an {@link InputProblem}: its JSON path, a stable code and a French and English message.
 * Works on the issues of your own schemas that compose clausier's (`z.object({ contract: ContractSchema })`): the
 * messages of clausier's schemas get their French text and code back, zod's own issues a message of their kind.
 *
 * @example
 * ```ts
 * const r = z.object({ contract: ContractSchema }).safeParse(input);
 * if (!r.success) for (const p of r.error.issues.map(toInputProblem)) console.error(p.path, p.message.fr);
 * ```
 */
export function toInputProblem(issue: z.core.$ZodIssue): InputProblem {
  const path = jsonPath(issue.path);
  // Issues parsed with reportInput carry their input: an absent value means a missing required field. (A parse
  // without reportInput, such as a user's own, carries none: then nothing is said about presence.)
  if (
    (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union') &&
    'input' in issue &&
    issue.input === undefined
  ) {
    return { path, code: 'required', message: { fr: 'champ obligatoire manquant', en: 'required field is missing' } };
  }
  const own = schemaMessage(issue.message);
  if (own) return { path, code: own.code, message: { fr: own.fr, en: own.en } };
  switch (issue.code) {
    case 'invalid_type': {
      return {
        path,
        code: 'invalid_type',
        message: {
          fr: `type attendu : ${TYPE_FR[issue.expected] ?? issue.expected}`,
          en: `expected ${issue.expected === 'int' ? 'an integer' : `a ${issue.expected}`}`,
        },
      };
    }
    case 'invalid_value': {
      const list = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return { path, code: 'invalid_value', message: { fr: `valeur attendue parmi : ${list}`, en: `expected one of: ${list}` } };
    }
    case 'unrecognized_keys': {
      const list = issue.keys.map((k) => JSON.stringify(k)).join(', ');
      return {
        path,
        code: 'unrecognized_keys',
        message: {
          fr: `champ(s) inconnu(s) : ${list} (faute de frappe ? les données libres vont dans "extensions")`,
          en: `unknown field(s): ${list} (a typo? free data goes in "extensions")`,
        },
      };
    }
    case 'too_small':
      return {
        path,
        code: 'too_small',
        message: { fr: `valeur trop petite (minimum ${String(issue.minimum)})`, en: `value too small (minimum ${String(issue.minimum)})` },
      };
    case 'too_big':
      return {
        path,
        code: 'too_big',
        message: { fr: `valeur trop grande (maximum ${String(issue.maximum)})`, en: `value too large (maximum ${String(issue.maximum)})` },
      };
    case 'invalid_format':
      return { path, code: 'invalid_format', message: { fr: `format invalide (${issue.format})`, en: `invalid format (${issue.format})` } };
    default:
      return { path, code: issue.code, message: { fr: `valeur invalide : ${issue.message}`, en: `invalid value: ${issue.message}` } };
  }
}

// zod's ahead-of-time compiled parser: a generated fast path for valid input (about 3× faster than the runtime
// parser on DECP-shaped contracts), falling back to the runtime parser — hence the same problems — on invalid input.
// Compiled on first use, not at import; where code generation is unavailable, z.compile returns the schema unchanged.
let compiled: typeof ContractSchema | undefined;
const compiledContractSchema = (): typeof ContractSchema => {
  compiled ??= z.compile(contractObjectSchema());
  return compiled;
};

/**
 * Validates an unknown value (typically parsed JSON) as a {@link Contract}.
 * Never throws: every problem is listed with its JSON path and a French and English message.
 *
 * @example
 * ```ts
 * const r = parseContract(JSON.parse(text));
 * if (!r.ok) for (const p of r.problems) console.error(p.path, p.message.en);
 * ```
 */
export function parseContract(input: unknown): ParseResult<Contract> {
  const r = compiledContractSchema().safeParse(input, { reportInput: true });
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, problems: r.error.issues.map(toInputProblem) };
}

/** Error thrown by {@link assertContract}, carrying every problem found. */
export class ContractValidationError extends Error {
  /** The problems, each with its JSON path. */
  readonly problems: readonly InputProblem[];
  constructor(problems: readonly InputProblem[]) {
    super(`Invalid contract: ${problems.map((p) => `${p.path}: ${p.message.en}`).join('; ')}`);
    this.name = 'ContractValidationError';
    this.problems = problems;
  }
}

/**
 * Validates like {@link parseContract} but throws a {@link ContractValidationError} on invalid input.
 */
export function assertContract(input: unknown): Contract {
  const r = parseContract(input);
  if (!r.ok) throw new ContractValidationError(r.problems);
  return r.value;
}
