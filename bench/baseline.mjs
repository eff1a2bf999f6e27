// The practical limit: a hand-written loop computing the same statuses as clausier's 20 shipped rules, with no
// findings, messages, parameter records or validation — only the verdicts.
//
// It replicates each module of src/rules/** (same branch order, so the same `unknown` vs `fail` precedence) and
// HARD-CODES the parameter values valid for the inputs of bench/generate.mjs: consultations launched
// 2026-01-01 … 2027-12-31 (launch date always present), notified 2026-2028. In that window every parameter the rules
// read is constant except the Climat et Résilience dates (legislative 2026-08-22, regulatory 2026-08-21). Outside it, or for a contract without a
// launch date or with `insertion.completedHoursByPublic`, the baseline is not meant to agree with clausier.
// test/bench/baseline.test.ts and bench/run.mjs assert that it does on the generated contracts.
//
// Amounts are compared as integer cents (generated amounts have at most 2 decimals) and dates as ISO strings.

/** Status codes, as stored in the status arrays. */
export const PASS = 0;
export const FAIL = 1;
export const NA = 2;
export const UNKNOWN = 3;
export const STATUS_NAMES = ['pass', 'fail', 'not-applicable', 'unknown'];

/** Rule ids, in the order of clausier's RULES (checked by the test). */
export const BASELINE_RULE_IDS = [
  'price.actualisation',
  'price.revision-world-market',
  'price.revision-major-hazards',
  'price.variation-clause-indicator',
  'environment.execution-condition',
  'environment.award-criterion',
  'environment.award-method',
  'social.execution-condition-above-eu',
  'reserved.disabled-workers',
  'reserved.disadvantaged-workers',
  'reserved.detainees',
  'reserved.social-economy',
  'reserved.social-economy-max-duration',
  'reserved.social-economy-repeat-award',
  'advance.mandatory',
  'advance.minimum-rate',
  'allotment.not-divided-justification',
  'allotment.small-lots',
  'materials.biobased',
  'insertion.clause-hours',
];

// Parameter values in the window (src/law/parameters/).
const CLIMAT_LEGISLATIVE = '2026-08-22';
const CLIMAT_REGULATORY = '2026-08-21';
const WORLD_MARKET_MIN_DURATION = 3;
const INDICATOR_MIN = 4_000_000; // cents
const ADVANCE_MIN = 5_000_000;
const ADVANCE_MIN_MONTHS = 2;
const RATE_MIN = 0.05;
const RATE_SME_STATE = 0.3;
const RATE_SME_LARGE_LOCAL = 0.1;
const RESERVED_MIN_SHARE = 0.5;
const ESS_MAX_YEARS = 3;
const ESS_COOLDOWN_YEARS = 3;
const SMALL_LOT_SUPPLIES = 8_000_000;
const SMALL_LOT_WORKS = 100_000_000;
const EU = {
  central: 14_000_000,
  subCentral: 21_600_000,
  utilitiesDefence: 43_200_000,
  worksConcessions: 540_400_000,
  social: 75_000_000,
  socialUtilities: 100_000_000,
};

const cents = (m) => Math.round(Number(m) * 100);

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const p2 = (n) => (n < 10 ? `0${n}` : `${n}`);
/** date-fns addMonths on a YYYY-MM-DD string: same day, clamped to the month's end. */
export function addMonths(date, months) {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const ny = y + Math.floor(m / 12);
  const nm = ((m % 12) + 12) % 12;
  const leap = ny % 4 === 0 && (ny % 100 !== 0 || ny % 400 === 0);
  const last = nm === 1 && leap ? 29 : DAYS[nm];
  return `${ny}-${p2(nm + 1)}-${p2(Math.min(d, last))}`;
}

const ENERGY_CPV = /^(0931|09123)/;

function actualisation(c) {
  if (c.kind === 'concession') return NA;
  const type = c.price?.type;
  if (type === undefined) return UNKNOWN;
  if (type === 'revisable' || type === 'provisional') return NA;
  if (c.nature === undefined) return UNKNOWN;
  if (c.nature !== 'works') {
    const standard = c.price?.standardSuppliesOrServices;
    if (standard === undefined) return UNKNOWN;
    if (standard) return NA;
  }
  return type === 'firm-actualisable' ? PASS : FAIL;
}

function worldMarket(c) {
  if (c.kind === 'concession') return NA;
  const exposure = c.price?.rawMaterialExposure;
  if (exposure === undefined) return UNKNOWN;
  if (!exposure) return NA;
  if (c.price?.gasOrElectricitySupply === true || (c.cpv?.[0] !== undefined && ENERGY_CPV.test(c.cpv[0]))) return NA;
  if (c.durationMonths === undefined) return UNKNOWN;
  if (!(c.durationMonths > WORLD_MARKET_MIN_DURATION)) return NA;
  const type = c.price?.type;
  if (type === undefined) return UNKNOWN;
  return type === 'revisable' ? PASS : FAIL;
}

function majorHazards(c) {
  if (c.kind === 'concession') return NA;
  const exposed = c.price?.majorHazardExposure;
  if (exposed === undefined) return UNKNOWN;
  if (!exposed) return NA;
  const type = c.price?.type;
  if (type === undefined) return UNKNOWN;
  return type === 'revisable' ? PASS : FAIL;
}

function variationIndicator(c) {
  if (c.kind === 'concession') return NA;
  if (c.amountExclTax === undefined) return UNKNOWN;
  if (c.dates?.notification === undefined) return UNKNOWN;
  if (!(cents(c.amountExclTax) > INDICATOR_MIN)) return NA;
  const type = c.price?.type;
  if (type === undefined) return UNKNOWN;
  return type === 'firm-actualisable' || type === 'revisable' ? PASS : FAIL;
}

// Environmental award facts: true, false, or undefined (unknown, or two sources disagreeing on a decisive point).
function envCriterion(c) {
  const flag = c.environmental?.awardCriterion;
  const criteria = c.award?.criteria;
  const listed =
    criteria === undefined ? undefined : criteria.includes('environmental') ? true : criteria.includes('cost') ? undefined : false;
  if (flag === undefined) return listed;
  if (listed === undefined || listed === flag) return flag;
  return flag ? true : undefined;
}

function priceAlone(c) {
  const flag = c.award?.priceOnly;
  const criteria = c.award?.criteria;
  const listed = criteria === undefined || criteria.length === 0 ? undefined : criteria.every((k) => k === 'price');
  if (flag === undefined) return listed;
  if (listed === undefined || listed === flag) return flag;
  return undefined;
}

function envExecution(c) {
  if (c.buyer?.defenceOrSecurity === true) return NA;
  if (c.dates.consultationLaunch < CLIMAT_LEGISLATIVE) return NA;
  const clause = c.environmental?.executionClause;
  if (clause === undefined) return UNKNOWN;
  return clause ? PASS : FAIL;
}

function envAward(c) {
  if (c.buyer?.defenceOrSecurity === true) return NA;
  if (c.procedure === 'without-publicity') return NA;
  if (c.dates.consultationLaunch < CLIMAT_LEGISLATIVE) return NA;
  const env = envCriterion(c);
  const alone = priceAlone(c);
  if (env === true) return alone === true ? UNKNOWN : PASS;
  if (env === false || alone === true) return FAIL;
  return UNKNOWN;
}

function envMethod(c) {
  if (c.procedure === 'without-publicity') return NA;
  if (c.dates.consultationLaunch < CLIMAT_REGULATORY) return NA;
  const concession = c.kind === 'concession';
  if (c.buyer?.defenceOrSecurity === true && !concession) return UNKNOWN;
  const env = envCriterion(c);
  const alone = priceAlone(c);
  if (alone === true) return env === true ? UNKNOWN : FAIL;
  if (concession && c.award?.criteria?.length === 1) return FAIL;
  if (env === true) return PASS;
  if (env === false) return FAIL;
  return UNKNOWN;
}

// Annex XIV of Directive 2014/24/UE: none of the CPV codes bench/generate.mjs draws is in it (checked by
// test/bench/baseline.test.ts), so services without socialOrSpecificServices but with a CPV code are ordinary services.
const inAnnexXiv = () => false;

// The EU threshold in cents, or -1 when a field needed to choose it is missing.
function euThreshold(c) {
  if (c.kind === 'concession') return EU.worksConcessions;
  if (c.nature === undefined) return -1;
  if (c.nature === 'works') return EU.worksConcessions;
  const kind = c.buyer?.kind;
  let social = c.socialOrSpecificServices;
  if (c.nature === 'services' && social === undefined && c.cpv?.[0] !== undefined) social = inAnnexXiv(c.cpv[0]);
  if (c.nature === 'services' && social === undefined) return -1;
  if (kind === undefined) return -1;
  if (c.nature === 'services' && social === true) return kind === 'contracting-entity' ? EU.socialUtilities : EU.social;
  if (kind === 'contracting-entity' || c.buyer?.defenceOrSecurity === true) return EU.utilitiesDefence;
  if (kind === 'state' || kind === 'state-public-body') return EU.central;
  return EU.subCentral;
}

function socialAboveEu(c) {
  if (c.buyer?.defenceOrSecurity === true) return NA;
  if (c.dates.consultationLaunch < CLIMAT_LEGISLATIVE) return NA;
  const threshold = euThreshold(c);
  if (threshold < 0) return UNKNOWN;
  const value = c.estimatedValueExclTax;
  if (value === undefined) return UNKNOWN;
  if (!(cents(value) >= threshold)) return NA;
  const s = c.social;
  if (s?.executionClause === true) return PASS;
  const d = s?.dispensation;
  if (d !== undefined) {
    if (d.ground === undefined) return UNKNOWN;
    return d.justification !== undefined && d.justification.trim() !== '' ? PASS : FAIL;
  }
  if (s?.executionClause === undefined) return UNKNOWN;
  return FAIL;
}

// Reserved markets: -1 when the contract is reserved under `basis` (the check runs), else the status.
function reservedUnder(basis, c) {
  if (c.kind === 'concession') return NA;
  const actual = c.reservation?.basis;
  if (actual === basis) return -1;
  if (actual !== undefined) return NA;
  return c.social?.reserved === true ? UNKNOWN : NA;
}

const SHARE_FIELD = { 'L2113-12': 'disabledWorkersShare', 'L2113-13': 'disadvantagedWorkersShare', 'L2113-13-1': 'detaineesShare' };
const STRUCTURES = { 'L2113-12': ['ea', 'esat'], 'L2113-13': ['siae'], 'L2113-13-1': ['prison-workshop'], 'L2113-15': ['ess'] };

function checkReservation(basis, c) {
  let fault = false;
  let missing = false;
  const cited = c.reservation?.citedInNotice;
  if (cited === undefined) missing = true;
  else if (!cited) fault = true;
  const holders = c.holders ?? [];
  if (holders.length === 0) missing = true;
  const shareField = SHARE_FIELD[basis];
  for (const h of holders) {
    let hFault = false;
    let hMissing = false;
    const type = h.structureType;
    const equivalent = basis !== 'L2113-13-1' && h.equivalentStructure === true;
    if (type === undefined && !equivalent) hMissing = true;
    else if (!equivalent && type !== undefined && !STRUCTURES[basis].includes(type)) hFault = true;
    if (shareField !== undefined) {
      const share = h[shareField];
      if (share === undefined) hMissing = true;
      else if (share < RESERVED_MIN_SHARE) hFault = true;
    }
    if (hFault) fault = true;
    else if (hMissing) missing = true;
  }
  return fault ? FAIL : missing ? UNKNOWN : PASS;
}

const reserved = (basis) => (c) => {
  const r = reservedUnder(basis, c);
  return r >= 0 ? r : checkReservation(basis, c);
};

function socialEconomy(c) {
  const r = reservedUnder('L2113-15', c);
  if (r >= 0) return r;
  if (c.nature === 'supplies' || c.nature === 'works' || c.socialOrSpecificServices === false) return FAIL;
  const outcome = checkReservation('L2113-15', c);
  if (c.socialOrSpecificServices !== undefined || outcome === FAIL) return outcome;
  return UNKNOWN;
}

function essDuration(c) {
  const r = reservedUnder('L2113-15', c);
  if (r >= 0) return r;
  const months = c.durationMonths;
  if (months === undefined) return UNKNOWN;
  return months <= ESS_MAX_YEARS * 12 ? PASS : FAIL;
}

function essRepeat(c) {
  const r = reservedUnder('L2113-15', c);
  if (r >= 0) return r;
  const launch = c.dates?.consultationLaunch;
  const previous = c.reservation?.previousEssAwards;
  const holders = c.holders ?? [];
  if (launch === undefined || previous === undefined || holders.length === 0) return UNKNOWN;
  for (const h of holders) if (h.id === undefined) return UNKNOWN;
  const periodStart = addMonths(launch, -12 * ESS_COOLDOWN_YEARS);
  for (const p of previous) {
    if (!(p.date > periodStart)) continue;
    for (const h of holders) if (h.id === p.holderId) return FAIL;
  }
  return PASS;
}

// The buyers of the advance rules (L2191-1, R2191-1): bound, undetermined, or (any other kind) out of scope.
const ADVANCE_BOUND = new Set(['state', 'state-public-body', 'local-authority', 'local-public-body', 'hospital']);
const ADVANCE_UNDETERMINED = new Set(['contracting-entity', 'other']);

// The engine's scope: a concession or a buyer out of scope is not applicable; with an undetermined or missing buyer
// kind, only not-applicable and pass stand, anything else is unknown.
const advanceScoped = (check) => (c) => {
  if (c.kind === 'concession') return NA;
  const kind = c.buyer?.kind;
  const bound = kind !== undefined && ADVANCE_BOUND.has(kind);
  if (kind !== undefined && !bound && !ADVANCE_UNDETERMINED.has(kind)) return NA;
  const r = check(c);
  return bound || r === NA || r === PASS ? r : UNKNOWN;
};

// Advance applicability: -1 when mandatory, else the status.
function advanceMandatoryApplies(c) {
  if (c.kind === 'concession') return NA;
  const amount = c.amountExclTax;
  const months = c.durationMonths;
  if (amount === undefined || months === undefined) return UNKNOWN;
  if (cents(amount) <= ADVANCE_MIN) return NA;
  if (months <= ADVANCE_MIN_MONTHS) return NA;
  return -1;
}

function advanceMandatory(c) {
  const r = advanceMandatoryApplies(c);
  if (r >= 0) return r;
  const a = c.advance;
  if (a?.granted === true || a?.refusedByHolder === true) return PASS;
  if (a?.granted === undefined) return UNKNOWN;
  return c.provenance === 'published-data' && a.refusedByHolder === undefined ? UNKNOWN : FAIL;
}

function advanceRate(c) {
  const r = advanceMandatoryApplies(c);
  if (r >= 0) return r;
  const granted = c.advance?.granted;
  if (granted === undefined) return UNKNOWN;
  if (!granted) return NA;
  const holders = c.holders ?? [];
  if (holders.length === 0) return UNKNOWN;
  let anySme = false;
  let smeMissing = false;
  for (const h of holders) {
    if (h.sme === true) anySme = true;
    else if (h.sme === undefined) smeMissing = true;
  }
  let min = RATE_MIN;
  if (!anySme) {
    if (smeMissing) return UNKNOWN;
  } else {
    const kind = c.buyer?.kind;
    if (kind === undefined) return UNKNOWN;
    if (kind === 'state') min = RATE_SME_STATE;
    else if (kind === 'local-authority' || kind === 'state-public-body' || kind === 'local-public-body') {
      const large = c.buyer?.operatingExpenditureAbove60M;
      if (large === undefined) return UNKNOWN;
      if (large) min = RATE_SME_LARGE_LOCAL;
    }
  }
  const rate = c.advance?.rate;
  if (rate === undefined) return UNKNOWN;
  return rate >= min ? PASS : FAIL;
}

function notDivided(c) {
  if (c.kind === 'concession') return NA;
  if (c.globalContract !== undefined) return NA;
  const divided = c.lots?.divided;
  if (divided === undefined) return UNKNOWN;
  if (divided) return NA;
  if (c.lots?.count !== undefined && c.lots.count > 1) return UNKNOWN;
  const reasons = c.lots?.notDividedJustification;
  return reasons !== undefined && reasons.trim() !== '' ? PASS : FAIL;
}

function smallLots(c) {
  if (c.kind === 'concession') return NA;
  const s = c.lots?.smallLot;
  if (s === undefined) return NA;
  const lot = s.lotValueExclTax;
  const cumulative = s.cumulativeSmallLotsExclTax;
  const all = s.allLotsValueExclTax;
  if (c.nature === undefined || lot === undefined || cumulative === undefined || all === undefined) return UNKNOWN;
  const max = c.nature === 'works' ? SMALL_LOT_WORKS : SMALL_LOT_SUPPLIES;
  // cumulative > 20 % of all  ⇔  5 × cumulative > all (in cents, exact).
  return cents(lot) >= max || 5 * cents(cumulative) > cents(all) ? FAIL : PASS;
}

function biobased(c) {
  if (c.nature === undefined) return UNKNOWN;
  if (c.nature !== 'works') return NA;
  const heavy = c.materials?.heavyRenovationOrConstruction;
  if (heavy === undefined) return UNKNOWN;
  // No minimum share before 2030: not applicable either way in the window.
  return NA;
}

function insertionHours(c, asOf) {
  const clause = c.insertion?.clause;
  if (clause === undefined) return UNKNOWN;
  if (!clause) return NA;
  const required = c.insertion.requiredHours;
  if (required === undefined) return UNKNOWN;
  if (required === '0') return FAIL;
  const counted = c.insertion.completedHours;
  if (counted === undefined) return PASS;
  if (Number(counted) >= Number(required)) return PASS;
  const start = c.dates?.executionStart;
  const months = c.durationMonths;
  if (start !== undefined && months !== undefined && Number.isInteger(months) && asOf < addMonths(start, months)) return PASS;
  return FAIL;
}

const CHECKS = [
  actualisation,
  worldMarket,
  majorHazards,
  variationIndicator,
  envExecution,
  envAward,
  envMethod,
  socialAboveEu,
  reserved('L2113-12'),
  reserved('L2113-13'),
  reserved('L2113-13-1'),
  socialEconomy,
  essDuration,
  essRepeat,
  advanceScoped(advanceMandatory),
  advanceScoped(advanceRate),
  notDivided,
  smallLots,
  biobased,
];

/** Number of rules. */
export const RULE_COUNT = BASELINE_RULE_IDS.length;

/**
 * Writes the status code of every rule for every contract into `out` (length `contracts.length * RULE_COUNT`),
 * contract-major, rule order of {@link BASELINE_RULE_IDS}.
 */
export function baselineStatuses(contracts, asOf, out) {
  const n = contracts.length;
  const k = CHECKS.length;
  for (let i = 0; i < n; i++) {
    const c = contracts[i];
    const base = i * RULE_COUNT;
    for (let j = 0; j < k; j++) out[base + j] = CHECKS[j](c);
    out[base + k] = insertionHours(c, asOf);
  }
  return out;
}

/** A 32-bit FNV-1a fingerprint of a status array. */
export function fingerprint(statuses) {
  let h = 0x811c9dc5;
  for (let i = 0; i < statuses.length; i++) h = Math.imul(h ^ statuses[i], 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

const CODE = { pass: PASS, fail: FAIL, 'not-applicable': NA, unknown: UNKNOWN };
/** The status code of a clausier status string. */
export const statusCode = (status) => CODE[status];
