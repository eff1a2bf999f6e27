// clausier's price, environmental and social rules (7 rules) expressed in json-rules-engine, for comparison.
// Each rule becomes a `pass` rule and a `fail` rule whose conditions read facts derived from the contract; a contract
// on which neither fires corresponds to clausier's `not-applicable` or `unknown`. Parameter values are those of the
// benchmark window (see bench/baseline.mjs). Date comparisons use two custom operators on ISO strings.
import { Engine } from 'json-rules-engine';

/** The rule ids expressed here, in clausier's order. */
export const JRE_RULE_IDS = [
  'price.actualisation',
  'price.revision-world-market',
  'price.revision-major-hazards',
  'price.variation-clause-indicator',
  'environment.execution-condition',
  'environment.award-criterion',
  'social.execution-condition-above-eu',
];

const cents = (m) => (m === undefined ? undefined : Math.round(Number(m) * 100));
const ENERGY_CPV = /^(0931|09123)/;

function euThresholdCents(c) {
  if (c.kind === 'concession') return 540_400_000;
  if (c.nature === undefined) return undefined;
  if (c.nature === 'works') return 540_400_000;
  const kind = c.buyer?.kind;
  // Annex XIV: none of the generated CPV codes is in it, so a services contract with a CPV code is ordinary services.
  const social = c.socialOrSpecificServices ?? (c.cpv?.[0] !== undefined ? false : undefined);
  if (c.nature === 'services' && social === undefined) return undefined;
  if (kind === undefined) return undefined;
  if (c.nature === 'services' && social === true) return kind === 'contracting-entity' ? 100_000_000 : 75_000_000;
  if (kind === 'contracting-entity' || c.buyer?.defenceOrSecurity === true) return 43_200_000;
  if (kind === 'state' || kind === 'state-public-body') return 14_000_000;
  return 21_600_000;
}

// The environmental-criterion and price-alone facts, each from its two sources (undefined when they disagree on a point
// that could turn the verdict; see src/rules/environment/award-facts.ts).
function envCriterion(criteria, flag) {
  const listed =
    criteria === undefined ? undefined : criteria.includes('environmental') ? true : criteria.includes('cost') ? undefined : false;
  if (flag === undefined) return listed;
  if (listed === undefined || listed === flag) return flag;
  return flag ? true : undefined;
}
function priceAlone(criteria, flag) {
  const listed = criteria === undefined || criteria.length === 0 ? undefined : criteria.every((k) => k === 'price');
  if (flag === undefined) return listed;
  if (listed === undefined || listed === flag) return flag;
  return undefined;
}
// R2112-10: whether a firm price must carry an actualisation clause (works, or supplies/services not « courants »).
function actualisationRequired(c) {
  if (c.nature === undefined) return undefined;
  if (c.nature === 'works') return true;
  const standard = c.price?.standardSuppliesOrServices;
  return standard === undefined ? undefined : !standard;
}

/** The facts json-rules-engine reads, derived from a (parsed) clausier contract. */
export function toFacts(c) {
  const criteria = c.award?.criteria;
  const flag = c.environmental?.awardCriterion;
  const d = c.social?.dispensation;
  return {
    kind: c.kind,
    procedure: c.procedure,
    defence: c.buyer?.defenceOrSecurity === true,
    launch: c.dates?.consultationLaunch,
    actualisationRequired: actualisationRequired(c),
    priceType: c.price?.type,
    rawMaterialExposure: c.price?.rawMaterialExposure,
    majorHazardExposure: c.price?.majorHazardExposure,
    gasOrElectricity: c.price?.gasOrElectricitySupply === true || (c.cpv?.[0] !== undefined && ENERGY_CPV.test(c.cpv[0])),
    durationMonths: c.durationMonths,
    amountCents: cents(c.amountExclTax),
    estimatedValueCents: cents(c.estimatedValueExclTax),
    euThresholdCents: euThresholdCents(c),
    envExecutionClause: c.environmental?.executionClause,
    priceOnly: priceAlone(criteria, c.award?.priceOnly),
    envCriterion: envCriterion(criteria, flag),
    socialClause: c.social?.executionClause,
    dispensation: d !== undefined,
    dispensationGround: d?.ground !== undefined,
    dispensationJustified: d?.justification !== undefined && d.justification.trim() !== '',
  };
}

const f = (fact, operator, value) => ({ fact, operator, value });
const notConcession = f('kind', 'notEqual', 'concession');
const notDefence = f('defence', 'equal', false);
const climat = f('launch', 'onOrAfter', '2026-08-22'); // legislative duties (L2112-2, L2112-2-1, L2152-7)
const rule = (id, status, conditions) => ({ name: `${id}:${status}`, conditions, event: { type: id, params: { status } } });

const RULES = [
  ...['pass', 'fail'].map((s) =>
    rule('price.actualisation', s, {
      all: [notConcession, f('actualisationRequired', 'equal', true), f('priceType', 'equal', s === 'pass' ? 'firm-actualisable' : 'firm')],
    }),
  ),
  ...['pass', 'fail'].map((s) =>
    rule('price.revision-world-market', s, {
      all: [
        notConcession,
        f('rawMaterialExposure', 'equal', true),
        f('gasOrElectricity', 'equal', false),
        f('durationMonths', 'greaterThan', 3),
        s === 'pass' ? f('priceType', 'equal', 'revisable') : f('priceType', 'in', ['firm', 'firm-actualisable', 'provisional']),
      ],
    }),
  ),
  ...['pass', 'fail'].map((s) =>
    rule('price.revision-major-hazards', s, {
      all: [
        notConcession,
        f('majorHazardExposure', 'equal', true),
        s === 'pass' ? f('priceType', 'equal', 'revisable') : f('priceType', 'in', ['firm', 'firm-actualisable', 'provisional']),
      ],
    }),
  ),
  ...['pass', 'fail'].map((s) =>
    rule('price.variation-clause-indicator', s, {
      all: [
        notConcession,
        f('amountCents', 'greaterThan', 4_000_000),
        f('priceType', 'in', s === 'pass' ? ['firm-actualisable', 'revisable'] : ['firm', 'provisional']),
      ],
    }),
  ),
  ...['pass', 'fail'].map((s) =>
    rule('environment.execution-condition', s, { all: [notDefence, climat, f('envExecutionClause', 'equal', s === 'pass')] }),
  ),
  rule('environment.award-criterion', 'pass', {
    all: [
      notDefence,
      f('procedure', 'notEqual', 'without-publicity'),
      climat,
      f('priceOnly', 'notEqual', true),
      f('envCriterion', 'equal', true),
    ],
  }),
  rule('environment.award-criterion', 'fail', {
    all: [
      notDefence,
      f('procedure', 'notEqual', 'without-publicity'),
      climat,
      f('envCriterion', 'notEqual', true),
      { any: [f('priceOnly', 'equal', true), f('envCriterion', 'equal', false)] },
    ],
  }),
  rule('social.execution-condition-above-eu', 'pass', {
    all: [
      notDefence,
      climat,
      f('estimatedValueCents', 'greaterThanInclusive', { fact: 'euThresholdCents' }),
      {
        any: [
          f('socialClause', 'equal', true),
          { all: [f('dispensation', 'equal', true), f('dispensationGround', 'equal', true), f('dispensationJustified', 'equal', true)] },
        ],
      },
    ],
  }),
  rule('social.execution-condition-above-eu', 'fail', {
    all: [
      notDefence,
      climat,
      f('estimatedValueCents', 'greaterThanInclusive', { fact: 'euThresholdCents' }),
      f('socialClause', 'notEqual', true),
      {
        any: [
          { all: [f('dispensation', 'equal', true), f('dispensationGround', 'equal', true), f('dispensationJustified', 'equal', false)] },
          { all: [f('dispensation', 'equal', false), f('socialClause', 'equal', false)] },
        ],
      },
    ],
  }),
];

/** A json-rules-engine engine holding the 7 rules. */
export function createEngine() {
  const engine = new Engine(RULES, { allowUndefinedFacts: true });
  engine.addOperator('onOrAfter', (a, b) => typeof a === 'string' && a >= b);
  return engine;
}

const STATUS = { pass: 0, fail: 1 };
/**
 * Runs the engine on each contract and writes, per contract and rule (order of {@link JRE_RULE_IDS}),
 * 0 for pass, 1 for fail, 2 when no rule fired (clausier: not-applicable or unknown).
 */
export async function jreStatuses(engine, contracts, out) {
  const k = JRE_RULE_IDS.length;
  const index = new Map(JRE_RULE_IDS.map((id, j) => [id, j]));
  for (let i = 0; i < contracts.length; i++) {
    const base = i * k;
    out.fill(2, base, base + k);
    const { events } = await engine.run(toFacts(contracts[i]));
    for (const e of events) out[base + index.get(e.type)] = STATUS[e.params.status];
  }
  return out;
}
