import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };
const define = { __CLAUSIER_VERSION__: JSON.stringify(version) };
const dts = { compilerOptions: { ignoreDeprecations: '6.0' } };

// zod, decimal.js and date-fns are `dependencies` (semver ranges) and stay external: the library imports them, so
// npm dedupes them with the user's own copies and the exported zod schemas are built by the user's zod.
// The ESM build has two entries, the library and the CLI, split into shared chunks: the CLI ships no second copy of
// the library (docs/performance.md measures what a self-contained CLI file would save at start-up). The CJS build
// is the library alone.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: { ...dts, entry: { index: 'src/index.ts' } },
    target: 'node20',
    splitting: true,
    treeshake: true,
    // Each build cleans only its own kind of file: the two run at once (chunk names change with their content).
    clean: ['*.js', '*.d.ts'],
    define,
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts,
    target: 'node20',
    treeshake: true,
    clean: ['*.cjs', '*.d.cts'],
    define,
  },
]);
