/**
 * Interface strings: every locale must mirror English (the source) key for key.
 *
 * For each locale in `@/i18n/locales` and each namespace file in locales/en:
 * - the file exists and is valid JSON whose leaves are all strings;
 * - the flattened keys (dot paths, plural suffixes stripped) equal English's;
 * - every plural key provides exactly the CLDR categories i18next will ask for
 *   (`Intl.PluralRules(locale).resolvedOptions().pluralCategories`);
 * - no value is empty;
 * - every {{placeholder}} of the English string is kept, and none is invented.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'

const SOURCE = 'en'
const localesDir = fileURLToPath(new URL('../../locales/', import.meta.url))

const namespaces = readdirSync(path.join(localesDir, SOURCE))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length))
  .sort()

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/

type Flat = Map<string, unknown>

function flatten(value: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, out)
    }
  } else {
    out.set(prefix, value)
  }
  return out
}

interface Entry {
  /** Plural category → string, or `null` as the key for a plain (non-plural) string. */
  forms: Map<string | null, unknown>
}

/** Groups flattened keys by base key: `hospitals.count_one` and `hospitals.count_other` → `hospitals.count`. */
function group(flat: Flat): Map<string, Entry> {
  const out = new Map<string, Entry>()
  for (const [key, value] of flat) {
    const match = PLURAL_SUFFIX.exec(key)
    const base = match ? key.slice(0, match.index) : key
    const entry = out.get(base) ?? { forms: new Map() }
    entry.forms.set(match ? match[1] : null, value)
    out.set(base, entry)
  }
  return out
}

const isPlural = (entry: Entry) => [...entry.forms.keys()].some((form) => form !== null)

function placeholders(value: unknown): Set<string> {
  const found = new Set<string>()
  if (typeof value !== 'string') return found
  for (const match of value.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g)) found.add(match[1]!)
  return found
}

/**
 * A plural category that only ever selects one number (Arabic `zero`/`one`/`two`) may spell the
 * number out ("مستشفيان") instead of printing {{count}}. Categories shared by several numbers
 * (Russian `one` = 1, 21, 31…; French `one` = 0 and 1) must keep {{count}}.
 */
function selectsSingleNumber(locale: string, category: string): boolean {
  const rules = new Intl.PluralRules(locale)
  // 0…1000 one by one, then a few multiples of every power of ten (French `many` = 1 000 000, 2 000 000…).
  const samples = Array.from({ length: 1001 }, (_, n) => n)
  for (let power = 1e4; power <= 1e12; power *= 10) samples.push(power, 2 * power, 3 * power, 5 * power)
  return samples.filter((n) => rules.select(n) === category).length === 1
}

function load(locale: string, namespace: string): unknown {
  return JSON.parse(readFileSync(path.join(localesDir, locale, `${namespace}.json`), 'utf8'))
}

const source = new Map(namespaces.map((ns) => [ns, group(flatten(load(SOURCE, ns)))]))

it('finds the English source namespaces', () => {
  expect(namespaces).toEqual(expect.arrayContaining(['common', 'catalogue']))
})

describe.each([...locales])('locale %s', (locale) => {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[]

  describe.each(namespaces)('namespace %s', (namespace) => {
    const file = path.join(localesDir, locale, `${namespace}.json`)
    const english = source.get(namespace)!
    const read = () => group(flatten(load(locale, namespace)))

    it('exists and parses', () => {
      expect(existsSync(file), `${locale}/${namespace}.json is missing`).toBe(true)
      expect(() => load(locale, namespace), `${locale}/${namespace}.json is not valid JSON`).not.toThrow()
    })

    it('has the same keys as English', () => {
      const own = read()
      const missing = [...english.keys()].filter((key) => !own.has(key))
      const extra = [...own.keys()].filter((key) => !english.has(key))
      expect(
        { missing, extra },
        `${locale}/${namespace}.json differs from en:\n  missing: ${missing.join(', ') || '—'}\n  extra: ${extra.join(', ') || '—'}`,
      ).toEqual({ missing: [], extra: [] })
    })

    it(`provides exactly the plural forms ${categories.join(', ')}`, () => {
      expect(categories).toContain('other')
      const problems: string[] = []
      for (const [key, entry] of read()) {
        const reference = english.get(key)
        if (!reference) continue // reported by the key test
        if (!isPlural(reference)) {
          if (isPlural(entry)) problems.push(`${key}: plural forms for a key that is not plural in en`)
          continue
        }
        const forms = [...entry.forms.keys()]
        const missing = categories.filter((c) => !forms.includes(c))
        const extra = forms.filter((f) => f === null || !categories.includes(f)).map((f) => f ?? '(no suffix)')
        if (missing.length || extra.length) {
          problems.push(`${key}: missing [${missing.join(', ')}], extra [${extra.join(', ')}]`)
        }
      }
      expect(problems, problems.join('\n')).toEqual([])
    })

    it('has no empty values', () => {
      const problems: string[] = []
      for (const [key, value] of flatten(load(locale, namespace))) {
        if (typeof value !== 'string') problems.push(`${key}: not a string (${JSON.stringify(value)})`)
        else if (value.trim() === '') problems.push(`${key}: empty`)
      }
      expect(problems, problems.join('\n')).toEqual([])
    })

    it('keeps the English placeholders', () => {
      const problems: string[] = []
      for (const [key, entry] of read()) {
        const reference = english.get(key)
        if (!reference) continue
        const expected = new Set([...reference.forms.values()].flatMap((v) => [...placeholders(v)]))
        for (const [form, value] of entry.forms) {
          const name = form ? `${key}_${form}` : key
          const found = placeholders(value)
          const missing = [...expected].filter(
            (p) => !found.has(p) && !(p.split(',')[0]?.trim() === 'count' && form && selectsSingleNumber(locale, form)),
          )
          const unknown = [...found].filter((p) => !expected.has(p))
          if (missing.length) problems.push(`${name}: missing {{${missing.join('}}, {{')}}}`)
          if (unknown.length) problems.push(`${name}: unknown {{${unknown.join('}}, {{')}}}`)
        }
      }
      expect(problems, problems.join('\n')).toEqual([])
    })
  })
})
