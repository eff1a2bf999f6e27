#!/usr/bin/env node
// Seeded generators of benchmark inputs (no dependency, no clock: the same seed gives the same data).
//  - generateContracts(n, seed): clausier contract inputs spread over every rule's branches (boundary amounts ±1 cent,
//    missing fields, both sides of the Climat et Résilience date), consultations launched 2026-01-01 … 2027-12-31:
//    a window in which every parameter the rules read is constant except the Climat flags (see bench/baseline.mjs).
//  - writeDecpNdjson(file, n, seed): DECP 2024 (schema 2.0.3) records, one `marche` object per line.
//  - writeClausierNdjson(file, n, seed): the same records in clausier's contract format, one per line.
// CLI: node bench/generate.mjs [records ...]   writes bench/out/decp-<n>.ndjson and bench/out/clausier-<n>.ndjson.
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'out');

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed) {
  let a = seed | 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const chance = (p) => rand() < p;
  const between = (min, max) => min + Math.floor(rand() * (max - min + 1));
  // A value or, with probability p, undefined (a missing field).
  const maybe = (p, f) => (rand() < p ? undefined : f());
  return { rand, pick, chance, between, maybe };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
const DAY_MS = 86_400_000;
const toDate = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const WINDOW_START = Date.UTC(2026, 0, 1);
const WINDOW_DAYS = 730; // 2026-01-01 … 2027-12-31

const BUYER_KINDS = ['state', 'state-public-body', 'local-authority', 'social-landlord', 'hospital', 'contracting-entity', 'other'];
const PROCEDURES = [
  'open',
  'restricted',
  'negotiated',
  'competitive-dialogue',
  'adapted',
  'adapted',
  'adapted',
  'without-publicity',
  'other',
];
const PRICE_TYPES = ['firm', 'firm-actualisable', 'revisable', 'provisional'];
const CPV = ['09310000-5', '09123000-7', '45210000-2', '30192000-1', '39130000-2', '90911200-8', '50700000-2', '15800000-6'];
const CRITERIA = ['price', 'cost', 'environmental', 'social', 'quality', 'innovation', 'delay', 'other'];
const STRUCTURES = ['esat', 'ea', 'siae', 'ess', 'prison-workshop', 'other'];
const BASES = ['L2113-12', 'L2113-13', 'L2113-13-1', 'L2113-15'];
const GROUNDS = [
  'immediately-available-solution',
  'no-link-with-subject-matter',
  'restricts-competition',
  'technical-or-economic-difficulty',
];
// Thresholds the rules compare with, so that amounts land on them and one cent either side.
const AMOUNT_MARKS = ['40000', '50000', '80000', '1000000'];
const VALUE_MARKS = ['140000', '216000', '432000', '750000', '1000000', '5404000'];
const SHARES = [0.3, 0.4999, 0.5, 0.5001, 0.8];

function moneyNear(r, marks, lo, hi) {
  if (r.chance(0.3)) {
    const m = Number(r.pick(marks));
    const cents = m * 100 + r.pick([-1, 0, 1]);
    return `${Math.floor(cents / 100)}.${pad(cents % 100)}`;
  }
  const raw = Math.exp(Math.log(lo) + r.rand() * (Math.log(hi) - Math.log(lo)));
  const cents = Math.round(raw * 100);
  return r.chance(0.5) ? String(Math.floor(cents / 100)) : `${Math.floor(cents / 100)}.${pad(cents % 100)}`;
}

function holder(r, i) {
  return {
    id: r.maybe(0.1, () => `7756789010${pad(r.between(0, 20), 4)}`),
    name: r.maybe(0.5, () => `Titulaire ${i}`),
    structureType: r.maybe(0.15, () => r.pick(STRUCTURES)),
    sme: r.maybe(0.15, () => r.chance(0.5)),
    disabledWorkersShare: r.maybe(0.3, () => r.pick(SHARES)),
    disadvantagedWorkersShare: r.maybe(0.3, () => r.pick(SHARES)),
    detaineesShare: r.maybe(0.3, () => r.pick(SHARES)),
    equivalentStructure: r.maybe(0.7, () => r.chance(0.5)),
  };
}

/** One contract input (clausier format); `undefined` members are dropped by JSON serialisation and ignored by the schema. */
export function generateContract(r, i) {
  const nature = r.maybe(0.03, () => r.pick(['works', 'supplies', 'services']));
  const launchMs = WINDOW_START + r.between(0, WINDOW_DAYS - 1) * DAY_MS;
  const notifMs = launchMs + r.between(20, 150) * DAY_MS;
  const startMs = notifMs + r.between(0, 200) * DAY_MS;
  const durationMonths = r.maybe(0.05, () => r.pick([1, 2, 3, 4, 6, 12, 24, 36, 37, 48]));
  const reserved = r.chance(0.15);
  const contract = {
    id: `bench-${i}`,
    kind: r.chance(0.05) ? 'concession' : 'contract',
    nature,
    procedure: r.maybe(0.05, () => r.pick(PROCEDURES)),
    cpv: r.maybe(0.2, () => [r.pick(CPV)]),
    buyer: {
      id: `2735000${pad(r.between(0, 999), 7)}`,
      kind: r.maybe(0.05, () => r.pick(BUYER_KINDS)),
      defenceOrSecurity: r.maybe(0.5, () => r.chance(0.1)),
      operatingExpenditureAbove60M: r.maybe(0.2, () => r.chance(0.3)),
    },
    socialOrSpecificServices: nature === 'services' ? r.maybe(0.1, () => r.chance(0.2)) : undefined,
    dates: {
      consultationLaunch: toDate(launchMs),
      priceEstablished: r.maybe(0.1, () => toDate(launchMs + r.between(10, 60) * DAY_MS)),
      notification: toDate(notifMs),
      executionStart: r.maybe(0.1, () => toDate(startMs)),
    },
    durationMonths,
    amountExclTax: r.maybe(0.05, () => moneyNear(r, AMOUNT_MARKS, 1000, 3_000_000)),
    estimatedValueExclTax: r.maybe(0.05, () => moneyNear(r, VALUE_MARKS, 20_000, 8_000_000)),
    price: {
      type: r.maybe(0.05, () => r.pick(PRICE_TYPES)),
      rawMaterialExposure: r.maybe(0.1, () => r.chance(0.4)),
      majorHazardExposure: r.maybe(0.1, () => r.chance(0.3)),
      gasOrElectricitySupply: r.maybe(0.7, () => r.chance(0.2)),
    },
    advance: {
      granted: r.maybe(0.1, () => r.chance(0.6)),
      rate: r.maybe(0.2, () => r.pick([0.05, 0.1, 0.2, 0.3])),
      refusedByHolder: r.maybe(0.6, () => r.chance(0.2)),
    },
    holders: r.chance(0.1) ? [] : Array.from({ length: r.between(1, 2) }, (_, k) => holder(r, k)),
    environmental: {
      executionClause: r.maybe(0.1, () => r.chance(0.7)),
      awardCriterion: r.maybe(0.5, () => r.chance(0.7)),
    },
    award: r.maybe(0.2, () => ({
      priceOnly: r.maybe(0.7, () => r.chance(0.5)),
      criteria: r.maybe(0.3, () => Array.from({ length: r.between(0, 3) }, () => r.pick(CRITERIA))),
    })),
    social: {
      executionClause: r.maybe(0.15, () => r.chance(0.4)),
      reserved: reserved ? true : r.maybe(0.3, () => false),
      dispensation: r.chance(0.1)
        ? {
            ground: r.maybe(0.2, () => r.pick(GROUNDS)),
            justification: r.maybe(0.3, () => r.pick(['', '  ', 'Chantier court en site occupé.'])),
          }
        : undefined,
    },
    reservation:
      reserved && r.chance(0.9)
        ? {
            basis: r.pick(BASES),
            citedInNotice: r.maybe(0.1, () => r.chance(0.85)),
            previousEssAwards: r.maybe(0.2, () =>
              r.chance(0.5)
                ? []
                : [{ holderId: `7756789010${pad(r.between(0, 20), 4)}`, date: toDate(launchMs - r.between(100, 1500) * DAY_MS) }],
            ),
          }
        : undefined,
    lots: {
      divided: r.maybe(0.1, () => r.chance(0.6)),
      notDividedJustification: r.maybe(0.5, () => r.pick(['', ' ', 'Prestations indissociables.'])),
      smallLot: r.chance(0.1)
        ? {
            lotValueExclTax: r.maybe(0.05, () => moneyNear(r, AMOUNT_MARKS, 1000, 1_200_000)),
            cumulativeSmallLotsExclTax: r.maybe(0.05, () => r.pick(['100000', '100000.01', '99999.99', '50000'])),
            allLotsValueExclTax: r.maybe(0.05, () => r.pick(['500000', '400000'])),
          }
        : undefined,
    },
    materials:
      nature === 'works'
        ? { heavyRenovationOrConstruction: r.maybe(0.2, () => r.chance(0.5)), biobasedOrLowCarbon: r.maybe(0.3, () => r.chance(0.5)) }
        : undefined,
    insertion: {
      clause: r.maybe(0.1, () => r.chance(0.3)),
      requiredHours: r.maybe(0.1, () => r.pick(['0', '350', '700', '1200.5'])),
      completedHours: r.maybe(0.3, () => r.pick(['0', '349.5', '350', '700', '1500'])),
    },
  };
  return JSON.parse(JSON.stringify(contract));
}

/** `n` contract inputs from `seed`. */
export function generateContracts(n, seed = 6) {
  const r = prng(seed);
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = generateContract(r, i);
  return out;
}

// ——— DECP 2024 format (schema 2.0.3), as published on data.gouv.fr ———
const DECP_PROCEDURES = [
  'Procédure adaptée',
  'Appel d’offres ouvert',
  'Appel d’offres restreint',
  'Procédure avec négociation',
  'Marché passé sans publicité ni mise en concurrence préalable',
  'Dialogue compétitif',
];
const DECP_PRICES = ['Définitif ferme', 'Définitif actualisable', 'Définitif révisable', 'Provisoire'];
const DECP_NATURES = [
  ['45210000-2', 'Travaux', 'Réhabilitation de logements'],
  ['39130000-2', 'Fournitures courantes et services', 'Mobilier'],
  ['09310000-5', 'Fournitures courantes et services', 'Fourniture d’électricité'],
  ['90911200-8', 'Fournitures courantes et services', 'Nettoyage des parties communes'],
  ['72000000-5', 'Fournitures courantes et services', 'Maintenance informatique'],
];

/** One DECP 2024 `marche` record. */
export function generateDecpRecord(r, i) {
  const [cpv, ccag, objet] = r.pick(DECP_NATURES);
  const notif = toDate(WINDOW_START - 730 * DAY_MS + r.between(0, 1400) * DAY_MS);
  const amount = Math.round(Math.exp(Math.log(40_001) + r.rand() * (Math.log(3_000_000) - Math.log(40_001))) * 100) / 100;
  const social = r.chance(0.3)
    ? ['Clause sociale', ...(r.chance(0.3) ? ['Critère social'] : []), ...(r.chance(0.1) ? ['Marché réservé'] : [])]
    : ['Pas de considération sociale'];
  const env = r.chance(0.8)
    ? [...(r.chance(0.8) ? ['Clause environnementale'] : []), ...(r.chance(0.6) ? ['Critère environnemental'] : [])]
    : ['Pas de considération environnementale'];
  return {
    id: `${notif.slice(0, 4)}${pad(i, 8)}`,
    acheteur: { id: `2735000${pad(r.between(0, 999), 7)}` },
    nature: r.chance(0.1) ? 'Accord-cadre' : 'Marché',
    objet: `${objet} — lot ${r.between(1, 9)}`,
    codeCPV: cpv,
    techniques: { technique: [r.pick(['Sans objet', 'Accord-cadre'])] },
    modalitesExecution: { modaliteExecution: [r.pick(['Tranches', 'Bons de commande', 'Sans objet'])] },
    marcheInnovant: false,
    ccag,
    offresRecues: r.between(1, 12),
    attributionAvance: r.chance(0.6),
    tauxAvance: r.pick([0, 0.05, 0.1, 0.2, 0.3]),
    typeGroupementOperateurs: r.pick(['Pas de groupement', 'Solidaire', 'Conjoint']),
    procedure: r.pick(DECP_PROCEDURES),
    lieuExecution: { code: String(r.between(10000, 95999)), typeCode: 'Code commune' },
    dureeMois: r.pick([3, 6, 12, 24, 36, 48]),
    dateNotification: notif,
    datePublicationDonnees: notif,
    montant: amount,
    typesPrix: { typePrix: [r.pick(DECP_PRICES)] },
    formePrix: r.pick(['Unitaire', 'Forfaitaire', 'Mixte']),
    sousTraitanceDeclaree: r.chance(0.2),
    titulaires: [{ titulaire: { typeIdentifiant: 'SIRET', id: `4502604${pad(r.between(0, 9_999_999), 7)}` } }],
    considerationsSociales: { considerationSociale: social },
    considerationsEnvironnementales: { considerationEnvironnementale: env.length ? env : ['Pas de considération environnementale'] },
  };
}

const PRICE_MAP = {
  'Définitif ferme': 'firm',
  'Définitif actualisable': 'firm-actualisable',
  'Définitif révisable': 'revisable',
  Provisoire: 'provisional',
};
const PROC_MAP = {
  'Procédure adaptée': 'adapted',
  'Appel d’offres ouvert': 'open',
  'Appel d’offres restreint': 'restricted',
  'Procédure avec négociation': 'negotiated',
  'Marché passé sans publicité ni mise en concurrence préalable': 'without-publicity',
  'Dialogue compétitif': 'competitive-dialogue',
};

/** The same record in clausier's contract format (what a DECP reader maps it to, for the fields the rules read). */
export function decpToClausier(m) {
  const social = m.considerationsSociales.considerationSociale;
  const env = m.considerationsEnvironnementales.considerationEnvironnementale;
  return {
    id: m.id,
    title: m.objet,
    kind: 'contract',
    nature: m.ccag === 'Travaux' ? 'works' : m.objet.startsWith('Fourniture') || m.objet.startsWith('Mobilier') ? 'supplies' : 'services',
    procedure: PROC_MAP[m.procedure],
    cpv: [m.codeCPV],
    buyer: { id: m.acheteur.id },
    dates: { notification: m.dateNotification },
    durationMonths: m.dureeMois,
    price: { type: PRICE_MAP[m.typesPrix.typePrix[0]] },
    advance: { granted: m.attributionAvance, rate: m.tauxAvance },
    amountExclTax: String(m.montant),
    environmental: { executionClause: env.includes('Clause environnementale'), awardCriterion: env.includes('Critère environnemental') },
    social: {
      executionClause: social.includes('Clause sociale'),
      awardCriterion: social.includes('Critère social'),
      reserved: social.includes('Marché réservé'),
    },
    holders: m.titulaires.map((t) => ({ id: t.titulaire.id })),
  };
}

async function writeLines(file, n, seed, map) {
  mkdirSync(dirname(file), { recursive: true });
  const out = createWriteStream(file);
  const r = prng(seed);
  let batch = '';
  for (let i = 0; i < n; i++) {
    batch += `${JSON.stringify(map(generateDecpRecord(r, i)))}\n`;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await new Promise((res) => out.once('drain', res));
      batch = '';
    }
  }
  out.write(batch);
  await new Promise((res, rej) => out.end((e) => (e ? rej(e) : res())));
  return file;
}

/** Writes `n` DECP 2024 records, one `marche` per line. */
export const writeDecpNdjson = (file, n, seed = 2024) => writeLines(file, n, seed, (m) => m);
/** Writes the same `n` records in clausier's contract format, one per line. */
export const writeClausierNdjson = (file, n, seed = 2024) => writeLines(file, n, seed, decpToClausier);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number);
  for (const n of sizes.length ? sizes : [100_000, 1_000_000]) {
    console.log(await writeDecpNdjson(join(OUT_DIR, `decp-${n}.ndjson`), n));
    console.log(await writeClausierNdjson(join(OUT_DIR, `clausier-${n}.ndjson`), n));
  }
}
