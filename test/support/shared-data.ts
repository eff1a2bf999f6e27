import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Where the tests find real open data.
//
// - test/fixtures/ holds small real files copied into the repository (under 1 MB in all, each folder with a
//   SOURCE.md: origin, licence, how it was cut). Its folders mirror the workspace's shared data folders, so that a
//   path such as `decp-v1-real/v1_data.gouv.fr_pes_sample150.json` means the same file in both places.
// - ../shared/data beside a checkout is the workspace's larger collection: it exists in the team's workspace only,
//   never in a clone elsewhere (CI included). Tests over files found only there skip, saying why.

/** The repository's real-data fixtures (test/fixtures/). */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** The workspace's shared data folder (../shared/data beside the checkout), present only in the team's workspace. */
export const SHARED_DATA_DIR = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

/** Whether ../shared/data is beside this checkout. */
export const hasShared = existsSync(SHARED_DATA_DIR);

/** The reason printed by tests skipped for lack of ../shared/data: put it in the skipped test's title. */
export const SHARED_SKIP_REASON = hasShared
  ? 'over ../shared/data'
  : 'SKIPPED: needs ../shared/data beside the checkout (team workspace only; the file is not in test/fixtures)';

/** A file of the shared data folder, by its path inside it. */
export function sharedFile(path: string): string {
  return `${SHARED_DATA_DIR}${path}`;
}

/** A file of test/fixtures, by its path inside it. */
export function fixtureFile(path: string): string {
  return `${FIXTURES_DIR}${path}`;
}

/**
 * A real-data file by its path inside the data folders: the fixture when the repository has it, else the shared
 * copy (which may be absent: guard the test with {@link hasRealFile}).
 */
export function realFile(path: string): string {
  const fixture = fixtureFile(path);
  return existsSync(fixture) ? fixture : sharedFile(path);
}

/** Whether a real-data file can be read here (a fixture, or a shared file in the team's workspace). */
export function hasRealFile(path: string): boolean {
  return existsSync(realFile(path));
}

if (!hasShared) {
  // Said once per test file that imports this module, so that a clone's test log tells why some tests skipped.
  console.info(`note: ${SHARED_DATA_DIR} is absent: tests over files found only there are skipped (test/fixtures are used)`);
}
