// Start-up cost of the built package, in fresh processes: `import` of the ESM entry, `require` of the CJS entry,
// `clausier --version` and `clausier check <one contract> --json`. Two figures per case, each the median of its runs
// minus bare node's: wall-clock time, and CPU time (user + system, read by the process itself when it exits), which
// other jobs on a shared machine disturb much less. Runs are interleaved (bare, then every case of every build, then
// again) so that load hits each case alike. Compare builds in one run:
//   node scripts/measure-startup.mjs dist /tmp/other-dist
// (a folder must resolve zod, decimal.js and date-fns from where it lies when it does not bundle them).
// It also builds, into node_modules/.cache/, the CLI as one self-contained file with zod, decimal.js and date-fns
// bundled in (what dist/cli.js was before it shared the library's code) and times it beside the others: the
// start-up a third copy of the library would buy. Figures: docs/performance.md.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'tsup';

const runs = Number(process.env.RUNS ?? 21);
const builds = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['dist'];
const contract = resolve('examples/contracts/price-variation.json');
// Printed on standard error as the process exits: its own CPU time since it started, in ms.
const atExit = `data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\ncpu-ms '+(u.user+u.system)/1000)})`;
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const selfContained = resolve('node_modules/.cache/clausier-measure');
await build({
  config: false,
  entry: { cli: 'src/cli/bin.ts' },
  format: ['esm'],
  outDir: selfContained,
  target: 'node20',
  noExternal: ['zod', 'decimal.js', 'date-fns'],
  define: { __CLAUSIER_VERSION__: JSON.stringify(version) },
  silent: true,
});
const cases = { bare: ['-e', ''] };
for (const dir of builds) {
  const d = resolve(dir);
  cases[`${dir} esm`] = ['-e', `import(${JSON.stringify(`${d}/index.js`)})`];
  cases[`${dir} cjs`] = ['-e', `require(${JSON.stringify(`${d}/index.cjs`)})`];
  cases[`${dir} cli --version`] = [`${d}/cli.js`, '--version'];
  cases[`${dir} cli check`] = [`${d}/cli.js`, 'check', contract, '--json', '--as-of', '2026-11-01'];
}
cases['self-contained cli --version'] = [`${selfContained}/cli.js`, '--version'];
cases['self-contained cli check'] = [`${selfContained}/cli.js`, 'check', contract, '--json', '--as-of', '2026-11-01'];
const wall = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
const cpu = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let i = 0; i < runs; i++) {
  for (const [k, args] of Object.entries(cases)) {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['--import', atExit, ...args], { encoding: 'utf8' });
    wall[k].push(performance.now() - t);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${k}: exit ${r.status}\n${r.stderr}`); // check exits 1: a rule fails
    cpu[k].push(Number(/cpu-ms ([\d.]+)/.exec(r.stderr)?.[1]));
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(
  `node ${process.version}, ${runs} runs per case; bare node: ${median(wall.bare).toFixed(1)} ms wall, ${median(cpu.bare).toFixed(1)} ms CPU`,
);
console.log(`${'case'.padEnd(44)} ${'wall'.padStart(8)} ${'CPU'.padStart(8)}   (ms above bare node, medians)`);
for (const k of Object.keys(cases)) {
  if (k === 'bare') continue;
  const w = median(wall[k]) - median(wall.bare);
  const c = median(cpu[k]) - median(cpu.bare);
  console.log(`${k.padEnd(44)} ${w.toFixed(1).padStart(8)} ${c.toFixed(1).padStart(8)}`);
}
