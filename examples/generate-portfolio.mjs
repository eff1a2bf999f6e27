#!/usr/bin/env node
// Generates the demo portfolio: the same ~500 contracts of 4 fictional buyers, notified 2023-2026,
//  - examples/portfolio/decp-sample.json     in DECP 2024 format (schema 2.0.3: { "marches": { "marche": [...] } }),
//    with the defects real files have (placeholder amounts, "NC", a missing field, dates with a time zone or impossible);
//  - examples/portfolio/clausier-sample.ndjson in clausier's contract format (NDJSON), as a DECP reader maps them:
//    defective fields left out, records with an impossible date kept as they are (they are rejected).
// Deterministic: a seeded PRNG (mulberry32), no dependency, no clock. Run: node examples/generate-portfolio.mjs [--out <dir>]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED = 20260521;
const COUNT = 500;
// \`--out <dir>\` writes elsewhere (the tests check that a fresh run gives the committed files byte for byte).
const outFlag = process.argv.indexOf('--out');
const OUT = outFlag > 0 ? process.argv[outFlag + 1] : join(dirname(fileURLToPath(import.meta.url)), 'portfolio');

function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const chance = (p) => rand() < p;
const pick = (list) => list[Math.floor(rand() * list.length)];
const between = (min, max) => min + Math.floor(rand() * (max - min + 1));
const weighted = (pairs) => {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [v, w] of pairs) {
    r -= w;
    if (r < 0) return v;
  }
  return pairs[pairs.length - 1][0];
};

const BUYERS = [
  { id: '27350001800011', name: 'Office public de l’habitat (fictif) A' },
  { id: '27290002300018', name: 'Office public de l’habitat (fictif) B' },
  { id: '27440003100025', name: 'Office public de l’habitat (fictif) C' },
  { id: '13000004500032', name: 'Établissement public (fictif) D' },
];
const NATURES = {
  works: { cpv: ['45210000-2', '45262522-6', '45331000-6', '45421100-5', '45442100-8', '45111300-1'], ccag: 'Travaux', objet: ['Réhabilitation de logements', 'Remplacement des menuiseries', 'Ravalement de façades', 'Travaux de chauffage', 'Désamiantage', 'Rénovation énergétique'] },
  supplies: { cpv: ['09310000-5', '30192000-1', '39130000-2', '34144900-7', '15800000-6', '09134200-9'], ccag: 'Fournitures courantes et services', objet: ['Fourniture d’électricité', 'Fournitures de bureau', 'Mobilier', 'Véhicules électriques', 'Denrées alimentaires', 'Carburants'] },
  services: { cpv: ['90911200-8', '50700000-2', '77310000-6', '79530000-8', '72000000-5', '71000000-8'], ccag: 'Fournitures courantes et services', objet: ['Nettoyage des parties communes', 'Maintenance des ascenseurs', 'Entretien des espaces verts', 'Traduction', 'Maintenance informatique', 'Maîtrise d’œuvre'] },
};
const PROCEDURES = [
  ['Procédure adaptée', 'adapted', 55],
  ['Appel d\'offres ouvert', 'open', 25],
  ['Appel d\'offres restreint', 'restricted', 3],
  ['Procédure avec négociation', 'negotiated', 8],
  ['Marché passé sans publicité ni mise en concurrence préalable', 'without-publicity', 7],
  ['Dialogue compétitif', 'competitive-dialogue', 2],
];
const PRICE = { 'Définitif ferme': 'firm', 'Définitif actualisable': 'firm-actualisable', 'Définitif révisable': 'revisable', Provisoire: 'provisional' };
// Shares rise over the years, as a buyer following the ministère des Armées trajectory would hope.
const ENV_SHARE = { 2023: 0.62, 2024: 0.78, 2025: 0.9, 2026: 0.95 };
const SOCIAL_SHARE = { 2023: 0.2, 2024: 0.24, 2025: 0.33, 2026: 0.36 };

const pad = (n, w = 2) => String(n).padStart(w, '0');
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function amountFor(nature) {
  const [lo, hi] = nature === 'works' ? [40_001, 2_500_000] : [40_001, 900_000];
  const raw = Math.exp(Math.log(lo) + rand() * (Math.log(hi) - Math.log(lo)));
  return Math.round(raw * 100) / 100;
}

const decp = [];
const clausier = [];
for (let i = 0; i < COUNT; i++) {
  const year = weighted([[2023, 22], [2024, 26], [2025, 27], [2026, 25]]);
  const month = year === 2026 ? between(1, 10) : between(1, 12);
  const day = between(1, DAYS[month - 1]);
  const notification = `${year}-${pad(month)}-${pad(day)}`;
  const buyer = weighted(BUYERS.map((b, k) => [b, [40, 30, 20, 10][k]]));
  const natureKey = weighted([['works', 35], ['supplies', 25], ['services', 40]]);
  const nature = NATURES[natureKey];
  const [procLabel, procedure] = weighted(PROCEDURES.map(([l, p, w]) => [[l, p], w]));
  const amount = amountFor(natureKey);
  const duration = natureKey === 'works' ? between(3, 36) : pick([6, 12, 12, 24, 36, 48]);
  const priceLabel = weighted([['Définitif ferme', natureKey === 'works' ? 10 : 30], ['Définitif actualisable', 25], ['Définitif révisable', 40], ['Provisoire', 2]]);
  const env = chance(ENV_SHARE[year]);
  const envLabels = env ? [...(chance(0.8) ? ['Clause environnementale'] : []), ...(chance(0.5) ? ['Critère environnemental'] : [])] : [];
  if (env && envLabels.length === 0) envLabels.push('Clause environnementale');
  const reserved = natureKey !== 'works' && chance(0.025 + (year - 2023) * 0.01);
  const social = reserved || chance(SOCIAL_SHARE[year]);
  const socialLabels = social
    ? [...(reserved ? ['Marché réservé'] : []), ...(chance(0.75) ? ['Clause sociale'] : []), ...(chance(0.3) ? ['Critère social'] : [])]
    : [];
  if (social && socialLabels.length === 0) socialLabels.push('Clause sociale');
  const insertion = socialLabels.includes('Clause sociale') && chance(0.7);
  const advance = amount > 50_000 && duration > 2 ? chance(0.85) : chance(0.3);
  const advanceRate = advance ? pick([0.05, 0.05, 0.1, 0.2, 0.3, 0]) : 0;
  const id = `${year}${pad(i + 1, 4)}${buyer.id.slice(-3)}`;
  const objet = `${pick(nature.objet)} — lot ${between(1, 6)}`;
  const cpv = pick(nature.cpv);

  // Defects of real files (see shared/data/SOURCE.md), on about one record in ten.
  const defect = weighted([[null, 88], ['placeholder-zero', 2], ['placeholder-huge', 2], ['placeholder-9', 1], ['nc', 2], ['no-considerations', 2], ['tz-date', 2], ['bad-date', 1]]);
  let montant = amount;
  if (defect === 'placeholder-zero') montant = 0;
  if (defect === 'placeholder-huge') montant = 1.0e17;
  if (defect === 'placeholder-9') montant = 999999999;
  if (defect === 'nc') montant = 'NC';
  let dateNotification = notification;
  if (defect === 'tz-date') dateNotification = `${notification}+02:00`;
  if (defect === 'bad-date') dateNotification = `${year}-02-30`;

  const record = {
    id,
    acheteur: { id: buyer.id },
    nature: 'Marché',
    objet,
    codeCPV: cpv,
    techniques: { technique: [pick(['Sans objet', 'Sans objet', 'Accord-cadre'])] },
    modalitesExecution: { modaliteExecution: [pick(['Bons de commande', 'Tranches', 'Marchés subséquents'])] },
    marcheInnovant: false,
    ccag: nature.ccag,
    offresRecues: between(1, 9),
    attributionAvance: advance,
    tauxAvance: advanceRate,
    typeGroupementOperateurs: pick(['Pas de groupement', 'Pas de groupement', 'Conjoint', 'Solidaire']),
    procedure: procLabel,
    lieuExecution: { code: pick(['35238', '29019', '44109', '94028']), typeCode: 'Code commune' },
    dureeMois: duration,
    dateNotification,
    datePublicationDonnees: dateNotification.slice(0, 10),
    montant,
    typesPrix: { typePrix: [priceLabel] },
    formePrix: pick(['Unitaire', 'Forfaitaire', 'Mixte']),
    sousTraitanceDeclaree: chance(0.2),
    titulaires: [{ titulaire: { typeIdentifiant: 'SIRET', id: `4${String(between(0, 99999999)).padStart(8, '0')}00017` } }],
    considerationsSociales: { considerationSociale: socialLabels.length > 0 ? socialLabels : ['Pas de considération sociale'] },
    considerationsEnvironnementales: {
      considerationEnvironnementale: envLabels.length > 0 ? envLabels : ['Pas de considération environnementale'],
    },
  };
  if (defect === 'no-considerations') {
    delete record.considerationsSociales;
    delete record.considerationsEnvironnementales;
  }
  decp.push(record);

  // The same contract in clausier's format, as a DECP reader maps it.
  const contract = {
    id,
    title: objet,
    kind: 'contract',
    nature: natureKey,
    procedure,
    cpv: [cpv],
    buyer: { id: buyer.id, name: buyer.name },
    dates: { notification: defect === 'bad-date' ? dateNotification : notification },
    durationMonths: duration,
    price: { type: PRICE[priceLabel] },
    advance: advanceRate > 0 ? { granted: advance, rate: advanceRate } : { granted: advance },
  };
  if (typeof montant === 'number' && montant > 0 && montant < 1e15 && montant !== 999999999) contract.amountExclTax = montant.toFixed(2);
  if (defect !== 'no-considerations') {
    contract.environmental = {
      executionClause: envLabels.includes('Clause environnementale'),
      awardCriterion: envLabels.includes('Critère environnemental'),
      technicalSpecification: false,
    };
    contract.social = {
      executionClause: socialLabels.includes('Clause sociale'),
      awardCriterion: socialLabels.includes('Critère social'),
      technicalSpecification: false,
      reserved,
    };
    if (reserved) contract.reservation = { basis: pick(['L2113-12', 'L2113-13']) };
    // DECP does not say whether a social clause is an insertion clause: the clausier sample carries what the buyer knows.
    contract.insertion = { clause: insertion };
  }
  clausier.push(contract);
}

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'decp-sample.json'), `${JSON.stringify({ marches: { marche: decp } }, null, 1)}\n`);
writeFileSync(join(OUT, 'clausier-sample.ndjson'), `${clausier.map((c) => JSON.stringify(c)).join('\n')}\n`);
process.stdout.write(`wrote ${decp.length} DECP records and ${clausier.length} clausier records to ${OUT}\n`);
