import type { Payload } from 'payload'

import { relationId } from '@/access/roles'
import { isLocale, type AppLocale } from '@/i18n/locales'

/** Everything the confirmation prints, in one language of content (names, address). */
export interface ConfirmationContent {
  patientName: string
  hospitalName: string
  hospitalAddress?: string
  office: { email?: string; phone?: string; hours?: string }
  packageTitle: string
}

export interface ConfirmationView {
  reference: string
  locale: AppLocale
  date: string
  items: { label: string; amountJPY: number }[]
  totalJPY: number
  depositJPY: number
  depositPaidAt?: string
  cancellation?: { freeUntilDays: number; feePercent: number }
  /** Visa: can the hospital itself act as guarantor, and which registered guarantors it names. */
  hospitalGuarantees: boolean
  guarantors: string[]
  /** Content in the patient's language, and in Japanese (hospital names and addresses are localized). */
  content: Partial<Record<AppLocale, ConfirmationContent>> & { ja: ConfirmationContent }
}

type Loose = Record<string, unknown>
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined)
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0)

/** The booking with what the confirmation prints, or null when it does not exist. */
export async function loadConfirmationView(payload: Payload, bookingId: string): Promise<{ view: ConfirmationView; status: string; patientId?: string; hospitalId?: string } | null> {
  // Called by the route after it checked who may read this booking; the loader reads as the system.
  const booking = (await payload
    .findByID({ collection: 'bookings', id: bookingId, depth: 0, overrideAccess: true })
    .catch(() => null)) as Loose | null
  if (!booking) return null
  const patientId = relationId(booking.patient)
  const hospitalId = relationId(booking.hospital)
  const patient = patientId ? ((await payload.findByID({ collection: 'patients', id: patientId, depth: 0, overrideAccess: true }).catch(() => null)) as Loose | null) : null
  const locale: AppLocale = isLocale(booking.locale) ? booking.locale : isLocale(patient?.preferredLanguage) ? (patient.preferredLanguage as AppLocale) : 'en'
  const slotId = relationId(booking.slot)
  const slot = slotId ? ((await payload.findByID({ collection: 'slots', id: slotId, depth: 0, overrideAccess: true }).catch(() => null)) as Loose | null) : null
  const agreed = (booking.agreed ?? {}) as Loose

  const contentIn = async (lang: AppLocale): Promise<ConfirmationContent> => {
    const hospital = hospitalId ? ((await payload.findByID({ collection: 'hospitals', id: hospitalId, depth: 0, locale: lang, overrideAccess: true }).catch(() => null)) as Loose | null) : null
    const packageId = relationId(booking.package)
    const pkg = packageId ? ((await payload.findByID({ collection: 'care-packages', id: packageId, depth: 0, locale: lang, overrideAccess: true }).catch(() => null)) as Loose | null) : null
    const office = (hospital?.internationalOffice ?? {}) as Loose
    return {
      patientName: str(patient?.name) ?? '',
      hospitalName: str(hospital?.name) ?? '',
      hospitalAddress: [str(hospital?.address), str(hospital?.city)].filter(Boolean).join(', ') || undefined,
      office: { email: str(office.email), phone: str(office.phone), hours: str(office.hours) },
      packageTitle: str(pkg?.title) ?? str(agreed.packageTitle) ?? '',
    }
  }
  const hospitalJa = hospitalId ? ((await payload.findByID({ collection: 'hospitals', id: hospitalId, depth: 0, overrideAccess: true }).catch(() => null)) as Loose | null) : null
  const cancellation = agreed.cancellation as Loose | undefined
  const view: ConfirmationView = {
    reference: str(booking.reference) ?? bookingId,
    locale,
    date: str(slot?.date) ?? '',
    items: Array.isArray(agreed.items) ? (agreed.items as Loose[]).map((i) => ({ label: str(i.label) ?? '', amountJPY: num(i.amountJPY) })) : [],
    totalJPY: num(agreed.totalJPY),
    depositJPY: num(agreed.depositJPY),
    depositPaidAt: str(booking.depositPaidAt),
    cancellation: cancellation ? { freeUntilDays: num(cancellation.freeUntilDays), feePercent: num(cancellation.feePercent) } : undefined,
    hospitalGuarantees: Array.isArray(hospitalJa?.support) && (hospitalJa.support as unknown[]).includes('visa-guarantee'),
    guarantors: Array.isArray(hospitalJa?.guarantors) ? (hospitalJa.guarantors as Loose[]).flatMap((g) => str(g.name) ?? []) : [],
    content: { ja: await contentIn('ja') },
  }
  if (locale !== 'ja') view.content[locale] = await contentIn(locale)
  return { view, status: str(booking.status) ?? '', patientId, hospitalId }
}
