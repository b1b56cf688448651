import path from 'node:path'

import type { AppLocale } from '@/i18n/locales'

/** The Noto families the confirmation can use, one per script (each covers Latin digits too). */
export type FontFamily = 'sans' | 'jp' | 'sc' | 'tc' | 'kr' | 'thai' | 'arabic'

const files: Record<FontFamily, [pkg: string, regular: string, bold: string]> = {
  sans: ['noto-sans', '400Regular/NotoSans_400Regular.ttf', '700Bold/NotoSans_700Bold.ttf'],
  jp: ['noto-sans-jp', '400Regular/NotoSansJP_400Regular.ttf', '700Bold/NotoSansJP_700Bold.ttf'],
  sc: ['noto-sans-sc', '400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'],
  tc: ['noto-sans-tc', '400Regular/NotoSansTC_400Regular.ttf', '700Bold/NotoSansTC_700Bold.ttf'],
  kr: ['noto-sans-kr', '400Regular/NotoSansKR_400Regular.ttf', '700Bold/NotoSansKR_700Bold.ttf'],
  thai: ['noto-sans-thai', '400Regular/NotoSansThai_400Regular.ttf', '700Bold/NotoSansThai_700Bold.ttf'],
  arabic: ['noto-sans-arabic', '400Regular/NotoSansArabic_400Regular.ttf', '700Bold/NotoSansArabic_700Bold.ttf'],
}

/** The TTF file of a family (read from node_modules at run time; the server ships them). */
export function fontFile(family: FontFamily, weight: 'regular' | 'bold'): string {
  const [pkg, regular, bold] = files[family]
  return path.join(process.cwd(), 'node_modules', '@expo-google-fonts', pkg, weight === 'bold' ? bold : regular)
}

/** Han characters look different in each CJK language: the reader's language decides the face. */
function hanFamily(locale: AppLocale): FontFamily {
  if (locale === 'zh-CN') return 'sc'
  if (locale === 'zh-TW') return 'tc'
  if (locale === 'ko') return 'kr'
  return 'jp'
}

/**
 * The family for one string, from the scripts it contains. Noto Sans covers Latin, Vietnamese and
 * Cyrillic; each other script has its own face. A string mixing two non-Latin scripts (an Arabic
 * sentence quoting a Japanese name) gets the face of the first match, and the other script's
 * glyphs are missing: a known limitation, rare on this document.
 */
export function fontFamilyFor(text: string, locale: AppLocale): FontFamily {
  if (/\p{Script=Arabic}/u.test(text)) return 'arabic'
  if (/\p{Script=Thai}/u.test(text)) return 'thai'
  if (/\p{Script=Hangul}/u.test(text)) return 'kr'
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'jp'
  if (/\p{Script=Han}/u.test(text)) return hanFamily(locale)
  return 'sans'
}
