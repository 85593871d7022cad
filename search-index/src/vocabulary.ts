/**
 * Controlled vocabularies of the dataset. One definition each; the validators, the generator,
 * the index mappings and the API enums all read from here.
 */

/** Finding labels (REFLACX's set plus "No finding"). */
export const FINDINGS = [
  'Abnormal mediastinal contour',
  'Acute fracture',
  'Atelectasis',
  'Consolidation',
  'Enlarged cardiac silhouette',
  'Enlarged hilum',
  'Groundglass opacity',
  'Hiatal hernia',
  'High lung volume / emphysema',
  'Interstitial lung disease',
  'Lung nodule or mass',
  'Pleural abnormality',
  'Pneumothorax',
  'Pulmonary edema',
  'Support devices',
  'No finding',
] as const;
export type Finding = (typeof FINDINGS)[number];

/** NIH ChestX-ray14 label → our finding vocabulary. */
export const NIH_LABEL_TO_FINDING: Readonly<Record<string, Finding>> = {
  Atelectasis: 'Atelectasis',
  Cardiomegaly: 'Enlarged cardiac silhouette',
  Effusion: 'Pleural abnormality',
  Infiltration: 'Consolidation',
  Mass: 'Lung nodule or mass',
  Nodule: 'Lung nodule or mass',
  Pneumonia: 'Consolidation',
  Pneumothorax: 'Pneumothorax',
  Consolidation: 'Consolidation',
  Edema: 'Pulmonary edema',
  Emphysema: 'High lung volume / emphysema',
  Fibrosis: 'Interstitial lung disease',
  Pleural_Thickening: 'Pleural abnormality',
  Hernia: 'Hiatal hernia',
  'No Finding': 'No finding',
};

/** REFLACX certainty scale. */
export const CERTAINTY = [
  { value: 1, name: 'Unlikely', probability: '<10%' },
  { value: 2, name: 'Less likely', probability: '~25%' },
  { value: 3, name: 'Possibly', probability: '~50%' },
  { value: 4, name: 'Suspicious for / Probably', probability: '~75%' },
  { value: 5, name: 'Consistent with', probability: '>90%' },
] as const;
export const CERTAINTY_MIN = 1;
export const CERTAINTY_MAX = 5;

/** Visual search strategy taxonomy (docs/dataset-format.md explains each and how it is derived). */
export const STRATEGIES = ['systematic', 'global-then-focal', 'focal', 'comparison-driven', 'free-search'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export const STEP_KINDS = ['observation', 'interpretation', 'differential', 'recommendation', 'conclusion'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const ROLES = ['resident', 'fellow', 'attending'] as const;
export type Role = (typeof ROLES)[number];

export const VIEW_POSITIONS = ['PA', 'AP', 'LAT'] as const;
export type ViewPosition = (typeof VIEW_POSITIONS)[number];

export const SEXES = ['M', 'F'] as const;

/** Experience bands used by the experience facet (years, lower bound inclusive). */
export const EXPERIENCE_BANDS = [
  { key: '0-4', from: 0, to: 5 },
  { key: '5-9', from: 5, to: 10 },
  { key: '10-19', from: 10, to: 20 },
  { key: '20+', from: 20, to: undefined },
] as const;

/** Uncertainty markers (hedges) recognised in reasoning text (by text/hedges.ts), longest first. */
export const HEDGES = [
  'cannot be excluded',
  'cannot exclude',
  'cannot rule out',
  'differential includes',
  'less likely',
  'may represent',
  'suspicious for',
  'concerning for',
  'questionable',
  'possibly',
  'possible',
  'probably',
  'probable',
  'likely',
  'unlikely',
  'suggests',
  'versus',
] as const;
export type Hedge = (typeof HEDGES)[number];

export const CONTINENTS = {
  AF: 'Africa',
  AS: 'Asia',
  EU: 'Europe',
  NA: 'North America',
  OC: 'Oceania',
  SA: 'South America',
} as const;
export type ContinentCode = keyof typeof CONTINENTS;

/**
 * Countries (ISO 3166-1 alpha-2) known to the dataset, with continent and name.
 * A reader's country must be one of these: extend the table to add one.
 */
export const COUNTRIES: Readonly<Record<string, { name: string; continent: ContinentCode }>> = {
  AE: { name: 'United Arab Emirates', continent: 'AS' },
  AR: { name: 'Argentina', continent: 'SA' },
  AT: { name: 'Austria', continent: 'EU' },
  AU: { name: 'Australia', continent: 'OC' },
  BD: { name: 'Bangladesh', continent: 'AS' },
  BE: { name: 'Belgium', continent: 'EU' },
  BR: { name: 'Brazil', continent: 'SA' },
  CA: { name: 'Canada', continent: 'NA' },
  CH: { name: 'Switzerland', continent: 'EU' },
  CL: { name: 'Chile', continent: 'SA' },
  CN: { name: 'China', continent: 'AS' },
  CO: { name: 'Colombia', continent: 'SA' },
  CR: { name: 'Costa Rica', continent: 'NA' },
  CZ: { name: 'Czechia', continent: 'EU' },
  DE: { name: 'Germany', continent: 'EU' },
  DK: { name: 'Denmark', continent: 'EU' },
  DZ: { name: 'Algeria', continent: 'AF' },
  EC: { name: 'Ecuador', continent: 'SA' },
  EG: { name: 'Egypt', continent: 'AF' },
  ES: { name: 'Spain', continent: 'EU' },
  ET: { name: 'Ethiopia', continent: 'AF' },
  FI: { name: 'Finland', continent: 'EU' },
  FR: { name: 'France', continent: 'EU' },
  GB: { name: 'United Kingdom', continent: 'EU' },
  GH: { name: 'Ghana', continent: 'AF' },
  GR: { name: 'Greece', continent: 'EU' },
  HK: { name: 'Hong Kong', continent: 'AS' },
  HU: { name: 'Hungary', continent: 'EU' },
  ID: { name: 'Indonesia', continent: 'AS' },
  IE: { name: 'Ireland', continent: 'EU' },
  IL: { name: 'Israel', continent: 'AS' },
  IN: { name: 'India', continent: 'AS' },
  IR: { name: 'Iran', continent: 'AS' },
  IT: { name: 'Italy', continent: 'EU' },
  JO: { name: 'Jordan', continent: 'AS' },
  JP: { name: 'Japan', continent: 'AS' },
  KE: { name: 'Kenya', continent: 'AF' },
  KR: { name: 'South Korea', continent: 'AS' },
  LB: { name: 'Lebanon', continent: 'AS' },
  LK: { name: 'Sri Lanka', continent: 'AS' },
  MA: { name: 'Morocco', continent: 'AF' },
  MX: { name: 'Mexico', continent: 'NA' },
  MY: { name: 'Malaysia', continent: 'AS' },
  NG: { name: 'Nigeria', continent: 'AF' },
  NL: { name: 'Netherlands', continent: 'EU' },
  NO: { name: 'Norway', continent: 'EU' },
  NP: { name: 'Nepal', continent: 'AS' },
  NZ: { name: 'New Zealand', continent: 'OC' },
  PE: { name: 'Peru', continent: 'SA' },
  PH: { name: 'Philippines', continent: 'AS' },
  PK: { name: 'Pakistan', continent: 'AS' },
  PL: { name: 'Poland', continent: 'EU' },
  PT: { name: 'Portugal', continent: 'EU' },
  QA: { name: 'Qatar', continent: 'AS' },
  RO: { name: 'Romania', continent: 'EU' },
  RW: { name: 'Rwanda', continent: 'AF' },
  SA: { name: 'Saudi Arabia', continent: 'AS' },
  SE: { name: 'Sweden', continent: 'EU' },
  SG: { name: 'Singapore', continent: 'AS' },
  TH: { name: 'Thailand', continent: 'AS' },
  TN: { name: 'Tunisia', continent: 'AF' },
  TR: { name: 'Turkey', continent: 'AS' },
  TW: { name: 'Taiwan', continent: 'AS' },
  TZ: { name: 'Tanzania', continent: 'AF' },
  UA: { name: 'Ukraine', continent: 'EU' },
  UG: { name: 'Uganda', continent: 'AF' },
  US: { name: 'United States', continent: 'NA' },
  UY: { name: 'Uruguay', continent: 'SA' },
  VN: { name: 'Vietnam', continent: 'AS' },
  ZA: { name: 'South Africa', continent: 'AF' },
  ZM: { name: 'Zambia', continent: 'AF' },
};

export function continentOf(country: string): ContinentCode | undefined {
  return COUNTRIES[country]?.continent;
}
