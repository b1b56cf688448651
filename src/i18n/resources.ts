/* One import per locale and namespace so bundlers include every resource statically. */
import common_ja from '../../locales/ja/common.json'
import catalogue_ja from '../../locales/ja/catalogue.json'
import search_ja from '../../locales/ja/search.json'
import common_en from '../../locales/en/common.json'
import catalogue_en from '../../locales/en/catalogue.json'
import search_en from '../../locales/en/search.json'
import common_zhCN from '../../locales/zh-CN/common.json'
import catalogue_zhCN from '../../locales/zh-CN/catalogue.json'
import search_zhCN from '../../locales/zh-CN/search.json'
import common_zhTW from '../../locales/zh-TW/common.json'
import catalogue_zhTW from '../../locales/zh-TW/catalogue.json'
import search_zhTW from '../../locales/zh-TW/search.json'
import common_ko from '../../locales/ko/common.json'
import catalogue_ko from '../../locales/ko/catalogue.json'
import search_ko from '../../locales/ko/search.json'
import common_vi from '../../locales/vi/common.json'
import catalogue_vi from '../../locales/vi/catalogue.json'
import search_vi from '../../locales/vi/search.json'
import common_th from '../../locales/th/common.json'
import catalogue_th from '../../locales/th/catalogue.json'
import search_th from '../../locales/th/search.json'
import common_id from '../../locales/id/common.json'
import catalogue_id from '../../locales/id/catalogue.json'
import search_id from '../../locales/id/search.json'
import common_ru from '../../locales/ru/common.json'
import catalogue_ru from '../../locales/ru/catalogue.json'
import search_ru from '../../locales/ru/search.json'
import common_ar from '../../locales/ar/common.json'
import catalogue_ar from '../../locales/ar/catalogue.json'
import search_ar from '../../locales/ar/search.json'
import common_es from '../../locales/es/common.json'
import catalogue_es from '../../locales/es/catalogue.json'
import search_es from '../../locales/es/search.json'
import common_fr from '../../locales/fr/common.json'
import catalogue_fr from '../../locales/fr/catalogue.json'
import search_fr from '../../locales/fr/search.json'
import common_pt from '../../locales/pt/common.json'
import catalogue_pt from '../../locales/pt/catalogue.json'
import search_pt from '../../locales/pt/search.json'

import type { AppLocale } from './locales'

export const namespaces = ['common', 'catalogue', 'search'] as const
export type Namespace = (typeof namespaces)[number]

export type ResourceBundle = Record<Namespace, Record<string, unknown>>

export const resources: Record<AppLocale, ResourceBundle> = {
  'ja': { common: common_ja, catalogue: catalogue_ja, search: search_ja },
  'en': { common: common_en, catalogue: catalogue_en, search: search_en },
  'zh-CN': { common: common_zhCN, catalogue: catalogue_zhCN, search: search_zhCN },
  'zh-TW': { common: common_zhTW, catalogue: catalogue_zhTW, search: search_zhTW },
  'ko': { common: common_ko, catalogue: catalogue_ko, search: search_ko },
  'vi': { common: common_vi, catalogue: catalogue_vi, search: search_vi },
  'th': { common: common_th, catalogue: catalogue_th, search: search_th },
  'id': { common: common_id, catalogue: catalogue_id, search: search_id },
  'ru': { common: common_ru, catalogue: catalogue_ru, search: search_ru },
  'ar': { common: common_ar, catalogue: catalogue_ar, search: search_ar },
  'es': { common: common_es, catalogue: catalogue_es, search: search_es },
  'fr': { common: common_fr, catalogue: catalogue_fr, search: search_fr },
  'pt': { common: common_pt, catalogue: catalogue_pt, search: search_pt },
}
