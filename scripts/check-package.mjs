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
]) {
  if (!packed.files.some((f) => f.path === required)) problems.push(`missing from the package: ${required}`);
}

// zod, decimal.js and date-fns are `dependencies` with semver ranges, imported by the built code, never bundled
// into it: npm dedupes them with the user's own copies. The built code may load only Node built-ins and those
// dependencies; esbuild marks each bundled module with a `// node_modules/…` comment, so none may appear.
for (const [name, range] of Object.entries(pkg.dependencies ?? {})) {
  if (!/^\^\d+\.\d+\.\d+$/.test(range)) problems.push(`dependency ${name} is "${range}": expected a caret range (^x.y.z), not a pin`);
}
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])([\w@][\w@./-]*)\1/g;
const packageName = (spec) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');
const builtins = new Set(builtinModules);
// A sentence of the library's own code (a rule title): it must ship once per module format, not once per entry.
const MARKER = 'Firm, actualisable price in a'; // a message of rule price.actualisation (R2112-10), ASCII so that the build keeps it as is
const copies = { js: [], cjs: [] };
for (const { path } of packed.files) {
  const declaration = /\.d\.c?ts$/.test(path);
  if (!declaration && !/\.c?js$/.test(path)) continue;
  const text = readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
  if (!declaration && /^\/\/ (?:\S*\/)?node_modules\//m.test(text)) problems.push(`${path} bundles code from node_modules`);
  if (!declaration && text.includes(MARKER)) copies[path.endsWith('.cjs') ? 'cjs' : 'js'].push(path);
  for (const [, , spec] of text.matchAll(SPECIFIER)) {
    if (spec.startsWith('.') || spec.startsWith('node:') || builtins.has(spec) || builtins.has(packageName(spec))) continue;
    if (!pkg.dependencies?.[packageName(spec)]) problems.push(`${path} imports "${spec}", which is not in dependencies`);
  }
}
for (const [format, files] of Object.entries(copies)) {
  if (files.length !== 1)
    problems.push(`the library's code ships ${files.length} times in .${format} files (${files.join(', ')}): expected once`);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `package contents OK: ${packed.files.length} files, ${(packed.size / 1024).toFixed(1)} kB packed, ${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked`,
);
