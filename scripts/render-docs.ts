// Renders the reference pages generated from rule and parameter metadata (docs/rules/*.md, docs/parameters.md).
// Used by test/docs/generated.test.ts, which checks them and rewrites them with UPDATE_DOCS=1.
import {
  evaluateContract,
  type LegalSource,
  listParameters,
  type ParameterDefinition,
  parameterDefinition,
  RULES,
  type Rule,
} from '../src/index.js';
import { cliPage } from './render-cli-doc.js';
import { modelPage } from './render-model.js';

const STATUS: Record<string, string> = { pass: 'pass', fail: 'fail', 'not-applicable': 'not-applicable', unknown: 'unknown' };
const GENERATED = '<!-- Generated from the rule and parameter metadata by `npm run docs:pages`. Do not edit by hand. -->';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const link = (s: LegalSource) =>
  `${s.url ? `[${s.code} ${s.article}](${s.url})` : `${s.code}, ${s.article} (no public link)`}${s.text ? ` (${s.text})` : ''}`;

/** The history table of a parameter. */
function parameterTable(p: ParameterDefinition): string {
  const rows = p.values.map(
    (v) =>
      `| ${v.from} | ${v.to ?? '—'} | ${String(v.value)} | ${v.confidence === 'unconfirmed' ? '**unconfirmed**' : 'confirmed'} | ${v.sources.map(link).join('; ')} | ${cell(v.note ?? '')} |`,
  );
  return ['| from | to | value | confidence | sources | note |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

const contractsScope = (rule: Rule): string =>
  rule.scope.contracts.length === 2
    ? 'marchés publics and concessions'
    : rule.scope.contracts[0] === 'concession'
      ? 'concessions only'
      : 'marchés publics only (concessions: not applicable)';

const COVERAGE: Record<string, string> = { true: 'bound', false: 'not bound → not-applicable', undetermined: 'undetermined → unknown' };

/** The table of buyer kinds of a rule whose article binds only some buyers. */
function buyersSection(rule: Rule): string[] {
  const buyers = rule.scope.buyers;
  if (buyers === 'all') return [];
  const rows = Object.entries(buyers.kinds).map(
    ([kind, c]) => `| \`${kind}\` | ${COVERAGE[String(c.bound)]} | ${c.bound === true ? '' : cell(c.reason.en)} |`,
  );
  return [
    '## Buyers bound',
    '',
    `${buyers.summary.en} A buyer whose kind is missing, or does not say, leaves the finding \`unknown\` (naming \`buyer.kind\`) unless the rule is not applicable anyway or the contract meets the duty.`,
    '',
    '| `buyer.kind` | coverage | why |',
    '|---|---|---|',
    ...rows,
    '',
  ];
}

/** The page of one rule. */
function rulePage(rule: Rule): string {
  const params = rule.parameters.map((k) => parameterDefinition(k));
  const unconfirmed = params.filter((p) => p.values.some((v) => v.confidence === 'unconfirmed'));
  const lines = [
    GENERATED,
    '',
    `# \`${rule.id}\` — ${rule.title.en}`,
    '',
    `*${rule.title.fr}*`,
    '',
    `- **Family:** ${rule.family}`,
    `- **Contracts:** ${contractsScope(rule)}`,
    `- **Buyers:** ${rule.scope.buyers === 'all' ? 'every buyer' : `${rule.scope.buyers.summary.en} (${rule.scope.buyers.basis.map(link).join(', ')}); see below`}`,
    `- **Kind:** ${rule.kind === 'law' ? 'legal duty' : 'buyers’ indicator (good practice, not a legal duty)'}`,
    `- **Parameters looked up at:** ${rule.dateBasis === 'launch' ? 'the launch of the consultation (or the date the notice is sent)' : rule.dateBasis === 'notification' ? 'the notification date' : 'the evaluation date (`asOf`)'}`,
    `- **Reads:** ${rule.fields.map((f) => `\`${f}\``).join(', ')}`,
    '',
    '## What it checks',
    '',
    rule.description.en,
    '',
    `> ${rule.description.fr}`,
    '',
    '## Legal basis',
    '',
    ...rule.legalBasis.map((s) => `- ${link(s)}`),
    '',
    ...buyersSection(rule),
    '## Confidence',
    '',
    unconfirmed.length === 0
      ? 'Every parameter value this rule uses was read in the official text (or a verbatim copy).'
      : `Some values are **unconfirmed** (not read in the official text; re-check on Légifrance): ${unconfirmed.map((p) => `\`${p.key}\``).join(', ')}. Findings that use them carry \`confidence: "unconfirmed"\`.`,
    '',
    '## Parameters',
    '',
  ];
  if (params.length === 0) lines.push('None: the rule has no threshold, rate or date of its own.', '');
  for (const p of params) lines.push(`### \`${p.key}\` (${p.unit})`, '', `${p.label.en} — *${p.label.fr}*`, '', parameterTable(p), '');
  lines.push('## Examples', '', '| example | contract | verdict |', '|---|---|---|');
  for (const ex of rule.examples ?? []) {
    const got = evaluateContract(ex.contract, { rules: [rule.id], asOf: '2026-11-23' }).findings[0]?.status ?? 'unknown';
    if (got !== ex.expected) throw new Error(`${rule.id}: example "${ex.title}" gives ${got}, expected ${ex.expected}`);
    lines.push(`| ${cell(ex.title)} | \`${cell(JSON.stringify(ex.contract))}\` | ${STATUS[ex.expected]} |`);
  }
  lines.push('');
  return lines.join('\n');
}

/** The index of rule pages. */
function rulesIndex(): string {
  const rows = RULES.map(
    (r) =>
      `| [\`${r.id}\`](${r.id}.md) | ${r.family} | ${r.kind} | ${r.scope.contracts.join(', ')} | ${r.scope.buyers === 'all' ? 'all' : 'some (see page)'} | ${r.title.en} | ${r.legalBasis.map((s) => s.article).join(', ')} |`,
  );
  return [
    GENERATED,
    '',
    '# Rules',
    '',
    '| rule | family | kind | contracts | buyers | title | articles |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** The page listing every parameter with its history. */
function parametersPage(): string {
  const out = [
    GENERATED,
    '',
    '# Dated legal parameters',
    '',
    'Every threshold, rate, duration and date the rules use, with its history. A lookup outside a parameter’s history is an error, never a default. Values marked **unconfirmed** were not read in the official text: re-check them on Légifrance before relying on them. `clausier params --json` prints the same data.',
    '',
  ];
  for (const p of listParameters()) {
    out.push(
      `## \`${p.key}\``,
      '',
      `${p.label.en} — *${p.label.fr}*`,
      '',
      `Unit: ${p.unit} · looked up at: ${p.basis} · ${p.kind}`,
      '',
      parameterTable(p),
      '',
    );
  }
  return out.join('\n');
}

/** Every generated page, by path relative to the repository root. */
export function generatedPages(): Record<string, string> {
  const pages: Record<string, string> = {
    'docs/rules/README.md': rulesIndex(),
    'docs/parameters.md': parametersPage(),
    'docs/model.md': modelPage(GENERATED.replace('rule and parameter metadata', 'contract schema (zod metadata)')),
  };
  pages['docs/cli.md'] = cliPage();
  for (const r of RULES) pages[`docs/rules/${r.id}.md`] = rulePage(r);
  return pages;
}
