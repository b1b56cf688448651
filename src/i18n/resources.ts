/* One import per locale and namespace so bundlers include every resource statically. */
import common_ja from '../../locales/ja/common.json'
import catalogue_ja from '../../locales/ja/catalogue.json'
import search_ja from '../../locales/ja/search.json'
import account_ja from '../../locales/ja/account.json'
import inquiries_ja from '../../locales/ja/inquiries.json'
import bookings_ja from '../../locales/ja/bookings.json'
import emails_ja from '../../locales/ja/emails.json'
import common_en from '../../locales/en/common.json'
import catalogue_en from '../../locales/en/catalogue.json'
import search_en from '../../locales/en/search.json'
import account_en from '../../locales/en/account.json'
import inquiries_en from '../../locales/en/inquiries.json'
import bookings_en from '../../locales/en/bookings.json'
import emails_en from '../../locales/en/emails.json'
import common_zhCN from '../../locales/zh-CN/common.json'
import catalogue_zhCN from '../../locales/zh-CN/catalogue.json'
import search_zhCN from '../../locales/zh-CN/search.json'
import account_zhCN from '../../locales/zh-CN/account.json'
import inquiries_zhCN from '../../locales/zh-CN/inquiries.json'
import bookings_zhCN from '../../locales/zh-CN/bookings.json'
import emails_zhCN from '../../locales/zh-CN/emails.json'
import common_zhTW from '../../locales/zh-TW/common.json'
import catalogue_zhTW from '../../locales/zh-TW/catalogue.json'
import search_zhTW from '../../locales/zh-TW/search.json'
import account_zhTW from '../../locales/zh-TW/account.json'
import inquiries_zhTW from '../../locales/zh-TW/inquiries.json'
import bookings_zhTW from '../../locales/zh-TW/bookings.json'
import emails_zhTW from '../../locales/zh-TW/emails.json'
import common_ko from '../../locales/ko/common.json'
import catalogue_ko from '../../locales/ko/catalogue.json'
import search_ko from '../../locales/ko/search.json'
import account_ko from '../../locales/ko/account.json'
import inquiries_ko from '../../locales/ko/inquiries.json'
import bookings_ko from '../../locales/ko/bookings.json'
import emails_ko from '../../locales/ko/emails.json'
import common_vi from '../../locales/vi/common.json'
import catalogue_vi from '../../locales/vi/catalogue.json'
import search_vi from '../../locales/vi/search.json'
import account_vi from '../../locales/vi/account.json'
import inquiries_vi from '../../locales/vi/inquiries.json'
import bookings_vi from '../../locales/vi/bookings.json'
import emails_vi from '../../locales/vi/emails.json'
import common_th from '../../locales/th/common.json'
import catalogue_th from '../../locales/th/catalogue.json'
import search_th from '../../locales/th/search.json'
import account_th from '../../locales/th/account.json'
import inquiries_th from '../../locales/th/inquiries.json'
import bookings_th from '../../locales/th/bookings.json'
import emails_th from '../../locales/th/emails.json'
import common_id from '../../locales/id/common.json'
import catalogue_id from '../../locales/id/catalogue.json'
import search_id from '../../locales/id/search.json'
import account_id from '../../locales/id/account.json'
import inquiries_id from '../../locales/id/inquiries.json'
import bookings_id from '../../locales/id/bookings.json'
import emails_id from '../../locales/id/emails.json'
import common_ru from '../../locales/ru/common.json'
import catalogue_ru from '../../locales/ru/catalogue.json'
import search_ru from '../../locales/ru/search.json'
import account_ru from '../../locales/ru/account.json'
import inquiries_ru from '../../locales/ru/inquiries.json'
import bookings_ru from '../../locales/ru/bookings.json'
import emails_ru from '../../locales/ru/emails.json'
import common_ar from '../../locales/ar/common.json'
import catalogue_ar from '../../locales/ar/catalogue.json'
import search_ar from '../../locales/ar/search.json'
import account_ar from '../../locales/ar/account.json'
import inquiries_ar from '../../locales/ar/inquiries.json'
import bookings_ar from '../../locales/ar/bookings.json'
import emails_ar from '../../locales/ar/emails.json'
import common_es from '../../locales/es/common.json'
import catalogue_es from '../../locales/es/catalogue.json'
import search_es from '../../locales/es/search.json'
import account_es from '../../locales/es/account.json'
import inquiries_es from '../../locales/es/inquiries.json'
import bookings_es from '../../locales/es/bookings.json'
import emails_es from '../../locales/es/emails.json'
import common_fr from '../../locales/fr/common.json'
import catalogue_fr from '../../locales/fr/catalogue.json'
import search_fr from '../../locales/fr/search.json'
import account_fr from '../../locales/fr/account.json'
import inquiries_fr from '../../locales/fr/inquiries.json'
import bookings_fr from '../../locales/fr/bookings.json'
import emails_fr from '../../locales/fr/emails.json'
import common_pt from '../../locales/pt/common.json'
import catalogue_pt from '../../locales/pt/catalogue.json'
import search_pt from '../../locales/pt/search.json'
import account_pt from '../../locales/pt/account.json'
import inquiries_pt from '../../locales/pt/inquiries.json'
import bookings_pt from '../../locales/pt/bookings.json'
import emails_pt from '../../locales/pt/emails.json'

import type { AppLocale } from './locales'

export const namespaces = ['common', 'catalogue', 'search', 'account', 'inquiries', 'bookings', 'emails'] as const
export type Namespace = (typeof namespaces)[number]

export type ResourceBundle = Record<Namespace, Record<string, unknown>>

export const resources: Record<AppLocale, ResourceBundle> = {
  'ja': { common: common_ja, catalogue: catalogue_ja, search: search_ja, account: account_ja, inquiries: inquiries_ja, bookings: bookings_ja, emails: emails_ja },
  'en': { common: common_en, catalogue: catalogue_en, search: search_en, account: account_en, inquiries: inquiries_en, bookings: bookings_en, emails: emails_en },
  'zh-CN': { common: common_zhCN, catalogue: catalogue_zhCN, search: search_zhCN, account: account_zhCN, inquiries: inquiries_zhCN, bookings: bookings_zhCN, emails: emails_zhCN },
  'zh-TW': { common: common_zhTW, catalogue: catalogue_zhTW, search: search_zhTW, account: account_zhTW, inquiries: inquiries_zhTW, bookings: bookings_zhTW, emails: emails_zhTW },
  'ko': { common: common_ko, catalogue: catalogue_ko, search: search_ko, account: account_ko, inquiries: inquiries_ko, bookings: bookings_ko, emails: emails_ko },
  'vi': { common: common_vi, catalogue: catalogue_vi, search: search_vi, account: account_vi, inquiries: inquiries_vi, bookings: bookings_vi, emails: emails_vi },
  'th': { common: common_th, catalogue: catalogue_th, search: search_th, account: account_th, inquiries: inquiries_th, bookings: bookings_th, emails: emails_th },
  'id': { common: common_id, catalogue: catalogue_id, search: search_id, account: account_id, inquiries: inquiries_id, bookings: bookings_id, emails: emails_id },
  'ru': { common: common_ru, catalogue: catalogue_ru, search: search_ru, account: account_ru, inquiries: inquiries_ru, bookings: bookings_ru, emails: emails_ru },
  'ar': { common: common_ar, catalogue: catalogue_ar, search: search_ar, account: account_ar, inquiries: inquiries_ar, bookings: bookings_ar, emails: emails_ar },
  'es': { common: common_es, catalogue: catalogue_es, search: search_es, account: account_es, inquiries: inquiries_es, bookings: bookings_es, emails: emails_es },
  'fr': { common: common_fr, catalogue: catalogue_fr, search: search_fr, account: account_fr, inquiries: inquiries_fr, bookings: bookings_fr, emails: emails_fr },
  'pt': { common: common_pt, catalogue: catalogue_pt, search: search_pt, account: account_pt, inquiries: inquiries_pt, bookings: bookings_pt, emails: emails_pt },
}
