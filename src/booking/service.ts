import { createLocalReq, type CollectionSlug, type DataFromCollectionSlug, type Payload, type PayloadRequest } from 'payload'

import { belongsToHospital, isHospitalMember, isPatient, isPlatformAdmin, patientIdOf, relationId } from '@/access/roles'
import { env } from '@/env'
import { isLocale, type AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'
import { refundDeposit } from '@/payments/service'

import type { Booking, CarePackage, Slot } from '../../payload-types'

import { quoteCancellation, type CancellationQuote } from './cancellation'
import { notifyBooking } from './emails'
import { bookingError, localeOf } from './errors'
import { attachClaimToBooking, claimPlace, dropClaim, releaseOrphanClaims, releasePlaceOf } from './places'
import { newBookingReference } from './reference'
import { withinTransaction } from '@/db/transaction'
import { isBookingStatus, transition, InvalidTransition, type ActorType, type BookingStatus } from './transitions'

/** After the hospital approves, the patient has this long to pay (they may not be online at once). */
export const APPROVED_HOLD_HOURS = 72

type Agreed = NonNullable<Booking['agreed']>

/** The parts of an inquiry (inquiries builder's collection) a booking reads: its accepted quote. */
interface QuotedInquiry {
  id: string | number
  patient?: unknown
  hospital?: unknown
  booking?: unknown
  quoteAcceptedAt?: string | null
  response?: {
    decision?: string | null
    quote?: {
      packagePriceJPY?: number | null
      extras?: { label?: string | null; amountJPY?: number | null }[] | null
      interpreterFeeJPY?: number | null
      coordinationFeeJPY?: number | null
      depositJPY?: number | null
      validUntil?: string | null
      totalJPY?: number | null
    } | null
  } | null
}

interface Actor {
  type: ActorType
  id?: string
}

/** Who is acting: a signed-in patient, hospital staff (or a platform admin), or the system (no user). */
export function actorOf(req: PayloadRequest): Actor {
  const user = req.user
  if (!user) return { type: 'system' }
  if (isPatient(user)) return { type: 'patient', id: patientIdOf(user) }
  if (isHospitalMember(user) || isPlatformAdmin(user)) return { type: 'staff', id: relationId(user) }
  throw bookingError(req, 'errors.forbidden', 403)
}

function holdUntil(now: Date, minutes: number): string {
  return new Date(now.getTime() + minutes * 60_000).toISOString()
}

/**
 * One record by ID as the request's user may read it, or undefined when it is missing or not
 * theirs (findByID would throw, and the caller answers with its own localized 404).
 */
async function readOne<C extends CollectionSlug>(
  req: PayloadRequest,
  collection: C,
  id: string | undefined,
  options: { overrideAccess?: boolean; locale?: AppLocale } = {},
): Promise<DataFromCollectionSlug<C> | undefined> {
  if (!id) return undefined
  const found = await req.payload.find({
    collection,
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    pagination: false,
    locale: options.locale,
    req,
    overrideAccess: options.overrideAccess ?? false,
    user: req.user ?? undefined,
  })
  return found.docs[0] as DataFromCollectionSlug<C> | undefined
}

/** The booking as its actor may see it: patients their own, staff their hospital's; 404 otherwise. */
export async function loadBookingFor(req: PayloadRequest, bookingId: string, actor: Actor): Promise<Booking> {
  // The system (jobs, payment webhooks) acts on any booking; people only on those they may read.
  const booking = await readOne(req, 'bookings', bookingId, { overrideAccess: actor.type === 'system' })
  if (!booking) throw bookingError(req, 'errors.notFound', 404)
  if (actor.type === 'staff' && !isPlatformAdmin(req.user) && !belongsToHospital(req.user, relationId(booking.hospital))) {
    throw bookingError(req, 'errors.notFound', 404)
  }
  return booking
}

function checkTransition(req: PayloadRequest, from: string, to: BookingStatus, actor: Actor): void {
  if (!isBookingStatus(from)) throw bookingError(req, 'errors.invalidTransition', 409, { from, to })
  try {
    transition(from, to, actor.type)
  } catch (err) {
    if (err instanceof InvalidTransition) {
      const t = getTranslator(localeOf(req), 'bookings')
      throw bookingError(req, err.messageKey, err.status, { from: String(t(`status.${from}`)), to: String(t(`status.${to}`)) })
    }
    throw err
  }
}

/**
 * Writes a checked move: the new status, the extra fields, and one more entry in `transitions`.
 * The write is conditional on the status it was checked against, so two concurrent moves of the
 * same booking (an expiry and a payment) cannot both win.
 */
async function applyTransition(
  req: PayloadRequest,
  booking: Booking,
  to: BookingStatus,
  actor: Actor,
  note: string | undefined,
  extra: Partial<Booking> = {},
): Promise<Booking> {
  const entry = { from: booking.status, to, at: new Date().toISOString(), actorType: actor.type, actorId: actor.id ?? null, note: note ?? null }
  const result = await req.payload.update({
    collection: 'bookings',
    where: { and: [{ id: { equals: booking.id } }, { status: { equals: booking.status } }] },
    data: { ...extra, status: to, transitions: [...(booking.transitions ?? []).map(({ id: _id, ...rest }) => rest), entry] },
    depth: 0,
    req,
    // The state machine above is the write rule for bookings (nobody updates them over the API).
    overrideAccess: true,
  })
  const updated = result.docs[0]
  if (!updated) throw bookingError(req, 'errors.changedMeanwhile', 409)
  if (to === 'cancelled' || to === 'expired') await releasePlaceOf(req, String(booking.id))
  return updated as Booking
}

/** Moves overdue holds of one slot (or all slots) to expired and frees their places. */
export async function releaseExpiredHolds(
  payload: Payload,
  options: { slotId?: string; now?: Date; req?: PayloadRequest } = {},
): Promise<number> {
  const now = options.now ?? new Date()
  const overdue = await payload.find({
    collection: 'bookings',
    req: options.req,
    where: {
      and: [
        { status: { equals: 'pending-payment' } },
        { holdExpiresAt: { less_than: now.toISOString() } },
        ...(options.slotId ? [{ slot: { equals: options.slotId } }] : []),
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  let expired = 0
  for (const booking of overdue.docs) {
    // A request of the system (no user): the expiry is nobody's act. A job passes its own request.
    const req = options.req ?? (await createLocalReq({}, payload))
    try {
      const updated = await applyTransition(req, booking, 'expired', { type: 'system' }, 'Hold ended unpaid')
      await notifyBooking(req, updated, 'booking-expired')
      expired++
    } catch (err) {
      // Another request expired or paid it meanwhile: nothing to do.
      if ((err as { status?: number }).status !== 409) throw err
    }
  }
  if (options.slotId) await releaseOrphanClaims(payload, options.slotId, now)
  return expired
}

function quoteItems(
  quote: NonNullable<NonNullable<QuotedInquiry['response']>['quote']>,
  packageTitle: string,
  locale: AppLocale,
): Agreed['items'] {
  // Labels in the patient's language: the agreed items are shown to them as written here.
  const t = getTranslator(locale, 'bookings')
  const items: NonNullable<Agreed['items']> = []
  if (typeof quote.packagePriceJPY === 'number') items.push({ label: packageTitle, amountJPY: quote.packagePriceJPY })
  for (const extra of quote.extras ?? []) {
    if (extra?.label && typeof extra.amountJPY === 'number') items.push({ label: extra.label, amountJPY: extra.amountJPY })
  }
  if (quote.interpreterFeeJPY) items.push({ label: String(t('items.interpreter')), amountJPY: quote.interpreterFeeJPY })
  if (quote.coordinationFeeJPY) items.push({ label: String(t('items.coordination')), amountJPY: quote.coordinationFeeJPY })
  return items
}

/** The price the booking keeps: the hospital's accepted quote, or the package as published. */
async function agreedTerms(
  req: PayloadRequest,
  pkg: CarePackage,
  slot: Slot,
  patientId: string,
  inquiryId: string | undefined,
  locale: AppLocale,
): Promise<{ agreed: Agreed; inquiry?: string }> {
  const cancellation = { freeUntilDays: pkg.cancellation?.freeUntilDays ?? null, feePercent: pkg.cancellation?.feePercent ?? null }
  if (!inquiryId) {
    return {
      agreed: {
        source: 'package',
        packageTitle: pkg.title,
        items: [{ label: pkg.title, amountJPY: pkg.priceJPY }],
        totalJPY: pkg.priceJPY,
        depositJPY: pkg.depositJPY ?? 0,
        cancellation,
      },
    }
  }
  const inquiry = (await readOne(req, 'inquiries', inquiryId)) as unknown as QuotedInquiry | undefined
  if (!inquiry || relationId(inquiry.patient) !== patientId) throw bookingError(req, 'errors.quoteNotFound', 404)
  if (relationId(inquiry.hospital) !== relationId(slot.hospital)) throw bookingError(req, 'errors.quoteOtherHospital', 409)
  const quote = inquiry.response?.quote
  if (inquiry.response?.decision !== 'accepted' || !quote || !inquiry.quoteAcceptedAt) {
    throw bookingError(req, 'errors.quoteNotAccepted', 409)
  }
  if (quote.validUntil && new Date(quote.validUntil).getTime() < Date.now()) throw bookingError(req, 'errors.quoteExpired', 409)
  if (inquiry.booking) throw bookingError(req, 'errors.quoteUsed', 409)
  const items = quoteItems(quote, pkg.title, locale)
  const total = typeof quote.totalJPY === 'number' ? quote.totalJPY : (items ?? []).reduce((sum, i) => sum + i.amountJPY, 0)
  return {
    agreed: { source: 'quote', packageTitle: pkg.title, items, totalJPY: total, depositJPY: quote.depositJPY ?? 0, cancellation },
    inquiry: String(inquiry.id),
  }
}

async function createWithUniqueReference(req: PayloadRequest, data: Omit<Booking, 'id' | 'reference' | 'createdAt' | 'updatedAt'>): Promise<Booking> {
  for (let attempt = 0; ; attempt++) {
    try {
      return (await req.payload.create({
        collection: 'bookings',
        data: { ...data, reference: newBookingReference() },
        depth: 0,
        req,
        // Bookings are created only here, after the checks above (nobody creates them over the API).
        overrideAccess: true,
      })) as Booking
    } catch (err) {
      const collided = /reference/i.test(JSON.stringify((err as { data?: unknown }).data ?? ''))
      if (!collided || attempt >= 4) throw err
    }
  }
}

/**
 * A patient takes a place on a slot. The place is claimed atomically (see places.ts); the booking
 * then waits for the deposit (`pending-payment`, held for env.booking.holdMinutes) or, when the
 * package needs the hospital's approval, for the hospital (`requested`: the place stays held
 * without a time limit until the hospital approves or declines, so an approval is never for a
 * place somebody else took meanwhile).
 *
 * Call it outside any transaction: the claim is its own write (see places.ts), and on SQLite a
 * transaction already open on `req` would make it wait for itself.
 */
export async function holdPlace(
  req: PayloadRequest,
  input: { slotId: string; patient: string | { id: string | number }; inquiry?: string },
): Promise<Booking> {
  const patientId = relationId(input.patient)
  if (!patientId) throw bookingError(req, 'errors.signIn', 401)
  if (req.user && patientIdOf(req.user) !== patientId) throw bookingError(req, 'errors.forbidden', 403)
  const { payload } = req
  const now = new Date()

  const slot = await readOne(req, 'slots', input.slotId)
  if (!slot) throw bookingError(req, 'errors.slotNotFound', 404)
  if (new Date(slot.date).toISOString().slice(0, 10) <= now.toISOString().slice(0, 10)) throw bookingError(req, 'errors.slotPast', 409)

  const patient = await payload.findByID({ collection: 'patients', id: patientId, depth: 0, req, overrideAccess: true })
  const patientLocale: AppLocale = isLocale(patient.preferredLanguage) ? patient.preferredLanguage : localeOf(req)
  const pkg = await readOne(req, 'care-packages', relationId(slot.package), { locale: patientLocale })
  if (!pkg) throw bookingError(req, 'errors.slotNotFound', 404)

  const terms = await agreedTerms(req, pkg, slot, patientId, input.inquiry, patientLocale)

  const mine = await payload.count({
    collection: 'bookings',
    where: {
      and: [
        { slot: { equals: slot.id } },
        { patient: { equals: patientId } },
        { status: { in: ['requested', 'approved', 'pending-payment', 'confirmed'] } },
      ],
    },
    req,
    overrideAccess: true,
  })
  if (mine.totalDocs > 0) throw bookingError(req, 'errors.alreadyBooked', 409)

  // An unpaid hold past its time never blocks a patient: free such places before claiming.
  await releaseExpiredHolds(payload, { slotId: String(slot.id), now })

  const hospitalId = relationId(slot.hospital)
  if (!hospitalId) throw bookingError(req, 'errors.slotNotFound', 404)
  const claim = await claimPlace(payload, { id: String(slot.id), capacity: slot.capacity, hospital: hospitalId })
  if (!claim) throw bookingError(req, 'errors.full', 409)

  const needsApproval = Boolean(pkg.requiresApproval) && terms.agreed.source === 'package'
  const status: BookingStatus = needsApproval ? 'requested' : 'pending-payment'
  let booking: Booking
  try {
    // The booking, its claim's link, the inquiry's link and the emails are written together.
    booking = await withinTransaction(req, async () => {
      const created = await createWithUniqueReference(req, {
        status,
        patient: patientId,
        hospital: hospitalId,
        package: String(pkg.id),
        slot: String(slot.id),
        slotDate: slot.date,
        inquiry: terms.inquiry ?? null,
        holdExpiresAt: needsApproval ? null : holdUntil(now, env.booking.holdMinutes),
        locale: patientLocale,
        agreed: terms.agreed,
        transitions: [{ from: null, to: status, at: now.toISOString(), actorType: 'patient', actorId: patientId, note: null }],
      })
      await attachClaimToBooking(req, claim.id, String(created.id))
      if (terms.inquiry) {
        // The quote is used once: the inquiry points at its booking (the inquiry is the patient's
        // own, checked above; the field is not theirs to write over the API).
        await payload.update({
          collection: 'inquiries',
          id: terms.inquiry,
          data: { booking: String(created.id) } as Record<string, unknown>,
          depth: 0,
          req,
          overrideAccess: true,
        })
      }
      await notifyBooking(req, created, needsApproval ? 'booking-requested' : 'booking-hold')
      return created
    })
  } catch (err) {
    await dropClaim(payload, claim.id).catch(() => undefined)
    throw err
  }
  return booking
}

/**
 * Moves a booking to `to` if the state machine allows it for this actor (409 / 403 otherwise),
 * recording who and when. An approval also opens the payment window (approved → pending-payment).
 * Cancelling goes through cancelBooking (it settles the fee and the refund).
 */
export async function transitionBooking(
  req: PayloadRequest,
  input: { bookingId: string; to: BookingStatus; note?: string },
): Promise<Booking> {
  if (input.to === 'cancelled') return cancelBooking(req, { bookingId: input.bookingId, note: input.note })
  if (input.to === 'refunded') return refundBooking(req, { bookingId: input.bookingId, note: input.note })
  const actor = actorOf(req)
  const booking = await loadBookingFor(req, input.bookingId, actor)
  checkTransition(req, booking.status, input.to, actor)
  let updated = await applyTransition(req, booking, input.to, actor, input.note)
  if (input.to === 'approved') {
    const hold = holdUntil(new Date(), APPROVED_HOLD_HOURS * 60)
    updated = await applyTransition(req, updated, 'pending-payment', { type: 'system' }, 'Approved: waiting for the deposit', { holdExpiresAt: hold })
    await notifyBooking(req, updated, 'booking-approved')
  }
  return updated
}

function depositPaidOf(booking: Booking): number {
  return booking.depositPaidAt ? (booking.agreed?.depositJPY ?? 0) : 0
}

/** What cancelling now would cost: shown to the patient before they confirm. */
export function cancellationQuoteFor(booking: Booking, actorType: ActorType, now = new Date()): CancellationQuote {
  return quoteCancellation({
    slotDate: new Date(booking.slotDate),
    now,
    totalJPY: booking.agreed?.totalJPY ?? 0,
    depositPaidJPY: depositPaidOf(booking),
    policy: booking.agreed?.cancellation,
    // The hospital cancelling or declining never costs the patient anything.
    waiveFee: actorType !== 'patient',
  })
}

/**
 * Cancels per the agreed policy: the fee and refund are recorded on the booking, the place is
 * freed, the patient told, and a paid deposit (less the fee) refunded, which moves the booking
 * on to `refunded` once the refund went through. A failed refund leaves it `cancelled` for staff
 * to retry with the refund action.
 */
export async function cancelBooking(req: PayloadRequest, input: { bookingId: string; note?: string }): Promise<Booking> {
  const actor = actorOf(req)
  const booking = await loadBookingFor(req, input.bookingId, actor)
  checkTransition(req, booking.status, 'cancelled', actor)
  const now = new Date()
  const quote = cancellationQuoteFor(booking, actor.type, now)
  let updated = await applyTransition(req, booking, 'cancelled', actor, input.note, {
    cancellation: { at: now.toISOString(), feeJPY: quote.feeJPY, refundJPY: quote.refundJPY },
  })
  await notifyBooking(req, updated, 'booking-cancelled')
  if (quote.refundJPY > 0) {
    try {
      updated = await sendRefund(req, updated, quote.refundJPY, input.note)
    } catch (err) {
      req.payload.logger.error({ err, msg: `Refund of booking ${booking.id} failed; staff can retry it` })
    }
  }
  return updated
}

async function sendRefund(req: PayloadRequest, booking: Booking, amountJPY: number, note?: string): Promise<Booking> {
  await refundDeposit(req, { booking: { id: String(booking.id) }, amountJPY })
  const actor = actorOf(req)
  // A patient's cancellation triggers the refund, but sending it is the platform's act.
  const refunder: Actor = actor.type === 'staff' ? actor : { type: 'system' }
  const refunded = await applyTransition(req, booking, 'refunded', refunder, note ?? 'Deposit refunded')
  await notifyBooking(req, refunded, 'booking-refunded')
  return refunded
}

/** Staff retry the refund of a cancelled booking (the amount recorded when it was cancelled). */
export async function refundBooking(req: PayloadRequest, input: { bookingId: string; note?: string }): Promise<Booking> {
  const actor = actorOf(req)
  const booking = await loadBookingFor(req, input.bookingId, actor)
  checkTransition(req, booking.status, 'refunded', actor)
  const amount = booking.cancellation?.refundJPY ?? 0
  if (amount <= 0) throw bookingError(req, 'errors.nothingToRefund', 409)
  return sendRefund(req, booking, amount, input.note)
}
