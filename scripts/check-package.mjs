// Checks what `npm pack` would publish: only what users need, and no install-time scripts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

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

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `package contents OK: ${packed.files.length} files, ${(packed.size / 1024).toFixed(1)} kB packed, ${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked`,
);
