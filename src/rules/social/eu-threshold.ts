import type { ParameterKey } from '../../law/parameters/index.js';
import type { Contract } from '../../model/contract-schema.js';

/** The EU-threshold parameter for a contract, or the field that is missing to choose it. */
export type EuThresholdChoice =
  | {
      /** The parameter of the EU threshold that applies. */
      readonly key: ParameterKey;
    }
  | {
      /** The contract fields needed to choose the threshold and missing (`nature`, `buyer.kind`, `socialOrSpecificServices`). */
      readonly missing: readonly string[];
    };

/**
 * Which EU threshold (annex 2 of the CCP) applies to a contract, from its nature and buyer category:
 * works → works threshold; social and other specific services → their own threshold (utilities: the higher one);
 * other supplies and services → central authorities (the State and its national public bodies), utilities (contracting entities)
 * or sub-central authorities (everyone else). Concessions use the works-and-concessions threshold.
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
  const missing: string[] = [];
  if (c.nature === 'services' && c.socialOrSpecificServices === undefined) missing.push('socialOrSpecificServices');
  if (kind === undefined) missing.push('buyer.kind');
  if (missing.length > 0 || kind === undefined) return { missing };
  if (c.nature === 'services' && c.socialOrSpecificServices === true) {
    return { key: kind === 'contracting-entity' ? 'eu.socialServices.utilities' : 'eu.socialServices' };
  }
  if (kind === 'contracting-entity' || c.buyer?.defenceOrSecurity === true) return { key: 'eu.suppliesServices.utilitiesDefence' };
  if (kind === 'state' || kind === 'state-public-body') return { key: 'eu.suppliesServices.central' };
  return { key: 'eu.suppliesServices.subCentral' };
}
