/** Insertion clauses: facilitator practice, not law (hours formula, typical rates, labour shares, hourly cost). */

import { MEF_SUD_77, WEKA_INSERTION } from '../insertion-sources.js';
import { ccp } from '../sources.js';
import type { ParameterDefinition } from '../types.js';
import { def, dv } from './build.js';

/** Insertion clauses: facilitator practice, not law (hours formula, typical rates, labour shares, hourly cost). */
export const INSERTION_PARAMETERS = {
  'insertion.rate.typical': def({
    key: 'insertion.rate.typical',
    label: {
      fr: 'Taux d’insertion usuel : part des heures travaillées réservée à l’insertion (pratique des facilitateurs)',
      en: 'Usual insertion rate: share of the hours worked reserved for insertion (facilitator practice)',
    },
    unit: 'share',
    basis: 'launch',
    kind: 'practice',
    values: [
      dv(
        0.05,
        '2019-04-01',
        null,
        [WEKA_INSERTION, MEF_SUD_77, ccp('L2112-2')],
        'confirmed',
        'Practice, not law: usually 5–10 % of the hours worked, 5–20 % depending on the buyer and local capacity; the low end is kept, as the DAJ advises a modest requirement checked with the facilitator.',
      ),
    ],
  }),
  'insertion.hourlyCost.typical': def({
    key: 'insertion.hourlyCost.typical',
    label: {
      fr: 'Coût horaire moyen chargé de la main-d’œuvre retenu pour le calcul des heures (pratique des facilitateurs)',
      en: 'Average charged hourly labour cost used to compute the hours (facilitator practice)',
    },
    unit: 'EUR per hour',
    basis: 'launch',
    kind: 'practice',
    values: [
      dv(
        '30',
        '2019-04-01',
        null,
        [MEF_SUD_77],
        'confirmed',
        'Practice, not law: facilitators quote 25–30 € per hour, charged; the worked example uses 30 €/h. Not indexed over time.',
      ),
    ],
  }),
  'insertion.labourShare.works': def({
    key: 'insertion.labourShare.works',
    label: {
      fr: 'Part de main-d’œuvre usuelle d’un marché de travaux (pratique des facilitateurs)',
      en: 'Usual labour share of a works contract (facilitator practice)',
    },
    unit: 'share',
    basis: 'launch',
    kind: 'practice',
    values: [
      dv(
        0.5,
        '2019-04-01',
        null,
        [MEF_SUD_77],
        'unconfirmed',
        'Practice, not law: the value of a facilitator’s worked example (and of masonry lots), not a published average; lots range from ~20 % (steel frames) to ~70 % (interior painting). No sourced value for supplies or services.',
      ),
    ],
  }),
} as const satisfies Record<string, ParameterDefinition>;
