import type { CalendarDate } from '../model/calendar-date.js';
import { localized } from '../model/localized.js';
import { schemaMessage } from '../model/schema-messages.js';
import { type InputProblem, type ParseResult, toInputProblem } from '../model/validation.js';
import { type InsertionProgramme, InsertionProgrammeSchema } from './programme-schema.js';

const problem = (path: string, code: string, fr: string, en: string): InputProblem => ({ path, code, message: localized(fr, en) });

/**
 * Validates an unknown value (typically parsed JSON) as an {@link InsertionProgramme}. Never throws.
 *
 * Besides the shape, it checks what a tracker must not guess about: negative hours, a bucket without deadline,
 * a deadline outside the programme, hours attributed to an unknown bucket, a realised entry dated outside the
 * programme (or before its bucket starts), a reference to an unlisted contract, duplicate identifiers.
 * Each problem has its JSON path and a French and English message.
 */
export function parseInsertionProgramme(input: unknown): ParseResult<InsertionProgramme> {
  const r = InsertionProgrammeSchema.safeParse(input, { reportInput: true });
  if (!r.success) {
    return {
      ok: false,
      problems: r.error.issues.map((issue) => {
        // The programme's own messages win over "required": a bucket without deadline says so.
        const own = schemaMessage(issue.message);
        const base = toInputProblem(issue);
        return own ? { path: base.path, code: own.code, message: localized(own.fr, own.en) } : base;
      }),
    };
  }
  const problems = checkConsistency(r.data);
  return problems.length === 0 ? { ok: true, value: r.data } : { ok: false, problems };
}

function checkConsistency(p: InsertionProgramme): InputProblem[] {
  const out: InputProblem[] = [];
  if (p.end < p.start) {
    out.push(
      problem('$.end', 'end-before-start', `fin (${p.end}) avant le début (${p.start})`, `end (${p.end}) before start (${p.start})`),
    );
    return out;
  }
  const bucketStart = new Map<string, CalendarDate>();
  p.buckets.forEach((b, i) => {
    const at = `$.buckets[${i}]`;
    if (bucketStart.has(b.id)) {
      out.push(problem(`${at}.id`, 'duplicate-bucket', `enveloppe "${b.id}" déjà définie`, `bucket "${b.id}" already defined`));
      return;
    }
    const start = b.start ?? p.start;
    bucketStart.set(b.id, start);
    if (start < p.start || start > p.end) {
      out.push(
        problem(
          `${at}.start`,
          'outside-programme',
          `début d’enveloppe (${start}) hors des dates du programme (${p.start} – ${p.end})`,
          `bucket start (${start}) outside the programme's dates (${p.start} – ${p.end})`,
        ),
      );
    }
    if (b.deadline < start || b.deadline > p.end) {
      out.push(
        problem(
          `${at}.deadline`,
          'deadline-outside',
          `échéance (${b.deadline}) hors de la période de l’enveloppe (${start} – ${p.end})`,
          `deadline (${b.deadline}) outside the bucket's period (${start} – ${p.end})`,
        ),
      );
    }
  });
  const contracts = p.contracts ? new Set<string>() : undefined;
  p.contracts?.forEach((c, i) => {
    if (contracts?.has(c.id)) {
      out.push(problem(`$.contracts[${i}].id`, 'duplicate-contract', `marché "${c.id}" déjà listé`, `contract "${c.id}" already listed`));
    }
    contracts?.add(c.id);
  });
  p.realised?.forEach((e, i) => {
    const at = `$.realised[${i}]`;
    const start = bucketStart.get(e.bucket);
    if (start === undefined) {
      const known = [...bucketStart.keys()].map((k) => `"${k}"`).join(', ');
      out.push(
        problem(
          `${at}.bucket`,
          'unknown-bucket',
          `heures attribuées à une enveloppe inconnue "${e.bucket}" (enveloppes : ${known})`,
          `hours attributed to an unknown bucket "${e.bucket}" (buckets: ${known})`,
        ),
      );
    }
    if (e.date < p.start || e.date > p.end) {
      out.push(
        problem(
          `${at}.date`,
          'outside-programme',
          `heures datées du ${e.date}, hors des dates du programme (${p.start} – ${p.end})`,
          `hours dated ${e.date}, outside the programme's dates (${p.start} – ${p.end})`,
        ),
      );
    } else if (start !== undefined && e.date < start) {
      out.push(
        problem(
          `${at}.date`,
          'before-bucket-start',
          `heures datées du ${e.date}, avant le début de l’enveloppe "${e.bucket}" (${start})`,
          `hours dated ${e.date}, before bucket "${e.bucket}" starts (${start})`,
        ),
      );
    }
    if (contracts && e.contract !== undefined && !contracts.has(e.contract)) {
      out.push(
        problem(
          `${at}.contract`,
          'unknown-contract',
          `marché "${e.contract}" absent de la liste "contracts"`,
          `contract "${e.contract}" is not in the "contracts" list`,
        ),
      );
    }
  });
  return out;
}
