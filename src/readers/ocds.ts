import { Decimal } from 'decimal.js';
import { addMonths, type CalendarDate } from '../model/calendar-date.js';
import type { ContractInput, PROCEDURES } from '../model/contract-schema.js';
import { type Money, parseMoney } from '../model/money.js';
import { finish } from './decp-common.js';
import {
  compact,
  describeType,
  isObject,
  MAX_DURATION_MONTHS,
  natureFromCpv,
  normalizeLabel,
  Problems,
  readAmount,
  readBoolean,
  readCpv,
  readDate,
  readId,
  shorten,
} from './fields.js';
import { GPP_STRATEGIES, goalDomain, RESERVED_PROCUREMENT } from './ocds-codes.js';
import type { ReadResult, RecordReader } from './types.js';

type Procedure = (typeof PROCEDURES)[number];
type Obj = Record<string, unknown>;

const CATEGORY: Record<string, 'works' | 'supplies' | 'services'> = { goods: 'supplies', works: 'works', services: 'services' };

/**
 * Procedure from `procurementMethodDetails` (eForms procedure-type labels or codes, or French DECP labels), which is
 * finer than `procurementMethod`; matched on the folded text ({@link normalizeLabel}: `neg-wo-call` reads `neg wo call`). Order matters: "negotiated without prior publication" is checked before "negotiated".
 */
const DETAIL_PATTERNS: readonly [RegExp, Procedure][] = [
  [/\b(neg wo call|without (prior )?(publication|call)|sans publicite)/, 'without-publicity'],
  [/\b(comp dial|competitive dialogue|dialogue competitif)/, 'competitive-dialogue'],
  [/\b(innovation partnership|partenariat d innovation)|^innovation$/, 'innovation-partnership'],
  [/\b(neg w call|negotiat|negocie|avec negociation)/, 'negotiated'],
  [/\b(restricted|restreint)/, 'restricted'],
  [/\b(adaptee|adapted)/, 'adapted'],
  [/^open$|\bopen procedure\b|\bouvert\b/, 'open'],
];

function readProcedure(tender: Obj, problems: Problems): Procedure | undefined {
  const details = typeof tender.procurementMethodDetails === 'string' ? normalizeLabel(tender.procurementMethodDetails) : '';
  if (details) for (const [re, p] of DETAIL_PATTERNS) if (re.test(details)) return p;
  const method = tender.procurementMethod;
  if (method === undefined || method === null) return undefined;
  if (method === 'open') return 'open';
  if (method === 'limited' || method === 'direct') return 'without-publicity';
  if (method === 'selective') {
    problems.add(
      'ambiguous-procedure',
      '$.tender.procurementMethod',
      method,
      'selective: restricted, negotiated or competitive dialogue, not said which (procurementMethodDetails): left out',
    );
    return undefined;
  }
  problems.add('unmapped-procedure-label', '$.tender.procurementMethod', method, 'unknown procurement method: left out');
  return undefined;
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Reads `value.amount` in euros (another currency is reported and left out). */
function readValue(value: unknown, path: string, problems: Problems): Money | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    problems.add('wrong-type', path, value, `expected a value object, got ${describeType(value)}: left out`);
    return undefined;
  }
  if (value.currency !== undefined && value.currency !== null && value.currency !== 'EUR') {
    problems.add('not-euros', `${path}.currency`, value.currency, 'amount not in euros: left out');
    return undefined;
  }
  if (value.amount === undefined || value.amount === null) return undefined;
  return readAmount(value.amount, `${path}.amount`, problems);
}

/** Sums amounts exactly; undefined when none is known. */
function sum(amounts: readonly Money[]): Money | undefined {
  if (amounts.length === 0) return undefined;
  if (amounts.length === 1) return amounts[0];
  const total = amounts.reduce((acc, m) => acc.plus(new Decimal(m)), new Decimal(0));
  const r = parseMoney(total.toFixed());
  return r.ok ? r.value : undefined;
}

/** Whole months from start to end, rounded up as DECP does (`dureeMois`): the least m with start + m months ≥ end. */
export function monthsBetween(start: CalendarDate, end: CalendarDate): number | undefined {
  if (end < start) return undefined;
  for (let m = 1; m <= MAX_DURATION_MONTHS; m++) if (addMonths(start, m) >= end) return m;
  return undefined;
}

type Flags = { executionClause?: boolean; awardCriterion?: boolean; technicalSpecification?: boolean; reserved?: boolean };

interface Sustainability {
  environmental?: Omit<Flags, 'reserved'>;
  social?: Flags;
  reservationBasis?: 'L2113-12' | 'L2113-15';
  /** Every goal met, for the caller. */
  goals: string[];
}

const STRATEGY_FIELD: Record<string, 'executionClause' | 'awardCriterion' | 'technicalSpecification'> = {
  contractPerformanceConditions: 'executionClause',
  awardCriteria: 'awardCriterion',
  technicalSpecifications: 'technicalSpecification',
};

/**
 * Maps the sustainability extension (tender and lots `hasSustainability` and `sustainability[]`, eForms-derived goals
 * and strategies) and reserved participation (eForms BT-71) to environmental and social considerations.
 */
function readSustainability(tender: Obj, problems: Problems): Sustainability {
  const holders: { obj: Obj; path: string }[] = [{ obj: tender, path: '$.tender' }];
  asArray(tender.lots).forEach((lot, i) => {
    if (isObject(lot)) holders.push({ obj: lot, path: `$.tender.lots[${i}]` });
  });
  let explicitNone = false;
  let hasTrue = false;
  /** `reservedParticipation: ["none"]` (eForms BT-71 `none`): participation is not reserved. */
  let reservedNone = false;
  const mentioned = { environmental: false, social: false };
  const env: Flags = {};
  const soc: Flags = {};
  const goals: string[] = [];
  let reservationBasis: Sustainability['reservationBasis'];
  for (const { obj, path } of holders) {
    const has = obj.hasSustainability === undefined ? undefined : readBoolean(obj.hasSustainability, `${path}.hasSustainability`, problems);
    if (has === false) explicitNone = true;
    if (has === true) hasTrue = true;
    const list = obj.sustainability;
    // An explicitly empty list, on a tender or lot that does not say it has sustainability, says there is none.
    if (Array.isArray(list) && list.length === 0 && has !== true) explicitNone = true;
    if (list !== undefined && list !== null && !Array.isArray(list)) {
      problems.add('wrong-type', `${path}.sustainability`, list, `expected a list, got ${describeType(list)}: ignored`);
    }
    asArray(list).forEach((s, i) => {
      const sPath = `${path}.sustainability[${i}]`;
      if (!isObject(s)) {
        problems.add('wrong-type', sPath, s, 'not a sustainability object: ignored');
        return;
      }
      const strategies = asArray(s.strategies).filter((x): x is string => typeof x === 'string');
      const goal = typeof s.goal === 'string' ? s.goal.trim() : undefined;
      if (goal && !goals.includes(goal)) goals.push(goal);
      let domain = goal ? goalDomain(goal) : undefined;
      if (goal && domain === undefined)
        problems.add('unmapped-sustainability-code', `${sPath}.goal`, goal, 'unknown sustainability goal: ignored');
      if (domain === 'none') explicitNone = true;
      if (domain === undefined && strategies.some((x) => GPP_STRATEGIES.has(x))) domain = 'environmental';
      if (domain !== 'environmental' && domain !== 'social') return;
      mentioned[domain] = true;
      const target = domain === 'environmental' ? env : soc;
      let kindGiven = false;
      for (const strategy of strategies) {
        const field = STRATEGY_FIELD[strategy];
        if (field) {
          target[field] = true;
          kindGiven = true;
        } else if (strategy === 'reservedParticipation' && domain === 'social') {
          soc.reserved = true;
          kindGiven = true;
        }
      }
      if (!kindGiven) {
        problems.add(
          'sustainability-kind-unknown',
          sPath,
          shorten(s),
          `${domain} goal without a strategy saying how (clause, criterion, specification): kind of consideration left unknown`,
        );
      }
    });
    const other = obj.otherRequirements;
    if (isObject(other)) {
      for (const code of asArray(other.reservedParticipation)) {
        const c = typeof code === 'string' ? (RESERVED_PROCUREMENT[code] ?? code) : undefined;
        if (c === 'shelteredWorkshop' || c === 'publicServiceMissionOrganization') {
          mentioned.social = true;
          soc.reserved = true;
          reservationBasis = c === 'shelteredWorkshop' ? 'L2113-12' : 'L2113-15';
        } else if (code === 'none') reservedNone = true;
        else
          problems.add(
            'unmapped-sustainability-code',
            `${path}.otherRequirements.reservedParticipation`,
            code,
            'unknown reservation code: ignored',
          );
      }
    }
  }
  const out: Sustainability = { goals };
  if (reservationBasis) out.reservationBasis = reservationBasis;
  // Reserved participation "none" says the contract is not reserved (unless another holder reserves it).
  if (reservedNone && soc.reserved === undefined) soc.reserved = false;
  if (mentioned.environmental || mentioned.social) {
    // A domain not mentioned while another is stays unknown.
    if (Object.keys(env).length > 0) out.environmental = env;
    if (Object.keys(soc).length > 0) out.social = soc;
    return out;
  }
  if (explicitNone && !hasTrue) {
    // hasSustainability false (or the eForms code "none"): neither environmental nor social considerations.
    out.environmental = { executionClause: false, awardCriterion: false, technicalSpecification: false };
    out.social = { executionClause: false, awardCriterion: false, technicalSpecification: false, reserved: false };
    return out;
  }
  if (soc.reserved === false) out.social = { reserved: false };
  if (hasTrue)
    problems.add(
      'sustainability-without-goal',
      '$.tender',
      undefined,
      'hasSustainability is true but no environmental or social goal is given: considerations left unknown',
    );
  return out;
}

function readCpvs(tender: Obj, problems: Problems): string[] {
  const out: string[] = [];
  const add = (c: unknown, path: string) => {
    if (!isObject(c)) return;
    if (typeof c.scheme !== 'string' || c.scheme.toUpperCase() !== 'CPV') return;
    const code = readCpv(c.id, `${path}.id`, problems);
    if (code && !out.includes(code)) out.push(code);
  };
  const main = tender.classification;
  add(main, '$.tender.classification');
  asArray(tender.items).forEach((item, i) => {
    if (!isObject(item)) return;
    add(item.classification, `$.tender.items[${i}].classification`);
    asArray(item.additionalClassifications).forEach((c, j) => {
      add(c, `$.tender.items[${i}].additionalClassifications[${j}]`);
    });
  });
  return out;
}

const isActive = (o: Obj) => o.status === undefined || o.status === null || o.status === 'active' || o.status === 'terminated';

function readRelease(release: Obj, problems: Problems): ReadResult {
  const id = readId(release.ocid) ?? readId(release.id);
  if (id === undefined) {
    return {
      ok: false,
      reason: 'no usable identifier (ocid)',
      problems: [{ code: 'missing-field', path: '$.ocid', value: shorten(release.ocid), reason: 'missing or empty' }],
    };
  }
  const tender = isObject(release.tender) ? release.tender : {};
  if (release.tender !== undefined && !isObject(release.tender))
    problems.add('wrong-type', '$.tender', release.tender, 'expected an object: ignored');
  const contracts = asArray(release.contracts).filter(isObject).filter(isActive);
  const awards = asArray(release.awards).filter(isObject).filter(isActive);
  if (contracts.length === 0 && awards.length === 0) {
    problems.add(
      'no-award',
      '$',
      undefined,
      'no active award or contract: a procedure not (yet) awarded, or a release that is not the compiled one',
    );
  }

  // Buyer
  let buyerObj: Obj | undefined = isObject(release.buyer) ? release.buyer : undefined;
  if (!buyerObj) {
    buyerObj = asArray(release.parties)
      .filter(isObject)
      .find((p) => asArray(p.roles).includes('buyer'));
  }
  const buyer = buyerObj
    ? compact({
        id: readId(buyerObj.id),
        name: typeof buyerObj.name === 'string' && buyerObj.name.trim() ? buyerObj.name.trim() : undefined,
      })
    : undefined;

  // Amounts: the contracts signed, else the awards; the tender value is the estimate.
  const contractAmounts = contracts
    .map((c) => readValue(c.value, `$.contracts[${asArray(release.contracts).indexOf(c)}].value`, problems))
    .filter((m): m is Money => m !== undefined);
  const awardAmounts = awards
    .map((a) => readValue(a.value, `$.awards[${asArray(release.awards).indexOf(a)}].value`, problems))
    .filter((m): m is Money => m !== undefined);
  const amount = sum(contractAmounts.length > 0 ? contractAmounts : awardAmounts);
  const estimate = readValue(tender.value, '$.tender.value', problems);

  // Dates
  const signed = contracts
    .map((c) => readDate(c.dateSigned, `$.contracts[${asArray(release.contracts).indexOf(c)}].dateSigned`, problems))
    .filter((d): d is CalendarDate => d !== undefined)
    .sort();
  const awarded = awards
    .map((a) => readDate(a.date, `$.awards[${asArray(release.awards).indexOf(a)}].date`, problems))
    .filter((d): d is CalendarDate => d !== undefined)
    .sort();
  const notification = signed[0] ?? awarded[0];
  const tenderPeriod = isObject(tender.tenderPeriod) ? tender.tenderPeriod : {};
  const consultationLaunch = readDate(tenderPeriod.startDate, '$.tender.tenderPeriod.startDate', problems);
  if (notification !== undefined && consultationLaunch !== undefined && notification < consultationLaunch) {
    problems.add(
      'date-notification-before-launch',
      signed[0] !== undefined ? '$.contracts[*].dateSigned' : '$.awards[*].date',
      notification,
      `signed or awarded on ${notification}, before the tender period starts (${consultationLaunch}): used as published`,
    );
  }
  const priceEstablished = readDate(tenderPeriod.endDate, '$.tender.tenderPeriod.endDate', problems);
  const periodOf = (o: unknown, path: string) => {
    if (!isObject(o)) return {};
    return { start: readDate(o.startDate, `${path}.startDate`, problems), end: readDate(o.endDate, `${path}.endDate`, problems) };
  };
  const firstContract = contracts[0];
  const contractPeriod = firstContract
    ? periodOf(firstContract.period, `$.contracts[${asArray(release.contracts).indexOf(firstContract)}].period`)
    : {};
  const plannedPeriod = periodOf(tender.contractPeriod, '$.tender.contractPeriod');
  const start = contractPeriod.start ?? plannedPeriod.start;
  const end = contractPeriod.start ? contractPeriod.end : plannedPeriod.end;
  let durationMonths: number | undefined;
  if (start && end) {
    durationMonths = monthsBetween(start, end);
    if (durationMonths === undefined)
      problems.add(
        'period-end-before-start',
        '$.contracts[0].period',
        { startDate: start, endDate: end },
        'period ends before it starts: duration left out',
      );
  }

  // Nature, CPV, procedure
  const cpv = readCpvs(tender, problems);
  const category = tender.mainProcurementCategory;
  let nature = typeof category === 'string' ? CATEGORY[category] : undefined;
  if (category !== undefined && category !== null && nature === undefined) {
    problems.add('unmapped-category', '$.tender.mainProcurementCategory', category, 'unknown category: nature taken from the CPV code');
  }
  if (nature === undefined && cpv[0]) nature = natureFromCpv(cpv[0]);
  const procedure = readProcedure(tender, problems);

  const sustainability = readSustainability(tender, problems);
  const holders = awards
    .flatMap((a) => asArray(a.suppliers))
    .filter(isObject)
    .flatMap((s): { id?: string; name?: string }[] => {
      const h = compact({ id: readId(s.id), name: typeof s.name === 'string' && s.name.trim() ? s.name.trim() : undefined });
      return h ? [h] : [];
    });
  const title = [tender.title, firstContract?.title, awards[0]?.title].find((t): t is string => typeof t === 'string' && t.trim() !== '');

  const input: ContractInput = {
    id,
    kind: 'contract',
    ...(title ? { title: title.trim() } : {}),
    ...(nature ? { nature } : {}),
    ...(procedure ? { procedure } : {}),
    ...(cpv.length > 0 ? { cpv } : {}),
    ...(buyer ? { buyer } : {}),
    ...(estimate ? { estimatedValueExclTax: estimate } : {}),
    ...(amount ? { amountExclTax: amount } : {}),
    ...(() => {
      const dates = compact({ consultationLaunch, priceEstablished, notification, executionStart: start });
      return dates ? { dates } : {};
    })(),
    ...(durationMonths !== undefined ? { durationMonths } : {}),
    ...(sustainability.environmental ? { environmental: sustainability.environmental } : {}),
    ...(sustainability.social ? { social: sustainability.social } : {}),
    ...(sustainability.reservationBasis ? { reservation: { basis: sustainability.reservationBasis } } : {}),
    ...(holders.length > 0 ? { holders } : {}),
    extensions: {
      source: 'ocds',
      ...(typeof release.id === 'string' ? { releaseId: release.id } : {}),
      ...(Array.isArray(release.tag) ? { tag: release.tag } : {}),
      ...(contracts.length > 1 ? { contractsSummed: contracts.length } : {}),
      ...(sustainability.goals.length > 0 ? { sustainabilityGoals: sustainability.goals } : {}),
    },
  };
  return finish(input, problems);
}

/**
 * Reader of OCDS releases (or OCDS records, through their `compiledRelease`) with the sustainability extension,
 * including goals and strategies derived from eForms codes (BT-06, BT-71, BT-774, BT-775, BT-805).
 * See docs/readers.md for the mapping.
 */
export const ocdsReader: RecordReader = {
  format: 'ocds',
  read(record) {
    if (!isObject(record)) return { ok: false, reason: `not an OCDS release: ${describeType(record)}`, problems: [] };
    const problems = new Problems();
    if (isObject(record.compiledRelease)) return readRelease(record.compiledRelease, problems);
    return readRelease(record, problems);
  },
};
