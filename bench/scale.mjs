#!/usr/bin/env node
// The figures of issue 18 ("scale on the data as published"), on the built dist/ (run by `npm run bench`, or alone:
// `npm run build && node bench/scale.mjs`; quick variant: `BENCH_QUICK=1 node bench/scale.mjs`, or `npm run bench:quick`).
// Every comparison times both sides the same way: separate processes (or the same process for the reader), run
// alternately BENCH_SCALE_RUNS times each (default 3), the fastest of each kept, the highest peak RSS kept.
// Inputs are realistic DECP 2024 records (bench/realistic.mjs: ~1.4 kB, a few % defective, 1 % exact repeats).
//   reader   the JSON-document splitter (RecordSplitter) against its floor "split into record texts + JSON.parse",
//            in one process, over the document of BENCH_READER records (default 1 000 000; quick 100 000);
//   layouts  `portfolio` on the JSON document, NDJSON and the CSV table of the same records, one thread, pinned to
//            one core, against each layout's read-and-parse floor;
//   jobs     `portfolio --jobs 2` against `--jobs 1` on NDJSON (not pinned);
//   memory   1 000 000 records all rejected (no id) against the same records valid: peak RSS and size of --json;
//   curve    the JSON document at 10 000 / 100 000 / 1 000 000 records: time and peak RSS.
// The CPU model and the load average (before and after each section) are written beside the figures, in
// bench/results.json (`scale`) and in the table of docs/performance.md between <!-- bench:scale:start/end -->.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUT_DIR } from './generate.mjs';
import { realisticFiles, writeCsv, writeDocument, writeNdjson } from './realistic.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const QUICK = process.env.BENCH_QUICK === '1';
const env = (k, d) => process.env[k] ?? d;
const RUNS = Number(env('BENCH_SCALE_RUNS', QUICK ? '1' : '3'));
const N = Number(env('BENCH_SCALE_RECORDS', QUICK ? '100000' : '1000000'));
const CURVE = env('BENCH_CURVE', QUICK ? '10000,100000' : '10000,100000,1000000')
  .split(',')
  .map(Number);
const SECTIONS = new Set(env('BENCH_SCALE_SECTIONS', 'reader,layouts,jobs,memory,curve').split(','));
const AS_OF = '2026-11-23';
const log = (...a) => console.error('[bench:scale]', ...a);
const round = (x, d = 0) => Math.round(x * 10 ** d) / 10 ** d;
/** The load average over 1, 5 and 15 minutes, as text (`0.12 / 0.30 / 0.41`). */
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

async function files(n) {
  const f = realisticFiles(n);
  if (!existsSync(f.document)) await writeDocument(f.document, n);
  if (!existsSync(f.ndjson)) await writeNdjson(f.ndjson, n);
  if (!existsSync(f.csv)) await writeCsv(f.csv, n);
  return f;
}

/** Runs a command under /usr/bin/time -v (optionally pinned to one core): wall ms, peak RSS, stdout size. */
function measured(args, { pin = true } = {}) {
  return new Promise((resolve, reject) => {
    const pinning = pin && existsSync('/usr/bin/taskset') ? ['/usr/bin/taskset', '-c', '1'] : [];
    const [cmd, ...rest] = [...pinning, '/usr/bin/time', '-v', ...args];
    const t = performance.now();
    const child = spawn(cmd, rest, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let outBytes = 0;
    let err = '';
    child.stdout.on('data', (d) => {
      outBytes += d.length;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t;
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
      if (code !== 0 && code !== 1) reject(new Error(`${args.join(' ')} exited with ${code}: ${err.slice(0, 1500)}`));
      else resolve({ ms, peakRssMB: rss ? round(Number(rss[1]) / 1024, 1) : null, outBytes });
    });
  });
}

/** Runs each command RUNS times, alternating; the fastest time and the highest peak RSS of each. */
async function alternate(commands, options) {
  const runs = commands.map(() => []);
  for (let k = 0; k < RUNS; k++) for (const [i, c] of commands.entries()) runs[i].push(await measured(c, options));
  return runs.map((xs) => ({
    ms: round(Math.min(...xs.map((x) => x.ms))),
    peakRssMB: Math.max(...xs.map((x) => x.peakRssMB ?? 0)) || null,
    outBytes: xs[0].outBytes,
  }));
}

const cli = (file, format, ...more) => [
  process.execPath,
  'dist/cli.js',
  'portfolio',
  file,
  '--format',
  format,
  '--json',
  '--as-of',
  AS_OF,
  ...more,
];
const floor = (file, layout) => [process.execPath, 'bench/floor.mjs', layout, file];

const resultsFile = join(ROOT, 'bench', 'results.json');
const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
const cpus = os.cpus();
const scale = {
  date: new Date().toISOString(),
  cpu: cpus[0]?.model ?? 'unknown CPU',
  cores: cpus.length,
  node: process.version,
  quick: QUICK,
  runs: RUNS,
  loadAverageAtStart: load(),
};

if (SECTIONS.has('reader')) {
  const f = await files(N);
  const before = load();
  const out = execFileSync(process.execPath, ['bench/reader-document.mjs', f.document, String(RUNS * 2 + 1)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  scale.reader = { ...JSON.parse(out), loadAverage: [before, load()] };
  log('reader', scale.reader);
}

if (SECTIONS.has('layouts')) {
  const f = await files(N);
  const before = load();
  scale.layouts = [];
  for (const [layout, file, format] of [
    ['document', f.document, 'decp'],
    ['ndjson', f.ndjson, 'decp'],
    ['csv', f.csv, 'decp-csv'],
  ]) {
    const [run, base] = await alternate([cli(file, format, '--jobs', '1'), floor(file, layout)]);
    scale.layouts.push({
      layout,
      records: N,
      fileMB: round(statSync(file).size / 2 ** 20, 1),
      ms: run.ms,
      recordsPerSecond: round(N / (run.ms / 1000)),
      peakRssMB: run.peakRssMB,
      floorMs: base.ms,
      ratioToFloor: round(run.ms / base.ms, 2),
    });
    log('layout', scale.layouts.at(-1));
  }
  scale.layoutsLoadAverage = [before, load()];
}

if (SECTIONS.has('jobs')) {
  const f = await files(N);
  const before = load();
  const [one, two] = await alternate([cli(f.ndjson, 'decp', '--jobs', '1'), cli(f.ndjson, 'decp', '--jobs', '2')], { pin: false });
  scale.jobs = {
    layout: 'ndjson',
    records: N,
    jobs1Ms: one.ms,
    jobs2Ms: two.ms,
    speedup: round(one.ms / two.ms, 2),
    jobs1PeakRssMB: one.peakRssMB,
    jobs2PeakRssMB: two.peakRssMB,
    loadAverage: [before, load()],
  };
  log('jobs', scale.jobs);
}

if (SECTIONS.has('memory')) {
  const n = N;
  const clean = join(OUT_DIR, `valid-${n}.ndjson`);
  const rejected = join(OUT_DIR, `rejected-${n}.ndjson`);
  if (!existsSync(clean) || !existsSync(rejected)) {
    let valid = '';
    let bad = '';
    const { createWriteStream } = await import('node:fs');
    const a = createWriteStream(clean);
    const b = createWriteStream(rejected);
    for (let i = 0; i < n; i++) {
      const rec = {
        id: `m${i}`,
        kind: 'contract',
        amountExclTax: `${40000 + (i % 1000)}.5`,
        dates: { notification: `2025-0${1 + (i % 9)}-15` },
      };
      valid += `${JSON.stringify(rec)}\n`;
      bad += `${JSON.stringify({ ...rec, id: '' })}\n`;
      if (valid.length > 1 << 20) {
        a.write(valid);
        b.write(bad);
        valid = '';
        bad = '';
      }
    }
    a.end(valid);
    b.end(bad);
    await Promise.all([new Promise((r) => a.on('finish', r)), new Promise((r) => b.on('finish', r))]);
  }
  const before = load();
  const [ok, bad] = await alternate([cli(clean, 'clausier', '--jobs', '1'), cli(rejected, 'clausier', '--jobs', '1')]);
  scale.memory = {
    records: n,
    cleanPeakRssMB: ok.peakRssMB,
    rejectedPeakRssMB: bad.peakRssMB,
    rssRatio: round((bad.peakRssMB ?? 0) / (ok.peakRssMB ?? 1), 2),
    cleanJsonBytes: ok.outBytes,
    rejectedJsonBytes: bad.outBytes,
    loadAverage: [before, load()],
  };
  log('memory', scale.memory);
}

if (SECTIONS.has('curve')) {
  const before = load();
  scale.curve = [];
  for (const n of CURVE) {
    const f = await files(n);
    const [run] = await alternate([cli(f.document, 'decp', '--jobs', '1')]);
    scale.curve.push({ records: n, ms: run.ms, microsecondsPerRecord: round((run.ms * 1000) / n, 2), peakRssMB: run.peakRssMB });
    log('curve', scale.curve.at(-1));
  }
  scale.curveLoadAverage = [before, load()];
}

scale.loadAverageAtEnd = load();
results.scale = scale;
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
log(`wrote ${resultsFile}`);
writeTable(scale);

function writeTable(s) {
  const file = join(ROOT, 'docs', 'performance.md');
  const text = readFileSync(file, 'utf8');
  const start = '<!-- bench:scale:start -->';
  const end = '<!-- bench:scale:end -->';
  const i = text.indexOf(start);
  const k = text.indexOf(end);
  if (i < 0 || k < 0) return;
  const fmt = (n) => n.toLocaleString('en');
  const status =
    s.loadAverageAtStart[0] > s.cores * 0.5
      ? ' **Provisional: the machine was loaded (load average above half the cores); not final figures.**'
      : '';
  const rows = ['| Figure | Result | Target |', '|---|---|---|'];
  if (s.reader) {
    const r = s.reader;
    rows.push(
      `| JSON-document reader, ${fmt(r.records)} records (${r.fileMB} MB), one thread | ${r.splitterMs} ms vs floor (split into record texts + JSON.parse) ${r.floorMs} ms: **${r.ratio}×** | ≤ 2× |`,
    );
  }
  for (const l of s.layouts ?? []) {
    rows.push(
      `| portfolio, ${l.layout}, ${fmt(l.records)} records (${l.fileMB} MB), 1 core | ${fmt(l.recordsPerSecond)} records/s, **${l.ratioToFloor}× its floor**, peak RSS ${l.peakRssMB} MB | — |`,
    );
  }
  if (s.jobs) {
    rows.push(
      `| --jobs 2 vs --jobs 1, NDJSON, ${fmt(s.jobs.records)} records | ${s.jobs.jobs1Ms} → ${s.jobs.jobs2Ms} ms: **${s.jobs.speedup}×**, peak RSS ${s.jobs.jobs1PeakRssMB} / ${s.jobs.jobs2PeakRssMB} MB | ≥ 1.7×, < 250 MB |`,
    );
  }
  if (s.memory) {
    const m = s.memory;
    rows.push(
      `| ${fmt(m.records)} records all rejected vs all valid | peak RSS ${m.rejectedPeakRssMB} vs ${m.cleanPeakRssMB} MB (**${m.rssRatio}×**), --json ${fmt(m.rejectedJsonBytes)} vs ${fmt(m.cleanJsonBytes)} bytes | within ~20 %, small JSON |`,
    );
  }
  for (const c of s.curve ?? []) {
    rows.push(
      `| scale curve, JSON document, ${fmt(c.records)} records | ${c.ms} ms (${c.microsecondsPerRecord} µs/record), peak RSS ${c.peakRssMB} MB | linear |`,
    );
  }
  const head = `Measured ${s.date.slice(0, 16).replace('T', ' ')} UTC — ${s.cpu}, ${s.cores} cores, Node ${s.node}, best of ${s.runs} run(s)${s.quick ? ' (quick variant)' : ''}; load average (1, 5, 15 min) ${s.loadAverageAtStart} at the start, ${s.loadAverageAtEnd} at the end.${status}`;
  writeFileSync(file, `${text.slice(0, i + start.length)}\n${head}\n\n${rows.join('\n')}\n${text.slice(k)}`);
  log(`updated ${file}`);
}
