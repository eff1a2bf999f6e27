import type { Rule } from '../rule.js';
import { reservedDetaineesRule } from './detainees.js';
import { reservedDisabledWorkersRule } from './disabled-workers.js';
import { reservedDisadvantagedWorkersRule } from './disadvantaged-workers.js';
import { reservedSocialEconomyRule } from './social-economy.js';
import { socialEconomyMaxDurationRule } from './social-economy-duration.js';
import { socialEconomyRepeatAwardRule } from './social-economy-repeat-award.js';

/** The reserved-market rules (L2113-12 to L2113-16, R2113-7). */
export const RESERVED_RULES: readonly Rule[] = [
  reservedDisabledWorkersRule,
  reservedDisadvantagedWorkersRule,
  reservedDetaineesRule,
  reservedSocialEconomyRule,
  socialEconomyMaxDurationRule,
  socialEconomyRepeatAwardRule,
];
