// Renders docs/model.md from the zod schema's metadata (through its JSON Schema): every field, its type, its meaning and
// the rules that read it, plus the result shapes of safeEvaluateContract, computed on live examples. Used by
// scripts/render-docs.ts; test/docs/generated.test.ts fails when the committed page drifts.
import { contractJsonSchema, RULES, safeEvaluateContract } from '../src/index.js';

type JsonSchema = {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  format?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  minimum?: number;
  maximum?: number;
};

/** One documented field of the contract. */
export interface ModelField {
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  readonly description: string | undefined;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeOf(s: JsonSchema): string {
  if (s.enum) return s.enum.map((v) => `\`${String(v)}\``).join(', ');
  const t = s.type;
  if (Array.isArray(t)) return t.includes('string') && t.includes('number') ? 'amount (decimal string or number)' : t.join(' | ');
  if (t === 'string' && s.format === 'date') return 'date `YYYY-MM-DD`';
  if (t === 'number' && s.minimum === 0 && s.maximum === 1) return 'share in [0, 1]';
  if (t === 'array') return s.items ? `list of ${s.items.type === 'object' ? 'objects' : typeOf(s.items)}` : 'list';
  if (t === 'object' && s.propertyNames?.enum) return `object keyed by ${typeOf(s.propertyNames)}`;
  return t ?? 'any';
}

/** Every field of the contract JSON Schema, depth first, with its dotted path (`holders[].sme`). */
export function modelFields(): ModelField[] {
  const out: ModelField[] = [];
  const walk = (s: JsonSchema, prefix: string) => {
    const required = new Set(s.required ?? []);
    for (const [key, child] of Object.entries(s.properties ?? {})) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      out.push({ path, type: typeOf(child), required: required.has(key), description: child.description });
      if (child.type === 'object' && child.properties) walk(child, path);
      if (child.type === 'array' && child.items?.type === 'object') walk(child.items, `${path}[]`);
    }
  };
  walk(contractJsonSchema() as JsonSchema, '');
  return out;
}

function readers(path: string): string {
  const ids = RULES.filter((r) => r.fields.includes(path)).map((r) => `[\`${r.id}\`](rules/${r.id}.md)`);
  return ids.length === 0 ? '' : ids.join(', ');
}

const json = (v: unknown) => JSON.stringify(v, null, 2);

/** The text of docs/model.md. */
export function modelPage(generatedNotice: string): string {
  const rows = modelFields().map(
    (f) => `| \`${f.path}\`${f.required ? ' (required)' : ''} | ${cell(f.type)} | ${cell(f.description ?? '')} | ${readers(f.path)} |`,
  );
  const valid = safeEvaluateContract(
    {
      id: 'exemple-1',
      kind: 'contract',
      nature: 'works',
      buyer: { kind: 'local-authority' },
      price: { type: 'firm' },
      dates: { consultationLaunch: '2026-09-01' },
    },
    { rules: ['price.actualisation'], asOf: '2026-11-23' },
  );
  const invalid = safeEvaluateContract({ id: 'exemple-2', kind: 'marché', amountExclTax: -1 }, { asOf: '2026-11-23' });
  return [
    generatedNotice,
    '',
    '# The contract model',
    '',
    'clausier reads one JSON shape for a French public contract (marché public) or concession. It is defined by a zod 4',
    'schema (`ContractSchema`), typed by the `Contract` (validated) and `ContractInput` (accepted) interfaces, and shipped as',
    'JSON Schema (draft 2020-12) in the package: `clausier/contract.schema.json`',
    '([schema/contract.schema.json](../schema/contract.schema.json)). This page is generated from the schema’s own',
    'descriptions, so it cannot drift from it.',
    '',
    'Only `id` and `kind` are required. Every other field is optional: a rule that needs a missing field answers `unknown`',
    'and names the field (see [verdicts.md](verdicts.md)). Unknown keys are rejected (a typo such as `amountExcTax` would',
    'otherwise silently turn verdicts into `unknown`); put your own data under `extensions`.',
    '',
    '## Fields',
    '',
    'The last column lists the rules that read the field (their pages say how). A list of objects is documented item by',
    'item (`holders[].sme`).',
    '',
    '| field | type | meaning | read by |',
    '|---|---|---|---|',
    ...rows,
    '',
    '## Money',
    '',
    'Amounts arrive as **decimal strings** (`"40000.01"`) or as JSON numbers, and are stored as canonical decimal strings',
    '(`"040000.50"` → `"40000.5"`) compared exactly (`compareMoney`), without floats. Negative amounts, `NaN`, `Infinity`',
    'and French-formatted strings (`"40 000,00"`) are rejected with a clear message; readers of open-data formats convert',
    'those before validation. See `parseMoney` for the exact grammar.',
    '',
    '## Dates',
    '',
    'Dates are **calendar dates** `YYYY-MM-DD`, with no time and no time zone (`"2026-08-21"`); impossible dates',
    '(`2026-02-30`) and timestamps (`2026-03-01T00:00:00Z`) are rejected. Calendar arithmetic (adding months, with the day',
    'clamped to the end of a shorter month: 30 November + 3 months = 28 February) never depends on the machine’s time',
    'zone: the test suite runs under UTC, `Pacific/Kiritimati` (UTC+14) and `America/Los_Angeles` with identical results.',
    '',
    '## Validation errors',
    '',
    '`parseContract(input)` never throws. On invalid input it returns every problem, each with its JSON path, a stable',
    'code and a French and English message. `assertContract` and `evaluateContract` throw a `ContractValidationError`',
    'carrying the same `problems`.',
    '',
    '## Results of `safeEvaluateContract`',
    '',
    '`safeEvaluateContract(input, options)` never throws on bad data (only on a wrong option, `EvaluateOptionsError`). It',
    'returns `{ ok: true, evaluation }` for a valid contract, `{ ok: false, problems }` otherwise. An evaluation has the',
    'contract id, the `asOf` date, one finding per rule (`rule`, `family`, `kind`, `status`, `legalBasis`, `parameters`,',
    '`missing`, `reason` — for `unknown` only —, `notes`, `message`, `text`, `referenceDate`) and a `summary` of counts.',
    'These two outputs are computed by the current code when this page is generated:',
    '',
    'Success (`price.actualisation` only, a firm-price works contract):',
    '',
    '```json',
    json(valid),
    '```',
    '',
    'Failure (two problems):',
    '',
    '```json',
    json(invalid),
    '```',
    '',
  ].join('\n');
}
