// `--format eforms`: the CLI reads TED eForms notices from files and folders. Each argument is a notice file (`.xml`), or
// a folder whose `.xml` files (not those of its sub-folders) are read in name order; several arguments are read in the
// order given. A notice gives one record per lot; a file that is no notice to read gives one rejected record naming
// the file and why, so that every file and every lot is accounted for.

import type { Locale } from '../model/localized.js';
import { readEformsNotice } from '../readers/eforms/notice.js';
import type { MappedRecord } from '../readers/stream.js';
import type { CliIo } from './io.js';
import { describeError, say } from './messages.js';

/** The notice files named by the arguments: files as given, folders expanded to their `.xml` files in name order. */
export async function noticeFiles(io: CliIo, args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    const entries = arg === '-' || !io.listFolder ? undefined : await io.listFolder(arg).catch(() => undefined);
    if (entries === undefined) out.push(arg);
    else {
      const folder = arg.endsWith('/') ? arg : `${arg}/`;
      for (const name of [...entries].filter((n) => n.toLowerCase().endsWith('.xml')).sort()) out.push(`${folder}${name}`);
    }
  }
  return out;
}

/**
 * Reads the notices, one batch of records per file, indexes counted across the files. A file that cannot be read or
 * holds no notice to read is one rejected record (`file: reason`).
 */
export async function* eformsBatches(io: CliIo, files: readonly string[], locale: Locale): AsyncGenerator<MappedRecord[]> {
  let index = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await io.readText(file);
    } catch (e) {
      yield [
        {
          index: index++,
          ok: false,
          reason: `${file}: ${say(locale, 'illisible', 'unreadable')}: ${describeError(e, locale)}`,
          problems: [],
        },
      ];
      continue;
    }
    const r = await readEformsNotice(text);
    if (!r.ok) {
      yield [{ index: index++, ok: false, reason: `${file}: ${r.reason}`, problems: r.problems }];
      continue;
    }
    const batch: MappedRecord[] = [];
    for (const x of r.records) {
      batch.push(
        x.ok
          ? { index: index++, ok: true, contract: x.contract, problems: x.problems }
          : { index: index++, ok: false, reason: x.reason, problems: x.problems },
      );
    }
    yield batch;
  }
}
