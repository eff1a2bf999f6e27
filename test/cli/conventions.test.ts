import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import type { CliIo } from '../../src/cli/io.js';
import { langFromEnv, run } from '../../src/cli/main.js';
import { COMMAND_NAMES, type CommandName, OPTIONS, type OptionName, optionsOf } from '../../src/cli/options.js';
import { createTally, tallyToJson } from '../../src/index.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const FILES: Record<string, string> = {
  'contract.json': readFileSync('examples/contracts/price-variation.json', 'utf8'),
  'programme.json': readFileSync('examples/insertion/contrat-ambition-logement.json', 'utf8'),
  'portfolio.ndjson': readFileSync('examples/portfolio/clausier-sample.ndjson', 'utf8'),
  'purchases.csv': readFileSync('examples/regimes/purchases.csv', 'utf8'),
  'buyer.json': readFileSync('examples/buyer/spaser-profile.json', 'utf8'),
  'tally.json': JSON.stringify(tallyToJson({ asOf: '2027-03-01', inputs: [], tally: createTally({ by: ['year'] }) })),
};

interface Captured {
  code: number;
  out: string;
  err: string;
  reads: string[];
}

async function cli(argv: string[], extra: Partial<CliIo> = {}): Promise<Captured> {
  const c: Captured = { code: -1, out: '', err: '', reads: [] };
  const read = (path: string) => {
    c.reads.push(path);
    const text = FILES[path];
    if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
    return text;
  };
  c.code = await run(argv, {
    out: (t) => {
      c.out += t;
    },
    err: (t) => {
      c.err += t;
    },
    readText: async (path) => read(path),
    async *readStream(path) {
      yield read(path);
    },
    writeText: async () => {},
    ...extra,
  });
  return c;
}

/** A usage error: exit 3, one `clausier:` line, then the hint to the help; nothing on standard output. */
function expectUsageError(r: Captured, message: RegExp, help: string): void {
  expect(r.code).toBe(3);
  expect(r.out).toBe('');
  const lines = r.err.trimEnd().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/^clausier: /);
  expect(lines[0]).toMatch(message);
  expect(lines[1]).toContain(help);
  expect(r.err).not.toMatch(/ERR_PARSE_ARGS|TypeError|\n\s+at /);
}

describe('clausier <command> --help', () => {
  it.each(COMMAND_NAMES.flatMap((c) => [[c, 'fr'] as const, [c, 'en'] as const]))(
    '%s --help --lang %s: synopsis, every option of the command and no other, exit codes',
    async (command, lang) => {
      const r = await cli([command, '--help', '--lang', lang]);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`clausier ${command}`);
      for (const name of Object.keys(OPTIONS) as OptionName[]) {
        const listed = new RegExp(`^  (-\\w, )?--${name}\\b`, 'm').test(r.out);
        expect(listed, `--${name} in ${command}'s help`).toBe(optionsOf(command).includes(name));
      }
      for (const code of Object.keys(COMMANDS[command].exitCodes)) expect(r.out).toMatch(new RegExp(`^  ${code}  `, 'm'));
      expect(r.out).toContain(lang === 'fr' ? 'Codes de sortie' : 'Exit codes');
    },
  );

  it('`help <command>` is `<command> --help`; `--help` alone lists every command', async () => {
    expect((await cli(['help', 'portfolio'])).out).toBe((await cli(['portfolio', '--help'])).out);
    const main = await cli(['--help', '--lang', 'en']);
    for (const c of COMMAND_NAMES) expect(main.out).toContain(`  ${c.padEnd(11)}${COMMANDS[c].summary.en}\n`);
  });

  it('a missing command prints the help on standard error and exits 3', async () => {
    const r = await cli([]);
    expect(r.code).toBe(3);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/clausier: commande manquante\nVoir « clausier --help ».\n$/);
  });
});

describe('usage errors: exit 3, one line, a hint to the command’s help', () => {
  it.each([
    [['check', 'contract.json', '--wat'], /option inconnue « --wat »/, 'clausier check --help'],
    [['check', 'contract.json', '--jsno'], /option inconnue « --jsno » — vouliez-vous dire --json \?/, 'clausier check --help'],
    [['check', 'contract.json', '-x'], /option inconnue « -x »/, 'clausier check --help'],
    [
      ['check', 'contract.json', '--html', 'r.html'],
      /--html ne s’applique pas à check \(seulement : portfolio, merge\)/,
      'clausier check --help',
    ],
    [['rules', '--as-of'], /--as-of attend une valeur/, 'clausier rules --help'],
    [['rules', '--as-of', '--json'], /--as-of attend une valeur/, 'clausier rules --help'],
    [['rules', '--json=yes'], /--json ne prend pas de valeur/, 'clausier rules --help'],
    [['rules', '--json', '--json'], /--json donnée deux fois/, 'clausier rules --help'],
    [['params', '--as-of', '2026-13-01'], /--as-of : date AAAA-MM-JJ attendue, reçu « 2026-13-01 »/, 'clausier params --help'],
    [['portfolio', 'portfolio.ndjson', '--format', 'csv'], /--format : format inconnu « csv »/, 'clausier portfolio --help'],
    [['portfolio', 'portfolio.ndjson', '--md', '--json'], /--md et --json s’excluent/, 'clausier portfolio --help'],
    [['portfolio', 'portfolio.ndjson', '--html='], /--html : chemin de fichier vide/, 'clausier portfolio --help'],
    [['rules', 'extra'], /rules ne prend pas d’argument/, 'clausier rules --help'],
    [['insertion'], /insertion prend exactement un fichier/, 'clausier insertion --help'],
    [['chek', 'contract.json'], /commande inconnue « chek » — vouliez-vous dire check \?/, 'clausier --help'],
    [['help', 'nope'], /commande inconnue « nope »/, 'clausier --help'],
    [['--json'], /--json suit une commande/, 'clausier --help'],
  ])('%j', async (argv, message, help) => {
    const r = await cli(argv as string[]);
    expectUsageError(r, message, help);
    expect(r.reads).toEqual([]); // nothing read before the command line is valid
  });

  it('`--` ends the options: a file named like an option is read', async () => {
    const r = await cli(['check', '--json', '--', '--odd.json']);
    expect(r.code).toBe(2);
    expect(r.reads).toEqual(['--odd.json']);
  });
});

describe('language: --lang, else LC_ALL / LC_MESSAGES / LANG, else French — errors included', () => {
  it.each([
    [{}, 'fr'],
    [{ LANG: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'en' }, 'en'],
    [{ LANG: 'fr_FR.UTF-8' }, 'fr'],
    [{ LANG: 'de_DE.UTF-8' }, 'fr'],
    [{ LANG: 'C.UTF-8' }, 'fr'],
    [{ LANG: 'fr_FR.UTF-8', LC_ALL: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8' }, 'fr'],
    [{ LANG: 'english' }, 'fr'],
  ])('%j → %s', (env, lang) => expect(langFromEnv(env)).toBe(lang));

  it('usage errors, input errors and reports follow the language', async () => {
    const en = { env: { LANG: 'en_US.UTF-8' } };
    expectUsageError(await cli(['check', 'contract.json', '--wat'], en), /unknown option "--wat"/, "See 'clausier check --help'.");
    expectUsageError(await cli(['check', '-x', '--lang', 'en']), /unknown option "-x"/, "See 'clausier check --help'.");
    // --lang wins over the environment, even on a command line refused for another reason.
    expectUsageError(await cli(['check', '--wat', '--lang', 'fr'], en), /option inconnue/, 'Voir « clausier check --help ».');
    const missing = await cli(['check', 'missing.json'], en);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('clausier: unreadable input (missing.json): no such file or directory (ENOENT)\n');
    const missingFr = await cli(['check', 'missing.json']);
    expect(missingFr.err).toBe('clausier: entrée illisible (missing.json): fichier ou dossier introuvable (ENOENT)\n');
    const notJson = await cli(['check', 'bad.json'], { readText: async () => '{"a":' });
    expect(notJson.err).toMatch(/^clausier: entrée illisible \(bad\.json\): JSON invalide/);
    expect((await cli(['check', 'contract.json'], en)).out).toMatch(/^Contract 2026-TRV-014 — /);
  });
});

describe('output files are checked before the run', () => {
  it('an unwritable --html is refused with exit 3 before anything is read', async () => {
    const r = await cli(['portfolio', 'portfolio.ndjson', '--html', 'locked/report.html'], {
      checkWritable: async (path) => (path === 'locked/report.html' ? 'EACCES' : undefined),
    });
    expectUsageError(r, /--html : impossible d’écrire locked\/report\.html : permission refusée \(EACCES\)/, 'clausier portfolio --help');
    expect(r.reads).toEqual([]);
  });

  const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'clausier-out-'));
  it.each([
    [join(dir, 'no-such-folder', 'r.html'), /ENOENT/],
    [dir, /EISDIR/],
    [join(fileURLToPath(new URL('../../package.json', import.meta.url)), 'r.html'), /ENOTDIR/],
  ])('the built command refuses %s at once (%s)', (out, code) => {
    const r = spawnSync(process.execPath, [bin, 'portfolio', '-', '--html', out, '--lang', 'en'], {
      input: '', // the run would read standard input: it must not get there
      encoding: 'utf8',
    });
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(code);
    expect(r.stderr.split('\n')[0]).toMatch(/^clausier: --html: cannot write /);
  });
});

describe('every --json output: its documented fields, with version and asOf', () => {
  const runs: Record<CommandName, string[]> = {
    check: ['check', 'contract.json'],
    portfolio: ['portfolio', 'portfolio.ndjson', '--targets', 'armees'],
    merge: ['merge', 'tally.json', '--targets', 'armees'],
    insertion: ['insertion', 'programme.json'],
    regimes: ['regimes', 'purchases.csv'],
    buyer: ['buyer', 'buyer.json'],
    rules: ['rules'],
    params: ['params'],
  };
  it.each(COMMAND_NAMES)('%s', async (command) => {
    const r = await cli([...runs[command], '--json', '--as-of', '2027-03-01']);
    expect(r.code).toBeLessThan(2);
    const out = JSON.parse(r.out);
    expect(Object.keys(out)).toEqual(Object.keys(COMMANDS[command].json));
    expect(out.version).toBe(version);
    expect(out.asOf).toBe('2027-03-01');
  });

  it('asOf defaults to the day of the run (UTC)', async () => {
    const out = JSON.parse((await cli(['params', '--json'])).out);
    expect(out.asOf).toBe(new Date().toISOString().slice(0, 10));
  });

  it('rules --json gives each parameter’s value at the date', async () => {
    const at = async (d: string) => JSON.parse((await cli(['rules', '--json', '--as-of', d])).out);
    const value = (o: { rules: { id: string; parameterValues: Record<string, { value: unknown } | null> }[] }) =>
      o.rules.find((r) => r.id === 'price.variation-clause-indicator')?.parameterValues['indicator.priceVariation.minAmount'];
    expect(value(await at('2026-01-01'))).toMatchObject({ value: '40000' });
  });
});

describe('the option table', () => {
  it('every option has both languages, a placeholder when it takes a value, and a command', () => {
    for (const [name, spec] of Object.entries(OPTIONS)) {
      expect(spec.description.fr, name).not.toBe('');
      expect(spec.description.en, name).not.toBe('');
      expect(spec.description.fr, name).not.toBe(spec.description.en);
      if (spec.type === 'string') expect('value' in spec && spec.value?.en, name).toBeTruthy();
      expect(spec.commands === 'all' || spec.commands.length > 0, name).toBe(true);
    }
  });
});
