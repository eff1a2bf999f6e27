import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// clausier as a consumer gets it: the built package installed in a project beside one version of each of its
// dependencies — the lowest that its semver ranges allow (devDependencies `zod-lowest`, `decimal.js-lowest`,
// `date-fns-lowest`, npm aliases) and the newest (the project's own, from the lockfile). The consumer's scripts
// (test/package/consumer/) compose the exported schemas with their own zod, in ESM and CommonJS, and type-check.
// `npm test` builds before testing.
const root = fileURLToPath(new URL('../../', import.meta.url));
const modules = join(root, 'node_modules');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const built = existsSync(join(root, 'dist/index.js')) && existsSync(join(root, 'dist/index.cjs'));
const DEPENDENCIES = ['zod', 'decimal.js', 'date-fns'] as const;
const version = (dir: string) => (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;

/** A throwaway project with clausier (dist, schema, package.json) and each dependency linked from `folder(dep)`. */
function consumerProject(folder: (dep: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausier-consumer-'));
  const installed = join(dir, 'node_modules', 'clausier');
  mkdirSync(installed, { recursive: true });
  for (const f of ['dist', 'schema', 'package.json']) cpSync(join(root, f), join(installed, f), { recursive: true });
  for (const dep of DEPENDENCIES) symlinkSync(join(modules, folder(dep)), join(dir, 'node_modules', dep), 'dir');
  // The other runtime dependencies, at the project's version.
  for (const dep of Object.keys(pkg.dependencies).filter((d) => !(DEPENDENCIES as readonly string[]).includes(d))) {
    symlinkSync(join(modules, dep), join(dir, 'node_modules', dep), 'dir');
  }
  symlinkSync(join(modules, '@types'), join(dir, 'node_modules', '@types'), 'dir');
  for (const f of ['compose.mjs', 'compose.cjs', 'types.mts', 'tsconfig.json'])
    cpSync(join(root, 'test/package/consumer', f), join(dir, f));
  cpSync(join(root, 'examples/contracts/price-variation.json'), join(dir, 'price-variation.json'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  return dir;
}

const variants = {
  lowest: (dep: string) => `${dep}-lowest`,
  newest: (dep: string) => dep,
};

describe.skipIf(!built)('clausier in a consumer’s project, beside the lowest and the newest dependencies its ranges allow', () => {
  it('the lowest versions installed are the lower bounds of the ranges', () => {
    for (const dep of DEPENDENCIES) {
      expect(pkg.dependencies[dep], dep).toMatch(/^\^\d+\.\d+\.\d+$/);
      expect(`^${version(join(modules, `${dep}-lowest`))}`, dep).toBe(pkg.dependencies[dep]);
      expect(pkg.devDependencies[`${dep}-lowest`], dep).toBe(`npm:${dep}@${pkg.dependencies[dep]?.slice(1)}`);
    }
  });

  const outputs: Record<string, unknown> = {};
  describe.each(Object.entries(variants))('%s', (name, folder) => {
    const dir = consumerProject(folder);
    const node = (file: string) => spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' });

    it('ESM: composes, extends, picks, converts to JSON Schema; readable messages in English, French by toInputProblem', {
      timeout: 60_000,
    }, () => {
      const r = node('compose.mjs');
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout) as { zod: string };
      expect(out.zod).toBe(version(join(modules, folder('zod'))));
      outputs[name] = { ...out, zod: undefined };
    });

    it('CommonJS: the same with require()', () => {
      const r = node('compose.cjs');
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe('cjs ok');
    });

    // The newest is type-checked by the project's own typecheck (types.mts is in its include).
    it.runIf(name === 'lowest')('type-checks a consumer’s composition (nodenext)', { timeout: 120_000 }, () => {
      const r = spawnSync(process.execPath, [join(modules, 'typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
      expect(r.stdout + r.stderr).toBe('');
      expect(r.status).toBe(0);
    });
  });

  it('gives the same verdicts and problems on the lowest and the newest versions', () => {
    expect(outputs.lowest).toBeDefined();
    expect(outputs.lowest).toEqual(outputs.newest);
  });
});
