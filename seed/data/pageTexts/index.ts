import type { AppLocale } from '@/i18n/locales'

import { ar } from './ar'
import { en } from './en'
import { es } from './es'
import { fr } from './fr'
import { id } from './id'
import { ja } from './ja'
import { ko } from './ko'
import { pt } from './pt'
import { ru } from './ru'
import { th } from './th'
import type { PageTexts } from './types'
import { vi } from './vi'
import { zhCN } from './zh-CN'
import { zhTW } from './zh-TW'

export type { PageTexts } from './types'

export const pageTexts: Record<AppLocale, PageTexts> = {
  ja,
  en,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  ko,
  vi,
  th,
  id,
  ru,
  ar,
  es,
  fr,
  pt,
}
