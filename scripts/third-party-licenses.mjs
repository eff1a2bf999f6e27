// Writes dist/THIRD-PARTY-LICENSES.md: name, version, licence and full licence text of every package whose code
// tsup bundled into dist/ (see `noExternal` in tsup.config.ts). Run by `npm run build`, after tsup.
// The packages are found in the build output itself — esbuild marks each bundled module with a
// `// node_modules/<package>/<file>` comment (path relative to the project, maybe through a symlink) — so the file lists exactly what ships, transitive packages included.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const OUT = join(DIST, 'THIRD-PARTY-LICENSES.md');

const bundled = new Set();
for (const file of readdirSync(DIST)) {
  if (!/\.(c?js)$/.test(file)) continue;
  const text = readFileSync(join(DIST, file), 'utf8');
  for (const m of text.matchAll(/^\/\/ (?:\S*\/)?node_modules\/((?:@[\w.-]+\/)?[\w.-]+)\//gm)) bundled.add(m[1]);
}
if (bundled.size === 0) {
  console.error('third-party-licenses: no bundled package found in dist/ (was it built with tsup, unminified?)');
  process.exit(1);
}

const LICENSE_FILE = /^licen[cs]e(\.(md|txt))?$/i;
const sections = [];
for (const name of [...bundled].sort()) {
  const dir = join(ROOT, 'node_modules', name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licenseFile = readdirSync(dir).find((f) => LICENSE_FILE.test(f));
  if (!licenseFile || !existsSync(join(dir, licenseFile))) {
    console.error(`third-party-licenses: no licence file in node_modules/${name}`);
    process.exit(1);
  }
  const text = readFileSync(join(dir, licenseFile), 'utf8').trim();
  const fence = text.includes('```') ? '~~~~' : '```';
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  sections.push(
    [
      `## ${name} ${pkg.version}`,
      '',
      `- Licence: ${pkg.license ?? 'see below'}`,
      ...(repository ? [`- Repository: ${repository.replace(/^git\+/, '')}`] : []),
      '',
      `${fence}text`,
      text,
      fence,
    ].join('\n'),
  );
}

writeFileSync(
  OUT,
  `# Third-party licences

clausier's files in \`dist/\` include code of the following packages, bundled at build time. Their licences follow.

${sections.join('\n\n')}
`,
);
console.log(`dist/THIRD-PARTY-LICENSES.md: ${[...bundled].sort().join(', ')}`);
