import type { Contract } from '../../model/contract-schema.js';
import { compareMoney, formatEuros, type Money } from '../../model/money.js';
import { formatParameterEuros } from '../format-parameter.js';
import { type Applicability, missingFields, notApplicable, type RuleContext } from '../rule.js';

/**
 * R2191-3: the advance is mandatory when the initial amount exceeds 50 000 € HT and the execution period exceeds 2 months
 * (both strictly). Shared by the advance rules.
 */
export function advanceMandatory(c: Contract, ctx: RuleContext): Applicability {
  // R2191-3 names the initial amount: the one before modifications, when they changed it.
  const amount = c.initialAmountExclTax ?? c.amountExclTax;
  const months = c.durationMonths;
  if (amount === undefined || months === undefined) {
    return {
      status: 'unknown',
      missing: missingFields([
        ['amountExclTax', amount],
        ['durationMonths', months],
      ]),
    };
  }
  const minAmount = ctx.param('advance.mandatory.minAmount') as Money;
  const minMonths = ctx.param('advance.mandatory.minDuration') as number;
  if (compareMoney(amount, minAmount) <= 0) {
    return notApplicable(
      `Montant initial ${formatEuros(amount, 'fr')}, pas supérieur à ${formatParameterEuros(minAmount, 'fr')} : l’avance n’est pas obligatoire (R2191-3).`,
      `Initial amount ${formatEuros(amount, 'en')}, not above ${formatParameterEuros(minAmount, 'en')}: the advance is not mandatory (R2191-3).`,
    );
  }
  if (months <= minMonths) {
    return notApplicable(
      `Durée d’exécution de ${months} mois, pas supérieure à ${minMonths} mois : l’avance n’est pas obligatoire (R2191-3).`,
      `Execution period of ${months} months, not above ${minMonths} months: the advance is not mandatory (R2191-3).`,
    );
  }
  return true;
}
