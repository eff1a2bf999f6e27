// The registry reachable here serves only the packages of this platform: `npm install` then leaves the other
// platforms' optional binaries (biome, rollup, oxc-parser…) out of package-lock.json, and `npm ci` refuses the
// lockfile as out of sync. This adds those optional entries (version only, as optional) so that `npm ci` accepts
// the lockfile; npm skips them on install since they are optional and not for this platform.
// Run after any `npm install`: node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [where, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    // Resolution as npm does it: nested first, then up the tree.
    const base = where === '' ? '' : `${where}/`;
    const candidates = [`${base}node_modules/${name}`, `node_modules/${name}`];
    if (candidates.some((c) => packages[c])) continue;
    const version = String(range).replace(/^[\^~=]/, '');
    if (!/^\d+\.\d+\.\d+/.test(version)) continue;
    const m = /-(android|darwin|freebsd|linux|openbsd|sunos|win32|openharmony|aix|netbsd)-([a-z0-9]+)/.exec(name);
    const extra = m ? { os: [m[1]], cpu: [m[2]] } : {};
    packages[`node_modules/${name}`] = { version, dev: entry.dev ?? undefined, optional: true, ...extra };
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
lock.packages = sorted;
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} optional platform entries added`);
