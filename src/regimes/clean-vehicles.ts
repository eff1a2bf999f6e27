import type { ParameterKey } from '../law/parameters/index.js';
import { cenv } from '../law/sources.js';
import type { BuyerKind } from '../model/contract.js';
import { jsonPath } from '../model/validation.js';
import { measure, parameterMinimum, scopeOnly, sum } from './measure.js';
import type { CleanVehiclesLine } from './purchase-lines.js';
import type { RegimeInfo, RegimeResult } from './types.js';
import { valueForYear } from './yearly-value.js';

/** Clean vehicles (C. env. L224-7 ff.): what it is, for the reports. */
export const CLEAN_VEHICLES_INFO: RegimeInfo = {
  id: 'clean-vehicles',
  label: {
    fr: 'Véhicules à faibles émissions dans le renouvellement des flottes (C. env. L224-7 s.)',
    en: 'Low-emission vehicles in fleet renewals (C. env. L224-7 ff.)',
  },
  description: {
    fr: 'Un acheteur qui gère une flotte de plus de 20 véhicules légers (3,5 t au plus) acquiert ou loue, lors de son renouvellement annuel, une part minimale de véhicules à faibles émissions : État et ses établissements publics 50 % puis 70 % à partir de 2027 ; collectivités territoriales 30 %, 40 % de 2025 à 2029, 70 % à partir de 2030 ; autres acheteurs 40 % (ordonnance n° 2021-1490). Ces valeurs sont partiellement confirmées (découpage des articles et modifications postérieures non lus) : les résultats le signalent. Les autres catégories de véhicules (poids lourds, autobus) n’ont pas de minimum dans clausier.',
    en: 'A buyer managing a fleet of more than 20 light vehicles (3.5 t or less) buys or leases, in its yearly renewals, a minimum share of low-emission vehicles: the State and its public bodies 50 %, then 70 % from 2027; local authorities 30 %, 40 % from 2025 to 2029, 70 % from 2030; other buyers 40 % (ordonnance n° 2021-1490). These values are partly confirmed (the split between articles and later amendments were not read): the results say so. Other vehicle categories (heavy vehicles, buses) have no minimum in clausier.',
  },
  legalBasis: [cenv('L224-7', 'ordonnance n° 2021-1490'), cenv('L224-8'), cenv('L224-7 à L224-8-2')],
  parameters: [
    'fleet.minFleetSize',
    'fleet.state.lowEmission.minShare',
    'fleet.localAuthorities.lowEmission.minShare',
    'fleet.otherBuyers.lowEmission.minShare',
  ],
};

// Which minimum a kind of buyer owes: the State's (L224-7), the local authorities' (L224-8) or the other buyers'.
const MINIMUM_OF: Readonly<Record<BuyerKind, ParameterKey>> = {
  state: 'fleet.state.lowEmission.minShare',
  'state-public-body': 'fleet.state.lowEmission.minShare',
  'local-authority': 'fleet.localAuthorities.lowEmission.minShare',
  // The finer buyer kinds of issue 13 (law-rules' hunk): State public bodies of any character follow the State; the
  // others, like a social landlord, the other buyers.
  'state-epic': 'fleet.state.lowEmission.minShare',
  'local-public-body': 'fleet.otherBuyers.lowEmission.minShare',
  oph: 'fleet.otherBuyers.lowEmission.minShare',
  esh: 'fleet.otherBuyers.lowEmission.minShare',
  sem: 'fleet.otherBuyers.lowEmission.minShare',
  association: 'fleet.otherBuyers.lowEmission.minShare',
  'other-private': 'fleet.otherBuyers.lowEmission.minShare',
  'social-landlord': 'fleet.otherBuyers.lowEmission.minShare',
  hospital: 'fleet.otherBuyers.lowEmission.minShare',
  'contracting-entity': 'fleet.otherBuyers.lowEmission.minShare',
  other: 'fleet.otherBuyers.lowEmission.minShare',
};

/** One group of clean-vehicle lines: one buyer, year and vehicle category. */
export interface CleanVehiclesGroup {
  /** The lines. */
  readonly lines: readonly CleanVehiclesLine[];
  /** Their zero-based indexes in the input. */
  readonly indexes: readonly number[];
}

/** Evaluates one buyer's fleet renewals of one year against the low-emission minimum. Pure. */
export function evaluateCleanVehiclesGroup(group: CleanVehiclesGroup): RegimeResult {
  const first = group.lines[0] as CleanVehiclesLine;
  const { year } = first;
  const kind = group.lines.find((l) => l.buyerKind !== undefined)?.buyerKind;
  const name = group.lines.find((l) => l.buyerName !== undefined)?.buyerName;
  const base = {
    regime: 'clean-vehicles' as const,
    year,
    buyerId: first.buyerId,
    ...(name === undefined ? {} : { buyerName: name }),
    ...(kind === undefined ? {} : { buyerKind: kind }),
    subject: first.category,
    lines: group.indexes,
  };
  if (first.category !== 'light') {
    return scopeOnly(base, 'unknown', {
      fr: `Catégorie de véhicules « ${first.category} » : clausier n’a de minimum que pour les véhicules légers (« light »).`,
      en: `Vehicle category "${first.category}": clausier has a minimum only for light vehicles ("light").`,
    });
  }
  if (kind === undefined) {
    return scopeOnly(
      base,
      'unknown',
      {
        fr: 'Type d’acheteur manquant (buyerKind) : il fixe la part minimale.',
        en: 'Buyer kind missing (buyerKind): it sets the minimum share.',
      },
      group.indexes.map((i) => jsonPath([i, 'buyerKind'])),
    );
  }
  const sizes = new Set(group.lines.map((l) => l.fleetSize));
  if (sizes.size > 1) {
    return scopeOnly(base, 'unknown', {
      fr: `Taille de flotte différente selon les lignes (${[...sizes].map((s) => s ?? '—').join(', ')}) : la préciser de façon cohérente.`,
      en: `Fleet size differs between lines (${[...sizes].map((s) => s ?? '—').join(', ')}): give it consistently.`,
    });
  }
  const fleet = first.fleetSize;
  if (fleet === undefined) {
    return scopeOnly(
      base,
      'unknown',
      {
        fr: 'Taille de la flotte manquante (fleetSize) : l’obligation vise les flottes de plus de 20 véhicules.',
        en: 'Fleet size missing (fleetSize): the duty binds fleets of more than 20 vehicles.',
      },
      group.indexes.map((i) => jsonPath([i, 'fleetSize'])),
    );
  }
  const threshold = valueForYear('fleet.minFleetSize', year);
  if (!threshold.ok) return scopeOnly(base, 'unknown', threshold.message);
  const min = threshold.use.value as number;
  if (fleet <= min) {
    return scopeOnly(base, 'not-applicable', {
      fr: `Flotte de ${fleet} véhicules : l’obligation vise les flottes de plus de ${min} véhicules.`,
      en: `Fleet of ${fleet} vehicles: the duty binds fleets of more than ${min} vehicles.`,
    });
  }
  const missing: string[] = [];
  group.lines.forEach((l, k) => {
    if (l.lowEmissionVehicles === undefined) missing.push(jsonPath([group.indexes[k] as number, 'lowEmissionVehicles']));
  });
  const m = measure({
    id: 'low-emission',
    label: { fr: 'Véhicules à faibles émissions parmi les renouvellements', en: 'Low-emission vehicles among renewals' },
    numerator: missing.length > 0 ? null : sum(group.lines.map((l) => l.lowEmissionVehicles as number)),
    denominator: sum(group.lines.map((l) => l.vehicles)),
    missing,
    minimum: parameterMinimum(MINIMUM_OF[kind], year),
    unit: 'vehicles',
  });
  return {
    ...base,
    status: m.status,
    scope: {
      fr: `Flotte de ${fleet} véhicules légers (plus de ${min}) : part minimale de l’acheteur « ${kind} ».`,
      en: `Fleet of ${fleet} light vehicles (more than ${min}): minimum share of a "${kind}" buyer.`,
    },
    missing: [],
    measures: [m],
  };
}
