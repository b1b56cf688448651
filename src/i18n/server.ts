import { createInstance, type i18n, type TFunction } from 'i18next'

import { defaultLocale, type AppLocale } from './locales'
import { namespaces, resources, type Namespace } from './resources'

const instances = new Map<AppLocale, i18n>()

function instanceFor(locale: AppLocale): i18n {
  let instance = instances.get(locale)
  if (!instance) {
    instance = createInstance()
    void instance.init({
      lng: locale,
      fallbackLng: locale === defaultLocale ? false : defaultLocale,
      resources,
      ns: [...namespaces],
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes what it renders
      initAsync: false,
    })
    instances.set(locale, instance)
  }
  return instance
}

/**
 * The translator of one locale and namespace, for server components and route handlers.
 * Instances are built once per locale and kept: the resources are static.
 */
export function getTranslator(locale: AppLocale, namespace: Namespace = 'common'): TFunction {
  return instanceFor(locale).getFixedT(locale, namespace)
}

/**
 * The raw plural forms of a key (`{ one: '… {{count}} …', other: … }`), for client components
 * that format a count themselves with Intl.PluralRules.
 */
export function pluralTemplates(locale: AppLocale, namespace: Namespace, key: string): Record<string, string> {
  const bundle = (resources[locale][namespace] ?? {}) as Record<string, unknown>
  const forms: Record<string, string> = {}
  for (const [name, value] of Object.entries(bundle)) {
    if (name.startsWith(`${key}_`) && typeof value === 'string') forms[name.slice(key.length + 1)] = value
  }
  return forms
}
