// Checks what `npm pack` would publish: only what users need, and no install-time scripts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const problems = [];

for (const hook of ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish']) {
  if (pkg.scripts?.[hook]) problems.push(`package.json has a "${hook}" script: users would run it on install`);
}

const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
);
const allowed = [
  /^dist\/[\w.-]+\.(js|cjs|d\.ts|d\.cts|js\.map|cjs\.map)$/,
  /^schema\/[\w.-]+\.json$/,
  /^(README\.md|CHANGELOG\.md|LICENSE|package\.json)$/,
  /^dist\/THIRD-PARTY-LICENSES\.md$/,
];
for (const { path } of packed.files) {
  if (!allowed.some((re) => re.test(path))) problems.push(`unexpected file in the package: ${path}`);
}
for (const required of [
  'dist/index.js',
  'dist/index.cjs',
  'dist/index.d.ts',
  'dist/index.d.cts',
  'dist/cli.js',
  'schema/contract.schema.json',
  'LICENSE',
  'dist/THIRD-PARTY-LICENSES.md',
]) {
  if (!packed.files.some((f) => f.path === required)) problems.push(`missing from the package: ${required}`);
}

// The runtime dependencies are bundled into dist/ (tsup.config.ts, `noExternal`): the built code must import or
// require nothing but Node built-ins. The type declarations may import only packages users get installed with
// clausier (`dependencies`: zod, whose types the exported schemas have).
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])([\w@][\w@./-]*)\1/g;
const packageName = (spec) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');
const builtins = new Set(builtinModules);
// Loaded at runtime, not bundled: the CSV parser of purchase lines (regimes), kept out of the main entry's size and
// deduplicated with the user's copy, as the guide asks of runtime dependencies.
const EXTERNAL = new Set(['csv-parse']);
for (const { path } of packed.files) {
  const declaration = /\.d\.c?ts$/.test(path);
  if (!declaration && !/\.c?js$/.test(path)) continue;
  const text = readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
  for (const [, , spec] of text.matchAll(SPECIFIER)) {
    if (spec.startsWith('.') || spec.startsWith('node:') || builtins.has(spec) || builtins.has(packageName(spec))) continue;
    if (EXTERNAL.has(packageName(spec)) && pkg.dependencies?.[packageName(spec)]) continue;
    if (!declaration) problems.push(`${path} loads "${spec}" at runtime: runtime dependencies must be bundled (tsup noExternal)`);
    else if (!pkg.dependencies?.[packageName(spec)]) problems.push(`${path} imports types from "${spec}", which is not in dependencies`);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `package contents OK: ${packed.files.length} files, ${(packed.size / 1024).toFixed(1)} kB packed, ${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked`,
);
