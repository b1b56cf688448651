/**
 * The SDG 3 indicators impact projects report against, with what a reader needs to read a
 * number: its unit, the range it can take and which way is better. Codes and definitions follow
 * the UN global indicator framework (A/RES/71/313); names shown on the site come from the
 * `impact` locale namespace (`indicators.<key>`), admin labels from here.
 */

export const sdgIndicatorCodes = ['3.8.1', '3.8.2', '3.1.1', '3.1.2', '3.2.1', '3.2.2', '3.b.1', '3.c.1'] as const
export type SdgIndicatorCode = (typeof sdgIndicatorCodes)[number]

export const metricUnits = [
  'index',
  'percent',
  'per-100k-live-births',
  'per-1k-live-births',
  'per-10k-population',
  'people',
  'facilities',
] as const
export type MetricUnit = (typeof metricUnits)[number]

export const metricDirections = ['higher-is-better', 'lower-is-better'] as const
export type MetricDirection = (typeof metricDirections)[number]

export interface IndicatorDefinition {
  code: SdgIndicatorCode
  unit: MetricUnit
  direction: MetricDirection
  label: { en: string; ja: string }
}

export const indicators: Record<SdgIndicatorCode, IndicatorDefinition> = {
  '3.8.1': {
    code: '3.8.1',
    unit: 'index',
    direction: 'higher-is-better',
    label: { en: '3.8.1 UHC service coverage index (0–100)', ja: '3.8.1 UHCサービスカバレッジ指数（0〜100）' },
  },
  '3.8.2': {
    code: '3.8.2',
    unit: 'percent',
    direction: 'lower-is-better',
    label: {
      en: '3.8.2 Population with household health spending above 10% / 25% of income',
      ja: '3.8.2 家計支出・所得の10%／25%超を保健医療に支出する人口の割合',
    },
  },
  '3.1.1': {
    code: '3.1.1',
    unit: 'per-100k-live-births',
    direction: 'lower-is-better',
    label: { en: '3.1.1 Maternal mortality ratio', ja: '3.1.1 妊産婦死亡率' },
  },
  '3.1.2': {
    code: '3.1.2',
    unit: 'percent',
    direction: 'higher-is-better',
    label: { en: '3.1.2 Births attended by skilled health personnel', ja: '3.1.2 熟練した保健医療従事者の立ち会いによる出産の割合' },
  },
  '3.2.1': {
    code: '3.2.1',
    unit: 'per-1k-live-births',
    direction: 'lower-is-better',
    label: { en: '3.2.1 Under-5 mortality rate', ja: '3.2.1 5歳未満児死亡率' },
  },
  '3.2.2': {
    code: '3.2.2',
    unit: 'per-1k-live-births',
    direction: 'lower-is-better',
    label: { en: '3.2.2 Neonatal mortality rate', ja: '3.2.2 新生児死亡率' },
  },
  '3.b.1': {
    code: '3.b.1',
    unit: 'percent',
    direction: 'higher-is-better',
    label: { en: '3.b.1 Population covered by all vaccines in the national programme', ja: '3.b.1 国家予防接種プログラムの全ワクチン接種対象人口の割合' },
  },
  '3.c.1': {
    code: '3.c.1',
    unit: 'per-10k-population',
    direction: 'higher-is-better',
    label: { en: '3.c.1 Health worker density', ja: '3.c.1 保健医療従事者の密度' },
  },
}

/** Indicators the overview page charts across projects, in this order. */
export const headlineIndicators: SdgIndicatorCode[] = ['3.8.1', '3.8.2', '3.1.1', '3.2.1', '3.c.1']

export function isSdgIndicatorCode(value: unknown): value is SdgIndicatorCode {
  return typeof value === 'string' && Object.hasOwn(indicators, value)
}

/** The locale key of an indicator (`3.8.1` → `3-8-1`): i18next reads dots as nesting. */
export function indicatorKey(code: SdgIndicatorCode): string {
  return code.replaceAll('.', '-')
}

/** The range a value of the unit can take: shares and indices are bounded, rates only below. */
export function unitBounds(unit: MetricUnit): { min: number; max?: number } {
  return unit === 'percent' || unit === 'index' ? { min: 0, max: 100 } : { min: 0 }
}

export const unitLabels: Record<MetricUnit, { en: string; ja: string }> = {
  index: { en: 'Index (0–100)', ja: '指数（0〜100）' },
  percent: { en: 'Percent', ja: 'パーセント' },
  'per-100k-live-births': { en: 'Per 100,000 live births', ja: '出生10万対' },
  'per-1k-live-births': { en: 'Per 1,000 live births', ja: '出生千対' },
  'per-10k-population': { en: 'Per 10,000 population', ja: '人口1万対' },
  people: { en: 'People', ja: '人' },
  facilities: { en: 'Facilities', ja: '施設' },
}

export const directionLabels: Record<MetricDirection, { en: string; ja: string }> = {
  'higher-is-better': { en: 'Higher is better', ja: '高いほど良い' },
  'lower-is-better': { en: 'Lower is better', ja: '低いほど良い' },
}
