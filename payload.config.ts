import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { ja } from '@payloadcms/translations/languages/ja'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { AuditLog } from './collections/AuditLog'
import { ApplicationFiles } from './collections/ApplicationFiles'
import { ImpactProjects } from './collections/ImpactProjects'
import { KnowledgeResources } from './collections/KnowledgeResources'
import { Pages } from './collections/Pages'
import { PartnerRequests } from './collections/PartnerRequests'
import { Partners } from './collections/Partners'
import { ResourceFiles } from './collections/ResourceFiles'
import { Solutions } from './collections/Solutions'
import { Stories } from './collections/Stories'
import { TrainingApplications } from './collections/TrainingApplications'
import { TrainingPrograms } from './collections/TrainingPrograms'
import { Bookings } from './collections/Bookings'
import { CarePackages } from './collections/CarePackages'
import { Consents } from './collections/Consents'
import { FxRates } from './collections/FxRates'
import { Hospitals } from './collections/Hospitals'
import { Inquiries } from './collections/Inquiries'
import { InquiryMessages } from './collections/InquiryMessages'
import { Media } from './collections/Media'
import { MedicalDocuments } from './collections/MedicalDocuments'
import { Outbox } from './collections/Outbox'
import { Patients } from './collections/Patients'
import { Payments } from './collections/Payments'
import { SearchSynonyms } from './collections/SearchSynonyms'
import { SlotPlaces } from './collections/SlotPlaces'
import { Slots } from './collections/Slots'
import { Specialties } from './collections/Specialties'
import { Users } from './collections/Users'
import { isPlatformAdmin } from './src/access/roles'
import { databaseAdapter, tuneSqlite } from './src/db/adapter'
import { env } from './src/env'
import { defaultLocale, directionOf, fallbackChain, localeNames, locales } from './src/i18n/locales'
import { bookingTasks } from './src/booking/jobs'
import { notificationTasks } from './src/notifications/jobs'
import { outboxEmailAdapter } from './src/notifications/payloadEmailAdapter'
import { searchTasks } from './src/search/sync'
import { editorialTasks } from './src/editorial/jobs'
import { uhcSearchTasks } from './src/uhc/search/sync'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: env.serverUrl,
  secret: env.payloadSecret,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Kakehashi' },
    // The default avatar is fetched from Gravatar; a closed network (and privacy) wants the built-in one.
    avatar: 'default',
    // Hospital staff's booking dashboard, calendar and its nav link (src/components/admin/booking);
    // editors' translation dashboard and its nav link (src/components/admin/editorial).
    components: {
      beforeDashboard: ['@/components/admin/booking/BookingDashboard#BookingDashboard'],
      afterNavLinks: [
        '@/components/admin/booking/CalendarNavLink#CalendarNavLink',
        '@/components/admin/editorial/TranslationsNavLink#TranslationsNavLink',
      ],
      views: {
        bookingCalendar: { Component: '@/components/admin/booking/BookingCalendar#BookingCalendar', path: '/booking-calendar' },
        // Editors' translation dashboard: every editorial document × locale (src/editorial).
        translations: { Component: '@/components/admin/editorial/TranslationDashboard#TranslationDashboard', path: '/translations' },
      },
    },
  },
  collections: [
    Hospitals,
    CarePackages,
    Specialties,
    Media,
    FxRates,
    SearchSynonyms,
    Users,
    Patients,
    Consents,
    Inquiries,
    InquiryMessages,
    MedicalDocuments,
    Slots,
    SlotPlaces,
    Bookings,
    Payments,
    Outbox,
    AuditLog,
    // The government side: brand stories, the site's pages, the UHC hub, training, international
    // deployment and impact. Content collections share the editorial workflow (src/editorial).
    Stories,
    Pages,
    KnowledgeResources,
    ResourceFiles,
    TrainingPrograms,
    TrainingApplications,
    ApplicationFiles,
    Solutions,
    Partners,
    PartnerRequests,
    ImpactProjects,
  ],
  jobs: {
    tasks: [...searchTasks, ...bookingTasks, ...notificationTasks, ...editorialTasks, ...uhcSearchTasks],
    // Index syncs reach search within seconds. Payload starts these crons only in a process that
    // asks for them (the Next server's admin, REST and search routes), never in `payload run`
    // scripts; tests run the queue themselves with `payload.jobs.run()`, and get no cron at all:
    // its schedule bookkeeping writes outside any transaction and would race the tests' writes.
    autoRun: env.nodeEnv === 'test' ? [] : [{ cron: '*/3 * * * * *', limit: 50 }],
    shouldAutoRun: () => env.nodeEnv !== 'test',
    // Payload's default lets any signed-in user run or cancel queued jobs over REST.
    access: {
      run: ({ req }) => isPlatformAdmin(req.user),
      queue: ({ req }) => isPlatformAdmin(req.user),
      cancel: ({ req }) => isPlatformAdmin(req.user),
    },
  },
  db: databaseAdapter(env.database),
  // Every email, Payload's own auth emails included, goes through the outbox (src/notifications).
  email: outboxEmailAdapter,
  editor: lexicalEditor(),
  localization: {
    locales: locales.map((code) => ({
      code,
      label: localeNames[code],
      rtl: directionOf(code) === 'rtl',
      fallbackLocale: fallbackChain(code),
    })),
    defaultLocale,
    fallback: true,
  },
  i18n: { supportedLanguages: { en, ja }, fallbackLanguage: 'en' },
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  onInit: async (payload) => {
    await tuneSqlite(payload)
  },
})
