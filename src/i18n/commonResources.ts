/* The `common` namespace only, for client components (keeps the catalogue out of the bundle). */
import ar from '../../locales/ar/common.json'
import en from '../../locales/en/common.json'
import es from '../../locales/es/common.json'
import fr from '../../locales/fr/common.json'
import id from '../../locales/id/common.json'
import ja from '../../locales/ja/common.json'
import ko from '../../locales/ko/common.json'
import pt from '../../locales/pt/common.json'
import ru from '../../locales/ru/common.json'
import th from '../../locales/th/common.json'
import vi from '../../locales/vi/common.json'
import zhCN from '../../locales/zh-CN/common.json'
import zhTW from '../../locales/zh-TW/common.json'

import type { AppLocale } from './locales'

export const commonResources: Record<AppLocale, typeof en> = {
  ja, en, 'zh-CN': zhCN, 'zh-TW': zhTW, ko, vi, th, id, ru, ar, es, fr, pt,
}
