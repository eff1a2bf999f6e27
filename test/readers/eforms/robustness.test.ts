import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContract, readEformsNotice } from '../../../src/index.js';
import { realFile } from '../../support/shared-data.js';

// Mutated real notices: a reader of published data meets truncated files, edited codes and odd values. Whatever the
// text, it answers (a rejection with a reason, or records that are each a valid contract or a rejection) and never throws.

const NOTICES = [
  'eforms-real-notices/eforms_sdk_v1.5_eform_subtype_16__657565-2023.xml',
  'eforms-real-notices/eforms_sdk_v1.6_eform_subtype_10__262891-2023.xml',
  'eforms-sdk-examples/1.3.0/can_24_minimal.xml',
].map((p) => readFileSync(realFile(p), 'utf8'));

/** Every answer is well formed: a reason, or records that are valid contracts or rejections with a reason. */
async function wellFormed(text: string): Promise<void> {
  const r = await readEformsNotice(text);
  if (!r.ok) {
    expect(r.reason.length).toBeGreaterThan(0);
    return;
  }
  for (const x of r.records) {
    if (x.ok) expect(parseContract(x.contract).ok).toBe(true);
    else expect(x.reason.length).toBeGreaterThan(0);
    for (const p of x.problems) expect(p.code.length).toBeGreaterThan(0);
  }
}

describe('eForms reader: never throws on mutated notices', () => {
  it('cut anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(NOTICES.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), async (n, at) => {
        const text = NOTICES[n] as string;
        await wellFormed(text.slice(0, Math.floor(text.length * at)));
      }),
      { numRuns: 200 },
    );
  });

  it('element texts replaced by arbitrary strings (codes, amounts, dates, identifiers)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(NOTICES.length - 1),
        fc.array(
          fc.tuple(fc.nat(), fc.oneof(fc.string(), fc.constantFrom('-5', '1e400', 'NaN', '2023-02-30', '', 'none', 'res-ws', '9999999'))),
          {
            maxLength: 8,
          },
        ),
        async (n, edits) => {
          const text = NOTICES[n] as string;
          const texts = [...text.matchAll(/>([^<>]+)</g)];
          let out = text;
          for (const [k, value] of edits) {
            const m = texts[k % texts.length];
            if (m === undefined || m.index === undefined) continue;
            const safe = value.replace(/[<>&]/g, '');
            out = out.slice(0, m.index + 1) + safe + out.slice(m.index + 1 + (m[1] as string).length);
            break; // one edit per run keeps the indexes of the matches right
          }
          await wellFormed(out);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('arbitrary text and arbitrary XML-looking text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `<ContractNotice>${s}</ContractNotice>`),
        ),
        (text) => wellFormed(text),
      ),
      { numRuns: 300 },
    );
  });
});
