import * as z from 'zod';
import { type Contract, type ContractSchema, contractObjectSchema } from './contract-schema.js';
import type { Localized } from './localized.js';

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

const CUSTOM: Record<string, [code: string, fr: string, en: string]> = {
  'clausier:money': [
    'money',
    'montant attendu : une chaîne décimale ("40000.00") ou un nombre',
    'expected an amount: a decimal string ("40000.00") or a number',
  ],
  'clausier:money-not-a-number': [
    'money',
    'montant illisible : écrire une chaîne décimale comme "40000.00"',
    'unreadable amount: write a decimal string such as "40000.00"',
  ],
  'clausier:money-negative': ['money', 'un montant ne peut pas être négatif', 'an amount cannot be negative'],
  'clausier:money-not-finite': ['money', 'un montant doit être un nombre fini', 'an amount must be a finite number'],
  'clausier:hours': ['hours', 'nombre d’heures attendu (positif ou nul)', 'expected a number of hours (zero or more)'],
  'clausier:date': [
    'date',
    'date calendaire attendue au format AAAA-MM-JJ (sans heure ni fuseau)',
    'expected a calendar date YYYY-MM-DD (no time, no time zone)',
  ],
  'clausier:share': [
    'share',
    'part attendue : un nombre entre 0 et 1 (0.55 = 55 %)',
    'expected a share: a number between 0 and 1 (0.55 = 55 %)',
  ],
  'clausier:cpv': [
    'cpv',
    'code CPV attendu : 8 chiffres, éventuellement suivis de -chiffre ("45000000-7")',
    'expected a CPV code: 8 digits, optionally followed by -digit ("45000000-7")',
  ],
  'clausier:id': ['id', 'identifiant attendu : une chaîne non vide', 'expected an identifier: a non-empty string'],
};

const TYPE_FR: Record<string, string> = {
  string: 'une chaîne',
  number: 'un nombre',
  boolean: 'un booléen (true/false)',
  object: 'un objet',
  array: 'une liste',
  int: 'un entier',
};

/** Translates one zod issue into an {@link InputProblem}. */
export function toProblem(issue: z.core.$ZodIssue): InputProblem {
  const path = jsonPath(issue.path);
  // Issues carry their input (parse with reportInput): an absent value means a missing required field.
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union') && issue.input === undefined) {
    return { path, code: 'required', message: { fr: 'champ obligatoire manquant', en: 'required field is missing' } };
  }
  const custom = CUSTOM[issue.message];
  if (custom) return { path, code: custom[0], message: { fr: custom[1], en: custom[2] } };
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
// It compiles the object schema itself, not the lazy wrapper exported as ContractSchema.
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
  return { ok: false, problems: r.error.issues.map(toProblem) };
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
