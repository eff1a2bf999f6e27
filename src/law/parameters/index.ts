/**
 * The dated parameter tree: every threshold, rate, duration and date the rules use, kept by family as OpenFisca keeps
 * its parameters (one file per family in this folder). Seeded from the legal fact sheet (§8); values marked
 * `unconfirmed` are shown as such to users. Keys are dotted paths; the assembled tree is flat so that a lookup is one
 * map access.
 */
import type { ParameterDefinition } from '../types.js';
import { ADVANCE_PARAMETERS } from './advance.js';
import { AGEC_PARAMETERS } from './agec.js';
import { CLIMAT_PARAMETERS } from './climat.js';
import { DECP_PARAMETERS } from './decp.js';
import { EGALIM_PARAMETERS } from './egalim.js';
import { EU_THRESHOLD_PARAMETERS } from './eu-thresholds.js';
import { FLEET_PARAMETERS } from './fleet.js';
import { INSERTION_PARAMETERS } from './insertion.js';
import { MATERIALS_PARAMETERS } from './materials.js';
import { PRICE_PARAMETERS } from './price.js';
import { PROCEDURE_PARAMETERS } from './procedure.js';
import { RESERVED_PARAMETERS } from './reserved.js';
import { SPASER_PARAMETERS } from './spaser.js';

/** The parameter families, by file: a key belongs to exactly one (checked by the tests). */
export const PARAMETER_FAMILIES = {
  price: PRICE_PARAMETERS,
  procedure: PROCEDURE_PARAMETERS,
  'eu-thresholds': EU_THRESHOLD_PARAMETERS,
  climat: CLIMAT_PARAMETERS,
  spaser: SPASER_PARAMETERS,
  advance: ADVANCE_PARAMETERS,
  reserved: RESERVED_PARAMETERS,
  materials: MATERIALS_PARAMETERS,
  decp: DECP_PARAMETERS,
  insertion: INSERTION_PARAMETERS,
  agec: AGEC_PARAMETERS,
  egalim: EGALIM_PARAMETERS,
  fleet: FLEET_PARAMETERS,
} as const;

const TREE = {
  ...PRICE_PARAMETERS,
  ...PROCEDURE_PARAMETERS,
  ...EU_THRESHOLD_PARAMETERS,
  ...CLIMAT_PARAMETERS,
  ...SPASER_PARAMETERS,
  ...ADVANCE_PARAMETERS,
  ...RESERVED_PARAMETERS,
  ...MATERIALS_PARAMETERS,
  ...DECP_PARAMETERS,
  ...INSERTION_PARAMETERS,
  ...AGEC_PARAMETERS,
  ...EGALIM_PARAMETERS,
  ...FLEET_PARAMETERS,
} as const satisfies Record<string, ParameterDefinition>;

/** The key of a known parameter. */
export type ParameterKey = keyof typeof TREE;

/** Every parameter clausier knows, by key. */
export const PARAMETERS: Readonly<Record<ParameterKey, ParameterDefinition>> = TREE;
