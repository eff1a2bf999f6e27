#!/usr/bin/env node
// Realistic DECP 2024 inputs for the scale benchmarks (issue 18): records of ~1.3 kB as published (long objet,
// several holders, lieu d'exécution, sub-contracting acts, modifications, publication date…), a few percent
// defective as real files are (placeholder amounts, "NC" durations, impossible dates, missing ids, exact duplicates,
// non-JSON tokens), in the three layouts users have:
//   - the JSON document as published: {"marches": {"marche": [ … ]}}, one record per line, indented;
//   - NDJSON, one record per line;
//   - the consolidated national CSV table ("decp augmenté" layout, `;`).
// Seeded, no clock: the same seed gives the same bytes. `node bench/realistic.mjs 100000` writes the three files in
// bench/out/. The JSON-document and NDJSON files hold the same records in the same order.
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDecpRecord, OUT_DIR, prng } from './generate.mjs';

const pad = (n, w = 2) => String(n).padStart(w, '0');
const WORDS = [
  'réhabilitation',
  'fourniture',
  'maintenance',
  'entretien',
  'travaux',
  'bâtiment',
  'groupe scolaire',
  'voirie',
  'prestations',
  'accord-cadre',
  'mono-attributaire',
  'à bons de commande',
  'lot',
  'chauffage',
  'ventilation',
  'électricité',
  'nettoyage des locaux',
  'restauration collective',
];

/** A published-looking DECP 2024 record of ~1.3 kB; `defect` names what is wrong with it, if anything. */
export function realisticRecord(r, i) {
  const m = generateDecpRecord(r, i);
  const words = Array.from({ length: r.between(12, 26) }, () => r.pick(WORDS)).join(' ');
  m.objet = `${m.objet} — ${words}`;
  m.datePublicationDonnees = m.dateNotification;
  m.lieuExecution = { code: pad(r.between(1, 95)), typeCode: 'Code département' };
  m.idAccordCadre = r.chance(0.2) ? `AC-${m.id}` : undefined;
  m.origineUE = 0;
  m.origineFrance = 0;
  m.titulaires = Array.from({ length: r.between(1, 3) }, () => ({
    titulaire: { typeIdentifiant: 'SIRET', id: `4502604${pad(r.between(0, 9_999_999), 7)}` },
  }));
  m.actesSousTraitance = r.chance(0.3)
    ? [
        {
          acteSousTraitance: {
            id: r.between(1, 99999),
            sousTraitant: { typeIdentifiant: 'SIRET', id: `3293388${pad(r.between(0, 9_999_999), 7)}` },
            dureeMois: r.between(1, 24),
            dateNotification: m.dateNotification,
            montant: r.between(1000, 90000),
            variationPrix: 'Ferme',
          },
        },
      ]
    : [];
  m.modifications = r.chance(0.15)
    ? [
        {
          modification: {
            id: 1,
            montant: Math.round(m.montant * 1.1 * 100) / 100,
            dureeMois: m.dureeMois + 6,
            dateNotificationModification: m.dateNotification,
            datePublicationDonneesModification: m.dateNotification,
          },
        },
      ]
    : [];
  // A few percent of defects, as in published files.
  const d = r.rand();
  if (d < 0.01) m.montant = 1e17;
  else if (d < 0.02) m.dureeMois = 'NC';
  else if (d < 0.025) m.dateNotification = `${m.dateNotification.slice(0, 5)}02-30`;
  else if (d < 0.03) m.id = '';
  else if (d < 0.035) m.codeCPV = m.codeCPV.slice(1);
  return JSON.parse(JSON.stringify(m));
}

/** `n` records in file order: about 1 % exact repeats of an earlier record, and 0.2 % lines that are not JSON. */
export function* realisticRecords(n, seed = 2024) {
  const r = prng(seed);
  const recent = [];
  for (let i = 0; i < n; i++) {
    if (recent.length > 0 && r.chance(0.01)) {
      yield recent[r.between(0, recent.length - 1)];
      continue;
    }
    if (r.chance(0.002)) {
      yield '{"id": "broken", "montant": NaN}';
      continue;
    }
    const text = JSON.stringify(realisticRecord(r, i));
    if (recent.length < 1000) recent.push(text);
    else recent[r.between(0, 999)] = text;
    yield text;
  }
}

async function write(file, parts) {
  mkdirSync(dirname(file), { recursive: true });
  const out = createWriteStream(file);
  let batch = '';
  for (const part of parts) {
    batch += part;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await new Promise((res) => out.once('drain', res));
      batch = '';
    }
  }
  out.write(batch);
  await new Promise((res, rej) => out.end((e) => (e ? rej(e) : res())));
  return file;
}

/** NDJSON: one record per line. */
export const writeNdjson = (file, n, seed) =>
  write(
    file,
    (function* () {
      for (const t of realisticRecords(n, seed)) yield `${t}\n`;
    })(),
  );

/** The JSON document as published: {"marches": {"marche": [ … ]}}, one record per line. */
export const writeDocument = (file, n, seed) =>
  write(
    file,
    (function* () {
      yield '{\n  "marches": {\n    "marche": [\n';
      let first = true;
      for (const t of realisticRecords(n, seed)) {
        yield `${first ? '' : ',\n'}      ${t}`;
        first = false;
      }
      yield '\n    ]\n  }\n}\n';
    })(),
  );

const CSV_COLUMNS = [
  'titulaire_id_1',
  'titulaire_typeIdentifiant_1',
  'titulaire_id_2',
  'titulaire_typeIdentifiant_2',
  'titulaire_id_3',
  'titulaire_typeIdentifiant_3',
  'id',
  'nature',
  'objet',
  'codeCPV',
  'procedure',
  'dureeMois',
  'dateNotification',
  'datePublicationDonnees',
  'montant',
  'formePrix',
  'attributionAvance',
  'offresRecues',
  'marcheInnovant',
  'ccag',
  'sousTraitanceDeclaree',
  'typeGroupementOperateurs',
  'idAccordCadre',
  'source',
  'acheteur.id',
  'lieuExecution.code',
  'lieuExecution.typeCode',
  'considerationsSociales',
  'considerationsEnvironnementales',
  'modalitesExecution',
  'techniques',
  'typesPrix',
  'tauxAvance',
  'origineUE',
  'origineFrance',
];
const cell = (v) => {
  if (v === undefined || v === null || v === '') return 'CDL';
  const s = typeof v === 'boolean' ? (v ? 'True' : 'False') : Array.isArray(v) ? `[${v.map((x) => `'${x}'`).join(', ')}]` : String(v);
  return /[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The consolidated national table (CSV, "decp augmenté" layout) of the same records; non-JSON lines become a short row. */
export const writeCsv = (file, n, seed) =>
  write(
    file,
    (function* () {
      yield `\uFEFF${CSV_COLUMNS.join(';')}\n`;
      for (const t of realisticRecords(n, seed)) {
        let m;
        try {
          m = JSON.parse(t);
        } catch {
          yield 'broken;row\n';
          continue;
        }
        const flat = {
          ...m,
          'acheteur.id': m.acheteur?.id,
          'lieuExecution.code': m.lieuExecution?.code,
          'lieuExecution.typeCode': m.lieuExecution?.typeCode,
          considerationsSociales: m.considerationsSociales?.considerationSociale,
          considerationsEnvironnementales: m.considerationsEnvironnementales?.considerationEnvironnementale,
          modalitesExecution: m.modalitesExecution?.modaliteExecution,
          techniques: m.techniques?.technique,
          typesPrix: m.typesPrix?.typePrix,
          source: 'bench',
        };
        (m.titulaires ?? []).forEach((t, k) => {
          flat[`titulaire_id_${k + 1}`] = t.titulaire.id;
          flat[`titulaire_typeIdentifiant_${k + 1}`] = t.titulaire.typeIdentifiant;
        });
        yield `${CSV_COLUMNS.map((c) => cell(flat[c])).join(';')}\n`;
      }
    })(),
  );

/** The three files of `n` records in bench/out/, written when missing. */
export function realisticFiles(n) {
  return {
    document: join(OUT_DIR, `real-doc-${n}.json`),
    ndjson: join(OUT_DIR, `real-${n}.ndjson`),
    csv: join(OUT_DIR, `real-${n}.csv`),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const n of process.argv.slice(2).map(Number)) {
    const f = realisticFiles(n);
    console.log(await writeDocument(f.document, n), await writeNdjson(f.ndjson, n), await writeCsv(f.csv, n));
  }
}
