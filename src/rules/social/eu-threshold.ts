import { ANNEX_XIV_SOURCE, annexXivEntry } from '../../law/annex-xiv.js';
import type { ParameterKey } from '../../law/parameters/index.js';
import type { Contract } from '../../model/contract-schema.js';
import type { FindingNote } from '../rule.js';

/** The EU-threshold parameter for a contract, or the field that is missing to choose it. */
export type EuThresholdChoice =
  | {
      /** The parameter of the EU threshold that applies. */
      readonly key: ParameterKey;
      /**
       * Set when `socialOrSpecificServices` was absent and decided from the main CPV code (Annex XIV of Directive
       * 2014/24/UE): whether the services are social or other specific services, and the note a finding reports.
       */
      readonly inferred?: {
        /** Whether the main CPV code is in Annex XIV (social and other specific services). */
        readonly socialOrSpecificServices: boolean;
        /** The note a finding reports about the inference. */
        readonly note: FindingNote;
      };
    }
  | {
      /** The contract fields needed to choose the threshold and missing (`nature`, `buyer.kind`, `socialOrSpecificServices`). */
      readonly missing: readonly string[];
    };

const INFERRED_FIELDS = Object.freeze(['socialOrSpecificServices', 'cpv']);

// One note per CPV code and answer: built once, shared by every finding that infers from that code.
const NOTES = new Map<string, FindingNote>();
function inferredNote(cpv: string, social: boolean, heading: string): FindingNote {
  const key = `${cpv}|${social}`;
  let note = NOTES.get(key);
  if (note === undefined) {
    if (NOTES.size >= 10_000) NOTES.clear();
    const code = cpv.slice(0, 8);
    note = Object.freeze({
      code: 'inferred',
      fields: INFERRED_FIELDS,
      message: Object.freeze(
        social
          ? {
              fr: `Services sociaux et autres services spécifiques déduits du code CPV principal ${code} (${ANNEX_XIV_SOURCE.code}, ${ANNEX_XIV_SOURCE.article} : « ${heading} ») ; renseigner socialOrSpecificServices pour en décider autrement.`,
              en: `Social and other specific services inferred from the main CPV code ${code} (${ANNEX_XIV_SOURCE.code}, Annex XIV: “${heading}”); set socialOrSpecificServices to decide otherwise.`,
            }
          : {
              fr: `Services ordinaires déduits du code CPV principal ${code}, absent de l’annexe XIV de la directive 2014/24/UE (services sociaux et autres services spécifiques) ; renseigner socialOrSpecificServices pour en décider autrement.`,
              en: `Ordinary services inferred from the main CPV code ${code}, not in Annex XIV of Directive 2014/24/EU (social and other specific services); set socialOrSpecificServices to decide otherwise.`,
            },
      ),
    });
    NOTES.set(key, note);
  }
  return note;
}

/**
 * Which EU threshold (annex 2 of the CCP) applies to a contract, from its nature and buyer category:
 * works → works threshold; social and other specific services → their own threshold (utilities: the higher one);
 * other supplies and services → central authorities (the State and its national public bodies), utilities (contracting entities)
 * or sub-central authorities (everyone else). Concessions use the works-and-concessions threshold.
 * When `socialOrSpecificServices` is absent for services, the main CPV code decides it: in Annex XIV of Directive
 * 2014/24/UE (listed code or range), social and other specific services; otherwise ordinary services. The choice then
 * carries a note saying so.
 *
 * Mapping `state-public-body` to the central threshold follows annex I of Directive 2014/24/UE, which lists
 * national public bodies only in part: a body outside that list would have the higher sub-central threshold.
 * Industrial and commercial State bodies (`state-epic`), local bodies, housing offices and private-law buyers acting as
 * contracting authorities take the sub-central threshold.
 */
export function euThresholdFor(c: Contract): EuThresholdChoice {
  if (c.kind === 'concession') return { key: 'eu.worksConcessions' };
  if (c.nature === undefined) return { missing: ['nature'] };
  if (c.nature === 'works') return { key: 'eu.worksConcessions' };
  const kind = c.buyer?.kind;
  let social = c.socialOrSpecificServices;
  let note: FindingNote | undefined;
  const main = c.cpv?.[0];
  if (c.nature === 'services' && social === undefined && main !== undefined) {
    const entry = annexXivEntry(main);
    social = entry !== undefined;
    note = inferredNote(main, social, entry?.heading ?? '');
  }
  const missing: string[] = [];
  if (c.nature === 'services' && social === undefined) missing.push('socialOrSpecificServices');
  if (kind === undefined) missing.push('buyer.kind');
  if (missing.length > 0 || kind === undefined) return { missing };
  const key = thresholdKey(c, kind, c.nature === 'services' && social === true);
  return note === undefined ? { key } : { key, inferred: { socialOrSpecificServices: social === true, note } };
}

function thresholdKey(c: Contract, kind: NonNullable<NonNullable<Contract['buyer']>['kind']>, social: boolean): ParameterKey {
  if (social) return kind === 'contracting-entity' ? 'eu.socialServices.utilities' : 'eu.socialServices';
  if (kind === 'contracting-entity' || c.buyer?.defenceOrSecurity === true) return 'eu.suppliesServices.utilitiesDefence';
  if (kind === 'state' || kind === 'state-public-body') return 'eu.suppliesServices.central';
  return 'eu.suppliesServices.subCentral';
}
