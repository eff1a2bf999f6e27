import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };
const define = { __CLAUSIER_VERSION__: JSON.stringify(version) };
// The runtime dependencies are bundled (tree-shaken) into each output file: loading one file is much faster than
// resolving and evaluating zod's ~100 modules plus date-fns and decimal.js at import. tsup would bundle date-fns and
// decimal.js anyway (devDependencies); zod stays in `dependencies` because the exported schemas' declared types are
// zod's (`z.ZodType`), so it must be listed here. Their licences ship in dist/THIRD-PARTY-LICENSES.md
// (scripts/third-party-licenses.mjs, run by `npm run build`); scripts/check-package.mjs fails on any runtime import left.
const noExternal = ['zod', 'decimal.js', 'date-fns'];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    target: 'node20',
    clean: true,
    treeshake: true,
    define,
    noExternal,
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    target: 'node20',
    clean: false,
    define,
    noExternal,
  },
]);
