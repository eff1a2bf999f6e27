// eForms → OCDS sustainability code tables, as published by the Open Contracting Partnership in
// open-contracting/european-union-support, output/mapping/eforms/mapping-tables/*.csv (BSD-3-Clause),
// commit 3eff54c3e882f4fe532ae4a1d59337a0f321440a. The tests compare these tables with the CSV files.

/** eForms `strategic-procurement` codes (BT-06) → OCDS sustainability goal. */
export const STRATEGIC_PROCUREMENT: Readonly<Record<string, string>> = {
  'env-imp': 'environmental',
  'inn-pur': 'economic.innovativePurchase',
  none: 'none',
  'soc-obj': 'social',
};

/** eForms `environmental-impact` codes (BT-774) → OCDS sustainability goal. */
export const ENVIRONMENTAL_IMPACT: Readonly<Record<string, string>> = {
  'biodiv-eco': 'environmental.biodiversityProtectionRestoration',
  'circ-econ': 'environmental.circularEconomy',
  'clim-adapt': 'environmental.climateChangeAdaptation',
  'clim-mitig': 'environmental.climateChangeMitigation',
  other: 'environmental',
  'pollu-prev': 'environmental.pollutionPrevention',
  'water-mar': 'environmental.waterResources',
};

/** eForms `social-objective` codes (BT-775) → OCDS sustainability goal. */
export const SOCIAL_OBJECTIVE: Readonly<Record<string, string>> = {
  'acc-all': 'social.accessibility',
  'et-eq': 'social.ethnicEquality',
  'gen-eq': 'social.genderEquality',
  'hum-right': 'social.humanRightsInSupplyChain',
  opp: 'social.disadvantagedEmploymentOpportunities',
  other: 'social',
  'work-cond': 'social.laborRightsPromotion',
};

/** eForms `gpp-criteria` codes (BT-805) → OCDS sustainability strategy. */
export const GPP_CRITERIA: Readonly<Record<string, string>> = {
  eu: 'euGPPCriteria',
  national: 'nationalGPPCriteria',
  other: 'otherGPPCriteria',
};

/** eForms `reserved-procurement` codes (BT-71) → OCDS `otherRequirements.reservedParticipation`. */
export const RESERVED_PROCUREMENT: Readonly<Record<string, string>> = {
  'res-pub-ser': 'publicServiceMissionOrganization',
  'res-ws': 'shelteredWorkshop',
};

/** The domain of an OCDS sustainability goal, or of a raw eForms code a publisher left in `goal`. */
export function goalDomain(goal: string): 'environmental' | 'social' | 'economic' | 'none' | undefined {
  if (goal === 'other') return undefined; // eForms "other" exists in both the environmental and the social list
  const g = STRATEGIC_PROCUREMENT[goal] ?? ENVIRONMENTAL_IMPACT[goal] ?? SOCIAL_OBJECTIVE[goal] ?? goal;
  if (g === 'none') return 'none';
  const head = g.split('.')[0];
  return head === 'environmental' || head === 'social' || head === 'economic' ? head : undefined;
}

/** The OCDS GPP strategies: green public procurement criteria, an environmental consideration by definition. */
export const GPP_STRATEGIES: ReadonlySet<string> = new Set(Object.values(GPP_CRITERIA));
