#!/usr/bin/env node
// The benchmark suite (`npm run bench`: builds, then runs this on dist/). Not part of the test run.
//  1. all contract rules over pre-parsed contracts, against the hand-written baseline (bench/baseline.mjs);
//  2. the price, environmental and social rules in json-rules-engine (bench/json-rules-engine.mjs) against clausier;
//  3. the streamed portfolio command over generated DECP 2024 NDJSON, against the read-and-parse floor;
//  4. import time and gzipped size of the entry points.
// Writes bench/results.json and the figures table of docs/performance.md.
// Sizes (environment): BENCH_CONTRACTS (1000000), BENCH_JRE_CONTRACTS (100000), BENCH_STREAM ("100000,1000000"),
// BENCH_STREAM_RUNS (3: runs of each streamed command, the fastest kept),
// BENCH_SECTIONS ("evaluate,jre,stream,import,size").
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BASELINE_RULE_IDS, baselineStatuses, fingerprint, RULE_COUNT, statusCode } from './baseline.mjs';
import { generateContracts, OUT_DIR, writeClausierNdjson, writeDecpNdjson } from './generate.mjs';
import { createEngine, JRE_RULE_IDS, jreStatuses } from './json-rules-engine.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const AS_OF = '2027-06-30';
const env = (k, d) => process.env[k] ?? d;
const N_CONTRACTS = Number(env('BENCH_CONTRACTS', '1000000'));
const N_JRE = Number(env('BENCH_JRE_CONTRACTS', '100000'));
const STREAM_SIZES = env('BENCH_STREAM', '100000,1000000').split(',').map(Number);
const STREAM_RUNS = Number(env('BENCH_STREAM_RUNS', '3'));
const SECTIONS = new Set(env('BENCH_SECTIONS', 'evaluate,jre,stream,import,size').split(','));
const log = (...a) => console.error('[bench]', ...a);
const round = (x, d = 0) => Math.round(x * 10 ** d) / 10 ** d;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const clausier = await import('../dist/index.js');
const resultsFile = join(ROOT, 'bench', 'results.json');
const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
const cpus = os.cpus();
const results = {
  ...previous,
  machine: `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${round(os.totalmem() / 2 ** 30, 1)} GiB, ${os.platform()} ${os.release()}`,
  node: process.version,
  date: new Date().toISOString().slice(0, 10),
};
// When and where each section was last measured: a run of some sections keeps the others' figures from earlier runs.
const ALL_SECTIONS = ['evaluate', 'jre', 'stream', 'import', 'size'];
const SECTION_KEYS = { evaluate: 'evaluate', jre: 'jsonRulesEngine', stream: 'stream', import: 'importMs', size: 'gzipBytes' };
const earlier = `${previous.date} — ${previous.machine}, Node ${previous.node}`;
results.measured = Object.fromEntries(
  ALL_SECTIONS.flatMap((s) => {
    if (SECTIONS.has(s)) return [[s, `${results.date} — ${results.machine}, Node ${results.node}`]];
    const before = previous.measured?.[s] ?? (previous[SECTION_KEYS[s]] !== undefined ? earlier : undefined);
    return before ? [[s, before]] : [];
  }),
);

// Pre-parsed contracts: generated, then validated once by clausier (outside every timed loop).
function parsedContracts(n) {
  const out = [];
  const chunk = 50_000;
  for (let i = 0; i < n; i += chunk) {
    for (const c of generateContracts(Math.min(chunk, n - i), 6 + i)) {
      const p = clausier.parseContract(c);
      if (!p.ok) throw new Error(`generated contract ${c.id} is invalid: ${JSON.stringify(p.problems)}`);
      out.push(p.value);
    }
  }
  return out;
}

function timeBest(runs, f) {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

function clausierStatuses(evaluate, contracts, out, k) {
  for (let i = 0; i < contracts.length; i++) {
    const findings = evaluate(contracts[i]).findings;
    const base = i * k;
    for (let j = 0; j < findings.length; j++) out[base + j] = statusCode(findings[j].status);
  }
  return out;
}

let contracts;
if (SECTIONS.has('evaluate') || SECTIONS.has('jre')) {
  log(`generating and validating ${N_CONTRACTS} contracts…`);
  contracts = parsedContracts(Math.max(N_CONTRACTS, N_JRE));
}

if (SECTIONS.has('evaluate')) {
  const ids = clausier.RULES.map((r) => r.id);
  if (ids.join() !== BASELINE_RULE_IDS.join()) throw new Error(`baseline rule list differs from RULES: ${ids.join()}`);
  const list = contracts.slice(0, N_CONTRACTS);
  const evaluate = clausier.prepareEvaluation({ asOf: AS_OF });
  const a = new Uint8Array(list.length * RULE_COUNT);
  const b = new Uint8Array(list.length * RULE_COUNT);
  // Warm-up on a slice, then the best of 3 full passes each, interleaved.
  clausierStatuses(evaluate, list.slice(0, 20_000), a, RULE_COUNT);
  baselineStatuses(list.slice(0, 20_000), AS_OF, b);
  let clausierMs = Number.POSITIVE_INFINITY;
  let baselineMs = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 3; r++) {
    log(`evaluate pass ${r + 1}/3`);
    clausierMs = Math.min(
      clausierMs,
      timeBest(1, () => clausierStatuses(evaluate, list, a, RULE_COUNT)),
    );
    baselineMs = Math.min(
      baselineMs,
      timeBest(1, () => baselineStatuses(list, AS_OF, b)),
    );
  }
  const fa = fingerprint(a);
  const fb = fingerprint(b);
  if (fa !== fb) throw new Error(`baseline statuses differ from clausier's (${fa} vs ${fb})`);
  results.evaluate = {
    contracts: list.length,
    rules: RULE_COUNT,
    clausierMs: round(clausierMs),
    baselineMs: round(baselineMs),
    ratioToBaseline: round(clausierMs / baselineMs, 2),
    contractsPerSecond: round(list.length / (clausierMs / 1000)),
    statusFingerprint: fa,
  };
  log(results.evaluate);
}

if (SECTIONS.has('jre')) {
  const list = contracts.slice(0, N_JRE);
  const k = JRE_RULE_IDS.length;
  const engine = createEngine();
  const evaluate = clausier.prepareEvaluation({ asOf: AS_OF, rules: JRE_RULE_IDS });
  const j = new Uint8Array(list.length * k);
  const c = new Uint8Array(list.length * k);
  await jreStatuses(engine, list.slice(0, 5_000), j);
  clausierStatuses(evaluate, list.slice(0, 20_000), c, k);
  log(`json-rules-engine over ${list.length} contracts…`);
  const t = performance.now();
  await jreStatuses(engine, list, j);
  const jreMs = performance.now() - t;
  const clausierMs = timeBest(3, () => clausierStatuses(evaluate, list, c, k));
  // Same decisions: pass and fail agree; json-rules-engine fires nothing where clausier says not-applicable or unknown.
  for (let i = 0; i < c.length; i++) {
    const expected = c[i] <= 1 ? c[i] : 2;
    if (j[i] !== expected) throw new Error(`json-rules-engine disagrees on ${list[Math.floor(i / k)].id}, rule ${JRE_RULE_IDS[i % k]}`);
  }
  results.jsonRulesEngine = {
    contracts: list.length,
    rules: k,
    ms: round(jreMs),
    clausierMs: round(clausierMs),
    speedup: round(jreMs / clausierMs, 1),
  };
  log(results.jsonRulesEngine);
}
contracts = undefined;

// Runs a command pinned to one core under /usr/bin/time -v: wall time and peak RSS.
function measured(args) {
  return new Promise((resolve, reject) => {
    const pin = existsSync('/usr/bin/taskset') ? ['/usr/bin/taskset', '-c', '1'] : [];
    const [cmd, ...rest] = [...pin, '/usr/bin/time', '-v', ...args];
    const t = performance.now();
    const child = spawn(cmd, rest, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      if (out.length < 4096) out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t;
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
      if (code !== 0 && code !== 1) reject(new Error(`${args.join(' ')} exited with ${code}: ${err.slice(0, 2000)}`));
      else resolve({ ms, peakRssMB: rss ? round(Number(rss[1]) / 1024, 1) : null, out });
    });
  });
}

if (SECTIONS.has('stream')) {
  results.stream = [];
  // DECP 2024 through the DECP reader (when the build has one), then the same records in clausier's format.
  const formats = clausier.READERS.decp !== undefined ? ['decp', 'clausier'] : ['clausier'];
  log(`stream: formats ${formats.join(', ')}`);
  for (const format of formats) {
    for (const n of STREAM_SIZES) {
      const file = join(OUT_DIR, `${format}-${n}.ndjson`);
      if (!existsSync(file)) await (format === 'decp' ? writeDecpNdjson : writeClausierNdjson)(file, n);
      log(`portfolio over ${n} records (${format})…`);
      // The command and the floor alternate, STREAM_RUNS times each: the fastest run of each is kept (what the code can
      // do when the shared machine lets it), and the highest peak RSS (memory is not something to be lucky about).
      const runs = [];
      const parses = [];
      for (let k = 0; k < STREAM_RUNS; k++) {
        runs.push(await measured([process.execPath, 'dist/cli.js', 'portfolio', file, '--format', format, '--json', '--as-of', AS_OF]));
        parses.push(await measured([process.execPath, 'bench/parse-only.mjs', file]));
      }
      const fastest = (xs) => ({
        ms: Math.min(...xs.map((x) => x.ms)),
        peakRssMB: Math.max(...xs.map((x) => x.peakRssMB ?? 0)) || null,
      });
      const run = fastest(runs);
      const parse = fastest(parses);
      results.stream.push({
        records: n,
        format,
        fileMB: round(statSync(file).size / 2 ** 20, 1),
        recordsPerSecond: round(n / (run.ms / 1000)),
        parseOnlyRecordsPerSecond: round(n / (parse.ms / 1000)),
        ratioToParseOnly: round(run.ms / parse.ms, 2),
        peakRssMB: run.peakRssMB,
        parseOnlyPeakRssMB: parse.peakRssMB,
        runs: STREAM_RUNS,
      });
      log(results.stream.at(-1));
    }
  }
}

if (SECTIONS.has('import')) {
  // Fresh processes, interleaved so that a load change on the machine hits every case alike: bare node, then the
  // ESM entry, the CJS entry and the CLI. Each figure is the median of its runs minus the median of bare node.
  const RUNS = 15;
  const cases = {
    bare: ['-e', ''],
    esm: ['-e', "import('./dist/index.js')"],
    cjs: ['-e', "require('./dist/index.cjs')"],
    cli: ['dist/cli.js', '--version'],
  };
  const spawnMs = (args) => {
    const t = performance.now();
    execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    return performance.now() - t;
  };
  const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let i = 0; i < RUNS; i++) for (const [k, args] of Object.entries(cases)) times[k].push(spawnMs(args));
  const bare = median(times.bare);
  const above = (k) => round(median(times[k]) - bare, 1);
  results.importMs = above('esm');
  results.importMsDetail = { esm: above('esm'), cjs: above('cjs'), cli: above('cli') };
  results.importDetail = {
    runs: RUNS,
    nodeBareMedianMs: round(bare, 1),
    esmMedianMs: round(median(times.esm), 1),
    cjsMedianMs: round(median(times.cjs), 1),
    cliMedianMs: round(median(times.cli), 1),
    commands: Object.fromEntries(
      Object.entries(cases).map(([k, args]) => [k, `node ${args.map((a) => (/^[\w./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ')}`]),
    ),
  };
  log({ importMs: results.importMs, ...results.importMsDetail, ...results.importDetail });
}

if (SECTIONS.has('size')) {
  // Each entry bundled with its dependencies by esbuild (minified, ESM), then gzipped; plus size-limit's own report.
  const gzipBytes = {};
  const bundle = (name, contents, extra = []) => {
    const outfile = join(tmpdir(), `clausier-bench-${Object.keys(gzipBytes).length}.bundle.js`);
    execFileSync(
      'npx',
      [
        'esbuild',
        '--bundle',
        '--minify',
        '--format=esm',
        '--platform=node',
        '--log-level=error',
        '--sourcefile=entry.js',
        `--outfile=${outfile}`,
        ...extra,
      ],
      { cwd: ROOT, input: contents, stdio: ['pipe', 'ignore', 'inherit'] },
    );
    gzipBytes[name] = gzipSync(readFileSync(outfile), { level: 9 }).length;
  };
  bundle('index.js (all exports, with dependencies)', "export * from './dist/index.js';");
  bundle('index.js { evaluateContract } (with dependencies)', "export { evaluateContract } from './dist/index.js';");
  // clausier's own code alone, from the sources (dist/ carries its dependencies): the floor of the main entry's size
  // whatever validator or decimal library it used.
  const ownCode = ['--loader=ts', '--define:__CLAUSIER_VERSION__="0"', '--external:zod', '--external:decimal.js', '--external:date-fns'];
  bundle(
    "src/index.ts (all exports, clausier's own code only: zod, decimal.js, date-fns left out)",
    "export * from './src/index.ts';",
    ownCode,
  );
  bundle("src/index.ts { evaluateContract } (clausier's own code only)", "export { evaluateContract } from './src/index.ts';", ownCode);
  for (const f of ['index.js', 'index.cjs', 'cli.js'])
    gzipBytes[`dist/${f} (as shipped, dependencies bundled)`] = gzipSync(readFileSync(join(ROOT, 'dist', f)), { level: 9 }).length;
  results.gzipBytes = gzipBytes;
  try {
    const raw = execFileSync('npx', ['size-limit', '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    results.sizeLimit = JSON.parse(raw).map((e) => ({ name: e.name, bytes: e.size, passed: e.passed }));
  } catch (e) {
    // size-limit exits non-zero when a budget is exceeded; its JSON is still on stdout.
    const raw = e.stdout?.toString() ?? '';
    results.sizeLimit = raw.trim().startsWith('[') ? JSON.parse(raw).map((x) => ({ name: x.name, bytes: x.size, passed: x.passed })) : null;
  }
  log(results.gzipBytes, results.sizeLimit);
}

writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
log(`wrote ${resultsFile}`);
writePerformanceTable(results);

function writePerformanceTable(r) {
  const file = join(ROOT, 'docs', 'performance.md');
  if (!existsSync(file)) return;
  const kB = (b) => `${round(b / 1000, 1)} kB`;
  const mark = (ok) => (ok ? '✅ met' : '❌ missed');
  const rows = [];
  if (r.evaluate) {
    const e = r.evaluate;
    rows.push(
      `| Evaluate ${e.rules} rules × ${e.contracts.toLocaleString('en')} pre-parsed contracts | ${e.clausierMs} ms (${e.contractsPerSecond.toLocaleString('en')}/s) vs baseline ${e.baselineMs} ms: **${e.ratioToBaseline}×** | ≤ 5× | ${mark(e.ratioToBaseline <= 5)} |`,
    );
  }
  if (r.jsonRulesEngine) {
    const j = r.jsonRulesEngine;
    rows.push(
      `| ${j.rules} price/environment/social rules × ${j.contracts.toLocaleString('en')}: json-rules-engine vs clausier | ${j.ms} ms vs ${j.clausierMs} ms: **${j.speedup}× faster** | ≥ 50× | ${mark(j.speedup >= 50)} |`,
    );
  }
  for (const s of r.stream ?? []) {
    const checks = [
      `${s.recordsPerSecond >= 100_000 ? '✅' : '❌'} ≥ 100 000/s`,
      `${s.ratioToParseOnly <= 3 ? '✅' : '❌'} ≤ 3× floor`,
      ...(s.records >= 1_000_000 ? [`${s.peakRssMB < 200 ? '✅' : '❌'} < 200 MB`] : []),
    ];
    rows.push(
      `| Streamed portfolio, ${s.records.toLocaleString('en')} records (${s.format}, ${s.fileMB} MB) | **${s.recordsPerSecond.toLocaleString('en')} records/s**, floor ${s.parseOnlyRecordsPerSecond.toLocaleString('en')}/s (**${s.ratioToParseOnly}×**), peak RSS **${s.peakRssMB} MB** (floor ${s.parseOnlyPeakRssMB} MB) | ≥ 100 000/s, ≤ 3× floor${s.records >= 1_000_000 ? ', < 200 MB' : ''} | ${checks.join('<br>')} |`,
    );
  }
  if (r.importMsDetail) {
    const runs = r.importDetail?.runs ?? '';
    const imports = [
      ["ESM: `import('clausier')` (`dist/index.js`)", r.importMsDetail.esm],
      ["CJS: `require('clausier')` (`dist/index.cjs`)", r.importMsDetail.cjs],
      ['CLI: `clausier --version` (`dist/cli.js`)', r.importMsDetail.cli],
    ];
    for (const [what, ms] of imports)
      rows.push(`| Import time, ${what} | **${ms} ms** (median of ${runs} fresh processes minus bare node) | < 50 ms | ${mark(ms < 50)} |`);
  } else if (r.importMs !== undefined)
    rows.push(
      `| Import time of \`dist/index.js\` | **${r.importMs} ms** (median of spawns minus bare node) | < 50 ms | ${mark(r.importMs < 50)} |`,
    );
  for (const [name, bytes] of Object.entries(r.gzipBytes ?? {})) {
    const main = name.startsWith('index.js (all exports');
    rows.push(`| gzip: ${name} | **${kB(bytes)}** | ${main ? '< 40 kB' : '—'} | ${main ? mark(bytes < 40_000) : ''} |`);
  }
  const when = new Map();
  for (const [section, at] of Object.entries(r.measured ?? {})) when.set(at, [...(when.get(at) ?? []), section]);
  const measuredOn =
    when.size <= 1
      ? `Measured on ${[...when.keys()][0] ?? `${r.date} — ${r.machine}, Node ${r.node}`}.`
      : ['Measured on:', ...[...when].map(([at, sections]) => `- ${at} (${sections.join(', ')});`)].join('\n').replace(/;$/, '.');
  const table = [measuredOn, '', '| Benchmark | Result | Target | |', '|---|---|---|---|', ...rows].join('\n');
  const text = readFileSync(file, 'utf8');
  const start = '<!-- bench:table:start -->';
  const end = '<!-- bench:table:end -->';
  const i = text.indexOf(start);
  const k = text.indexOf(end);
  if (i < 0 || k < 0) return;
  writeFileSync(file, `${text.slice(0, i + start.length)}\n${table}\n${text.slice(k)}`);
  log(`updated ${file}`);
}
