import config from '@payload-config'
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { recordAudit } from '@/audit/log'
import { holdPlace } from '@/booking/service'
import { recordOfflineDeposit } from '@/payments/service'

import type { Booking, Inquiry } from '../../payload-types'
import { sendInquiry } from '../fixtures/inquiries'
import { sampleFile } from '../fixtures/uploads'
import { testPayload } from './harness'
import { createBookablePackage, createSlot, dayFromNow, requestAs } from './support/booking'
import { createPatient, type PatientActor } from './support/patients'
import { type Actor, attempt, buildWorld, PASSWORD, unique, type World } from './support/world'

/**
 * The access matrix of the patient journey (issue #4: "staff of one hospital never see another's
 * inquiries, documents, bookings or payments"), in the form of access-matrix.test.ts: one line
 * per collection × operation × target, one column per role, every cell a test case through the
 * Local API as that person (`user` + `overrideAccess: false`). A refused write leaves the
 * database as it was.
 *
 * The targets are the records of patient P, addressed to hospital A, and those of patient Q,
 * addressed to hospital B: each staff column meets its own hospital and another, each patient
 * column their own records and somebody else's. The cells say what the policy SHOULD be.
 */

const roles = [
  'anonymous',
  'platform-admin',
  'editor',
  'hospital-admin of A',
  'hospital-staff of A',
  'hospital-staff of B',
  'patient P',
  'patient Q',
] as const
type Role = (typeof roles)[number]
const collections = [
  'patients',
  'consents',
  'inquiries',
  'inquiry-messages',
  'medical-documents',
  'audit-log',
  'slots',
  'slot-places',
  'bookings',
  'payments',
  'outbox',
] as const
type Collection = (typeof collections)[number]
type Operation = 'list' | 'read by id' | 'create' | 'update' | 'delete'
type Outcome = 'yes' | 'no'

const Y: Outcome = 'yes'
const N: Outcome = 'no'

interface PolicyLine {
  collection: Collection
  operation: Operation
  target: string
  outcomes: Record<Role, Outcome>
}

function line(
  collection: Collection,
  operation: Operation,
  target: string,
  ...cells: [
    anonymous: Outcome,
    platformAdmin: Outcome,
    editor: Outcome,
    hospitalAdminA: Outcome,
    hospitalStaffA: Outcome,
    hospitalStaffB: Outcome,
    patientP: Outcome,
    patientQ: Outcome,
  ]
): PolicyLine {
  const outcomes = Object.fromEntries(roles.map((role, i) => [role, cells[i]])) as Record<Role, Outcome>
  return { collection, operation, target, outcomes }
}

const P_A = 'of P, to A'
const Q_B = 'of Q, to B'

// prettier-ignore
const policy: PolicyLine[] = [
  //                                                         anon admin editor h-adm-A h-stf-A h-stf-B  P    Q
  // Patients: visitors sign up while signed out (platform admins may open an account too); a patient
  // reads and edits only themself; a hospital's staff read the patients who wrote to or booked with
  // it; platform admins manage accounts. Editors never.
  line('patients', 'list',       'P (wrote to A)',              N,   Y,    N,     Y,      Y,      N,     Y,   N),
  line('patients', 'list',       'Q (wrote to B)',              N,   Y,    N,     N,      N,      Y,     N,   Y),
  line('patients', 'read by id', 'P (wrote to A)',              N,   Y,    N,     Y,      Y,      N,     Y,   N),
  line('patients', 'read by id', 'Q (wrote to B)',              N,   Y,    N,     N,      N,      Y,     N,   Y),
  line('patients', 'create',     '(a sign-up)',                 Y,   Y,    N,     N,      N,      N,     N,   N),
  line('patients', 'update',     'P (wrote to A)',              N,   Y,    N,     N,      N,      N,     Y,   N),
  line('patients', 'update',     'Q (wrote to B)',              N,   Y,    N,     N,      N,      N,     N,   Y),
  line('patients', 'delete',     'P (wrote to A)',              N,   Y,    N,     N,      N,      N,     Y,   N),
  line('patients', 'delete',     'Q (wrote to B)',              N,   Y,    N,     N,      N,      N,     N,   Y),

  // Consents: given only by a patient, for themself; read by that patient, the hospital named and
  // platform admins (proof of consent, no medical data); never changed or deleted over the API.
  line('consents', 'list',       P_A,                           N,   Y,    N,     Y,      Y,      N,     Y,   N),
  line('consents', 'list',       Q_B,                           N,   Y,    N,     N,      N,      Y,     N,   Y),
  line('consents', 'read by id', P_A,                           N,   Y,    N,     Y,      Y,      N,     Y,   N),
  line('consents', 'read by id', Q_B,                           N,   Y,    N,     N,      N,      Y,     N,   Y),
  line('consents', 'create',     'to A (the sender\'s own)',    N,   N,    N,     N,      N,      N,     Y,   Y),
  line('consents', 'update',     P_A,                           N,   N,    N,     N,      N,      N,     N,   N),
  line('consents', 'update',     Q_B,                           N,   N,    N,     N,      N,      N,     N,   N),
  line('consents', 'delete',     P_A,                           N,   N,    N,     N,      N,      N,     N,   N),
  line('consents', 'delete',     Q_B,                           N,   N,    N,     N,      N,      N,     N,   N),

  // Inquiries: the patient and the addressed hospital's staff; platform admins see metadata only
  // (medical fields hidden). Sent by the patient on their own consent; worked on only by the
  // addressed hospital's staff; never deleted (they go with the patient's erasure).
  line('inquiries', 'list',       P_A,                          N,   Y,    N,     Y,      Y,      N,     Y,   N),
  line('inquiries', 'list',       Q_B,                          N,   Y,    N,     N,      N,      Y,     N,   Y),
  line('inquiries', 'read by id', P_A,                          N,   Y,    N,     Y,      Y,      N,     Y,   N),
  line('inquiries', 'read by id', Q_B,                          N,   Y,    N,     N,      N,      Y,     N,   Y),
  line('inquiries', 'create',     `${P_A} (on P's consent)`,    N,   N,    N,     N,      N,      N,     Y,   N),
  line('inquiries', 'create',     `${Q_B} (on Q's consent)`,    N,   N,    N,     N,      N,      N,     N,   Y),
  line('inquiries', 'update',     P_A,                          N,   N,    N,     Y,      Y,      N,     N,   N),
  line('inquiries', 'update',     Q_B,                          N,   N,    N,     N,      N,      Y,     N,   N),
  line('inquiries', 'delete',     P_A,                          N,   N,    N,     N,      N,      N,     N,   N),
  line('inquiries', 'delete',     Q_B,                          N,   N,    N,     N,      N,      N,     N,   N),

  // Messages: the thread's patient and the addressed hospital's staff read and write them (medical
  // talk: no platform admin, no editor); never edited or deleted.
  line('inquiry-messages', 'list',       `in the thread ${P_A}`, N,  N,    N,     Y,      Y,      N,     Y,   N),
  line('inquiry-messages', 'list',       `in the thread ${Q_B}`, N,  N,    N,     N,      N,      Y,     N,   Y),
  line('inquiry-messages', 'read by id', `in the thread ${P_A}`, N,  N,    N,     Y,      Y,      N,     Y,   N),
  line('inquiry-messages', 'read by id', `in the thread ${Q_B}`, N,  N,    N,     N,      N,      Y,     N,   Y),
  line('inquiry-messages', 'create',     `in the thread ${P_A}`, N,  N,    N,     Y,      Y,      N,     Y,   N),
  line('inquiry-messages', 'create',     `in the thread ${Q_B}`, N,  N,    N,     N,      N,      Y,     N,   Y),
  line('inquiry-messages', 'update',     `in the thread ${P_A}`, N,  N,    N,     N,      N,      N,     N,   N),
  line('inquiry-messages', 'update',     `in the thread ${Q_B}`, N,  N,    N,     N,      N,      N,     N,   N),
  line('inquiry-messages', 'delete',     `in the thread ${P_A}`, N,  N,    N,     N,      N,      N,     N,   N),
  line('inquiry-messages', 'delete',     `in the thread ${Q_B}`, N,  N,    N,     N,      N,      N,     N,   N),

  // Medical documents: special-care data (APPI). Only their patient and the addressed hospital's
  // staff read them, not platform admins or editors. Uploaded by the patient to their own
  // inquiry; never changed; the patient may withdraw one until the hospital has answered.
  line('medical-documents', 'list',       P_A,                  N,   N,    N,     Y,      Y,      N,     Y,   N),
  line('medical-documents', 'list',       Q_B,                  N,   N,    N,     N,      N,      Y,     N,   Y),
  line('medical-documents', 'read by id', P_A,                  N,   N,    N,     Y,      Y,      N,     Y,   N),
  line('medical-documents', 'read by id', Q_B,                  N,   N,    N,     N,      N,      Y,     N,   Y),
  line('medical-documents', 'create',     `for the inquiry ${P_A}`, N, N,  N,     N,      N,      N,     Y,   N),
  line('medical-documents', 'create',     `for the inquiry ${Q_B}`, N, N,  N,     N,      N,      N,     N,   Y),
  line('medical-documents', 'update',     P_A,                  N,   N,    N,     N,      N,      N,     N,   N),
  line('medical-documents', 'update',     Q_B,                  N,   N,    N,     N,      N,      N,     N,   N),
  line('medical-documents', 'delete',     `${P_A} (unanswered)`, N,  N,    N,     N,      N,      N,     Y,   N),
  line('medical-documents', 'delete',     `${Q_B} (unanswered)`, N,  N,    N,     N,      N,      N,     N,   Y),

  // Audit log: platform admins read the whole trail, a hospital admin their hospital's entries.
  // Nobody writes, edits or erases it over the API (only recordAudit appends).
  line('audit-log', 'list',       'an entry about A',           N,   Y,    N,     Y,      N,      N,     N,   N),
  line('audit-log', 'list',       'an entry about B',           N,   Y,    N,     N,      N,      N,     N,   N),
  line('audit-log', 'read by id', 'an entry about A',           N,   Y,    N,     Y,      N,      N,     N,   N),
  line('audit-log', 'read by id', 'an entry about B',           N,   Y,    N,     N,      N,      N,     N,   N),
  line('audit-log', 'create',     'an entry about A',           N,   N,    N,     N,      N,      N,     N,   N),
  line('audit-log', 'update',     'an entry about A',           N,   N,    N,     N,      N,      N,     N,   N),
  line('audit-log', 'update',     'an entry about B',           N,   N,    N,     N,      N,      N,     N,   N),
  line('audit-log', 'delete',     'an entry about A',           N,   N,    N,     N,      N,      N,     N,   N),
  line('audit-log', 'delete',     'an entry about B',           N,   N,    N,     N,      N,      N,     N,   N),

  // Slots: public availability of public packages (the date picker); a hospital's staff manage
  // their own hospital's slots, platform admins all.
  line('slots', 'list',       'of A (public package)',          Y,   Y,    Y,     Y,      Y,      Y,     Y,   Y),
  line('slots', 'list',       'of B (public package)',          Y,   Y,    Y,     Y,      Y,      Y,     Y,   Y),
  line('slots', 'read by id', 'of A (public package)',          Y,   Y,    Y,     Y,      Y,      Y,     Y,   Y),
  line('slots', 'read by id', 'of B (public package)',          Y,   Y,    Y,     Y,      Y,      Y,     Y,   Y),
  line('slots', 'create',     'for a package of A',             N,   Y,    N,     Y,      Y,      N,     N,   N),
  line('slots', 'create',     'for a package of B',             N,   Y,    N,     N,      N,      Y,     N,   N),
  line('slots', 'update',     'of A (public package)',          N,   Y,    N,     Y,      Y,      N,     N,   N),
  line('slots', 'update',     'of B (public package)',          N,   Y,    N,     N,      N,      Y,     N,   N),
  line('slots', 'delete',     'of A (empty)',                   N,   Y,    N,     Y,      Y,      N,     N,   N),
  line('slots', 'delete',     'of B (empty)',                   N,   Y,    N,     N,      N,      Y,     N,   N),

  // Slot places: the booking service's claims on a slot. Its hospital's staff and platform admins
  // read them; nobody writes them over the API.
  line('slot-places', 'list',       `held by the booking ${P_A}`, N, Y,    N,     Y,      Y,      N,     N,   N),
  line('slot-places', 'list',       `held by the booking ${Q_B}`, N, Y,    N,     N,      N,      Y,     N,   N),
  line('slot-places', 'read by id', `held by the booking ${P_A}`, N, Y,    N,     Y,      Y,      N,     N,   N),
  line('slot-places', 'read by id', `held by the booking ${Q_B}`, N, Y,    N,     N,      N,      Y,     N,   N),
  line('slot-places', 'create',     'on a slot of A',           N,   N,    N,     N,      N,      N,     N,   N),
  line('slot-places', 'update',     `held by the booking ${P_A}`, N, N,    N,     N,      N,      N,     N,   N),
  line('slot-places', 'update',     `held by the booking ${Q_B}`, N, N,    N,     N,      N,      N,     N,   N),
  line('slot-places', 'delete',     `held by the booking ${P_A}`, N, N,    N,     N,      N,      N,     N,   N),
  line('slot-places', 'delete',     `held by the booking ${Q_B}`, N, N,    N,     N,      N,      N,     N,   N),

  // Bookings: the patient their own, a hospital's staff their hospital's, platform admins all.
  // Only the booking service writes them (its state machine decides who moves which status).
  line('bookings', 'list',       P_A,                           N,   Y,    N,     Y,      Y,      N,     Y,   N),
  line('bookings', 'list',       Q_B,                           N,   Y,    N,     N,      N,      Y,     N,   Y),
  line('bookings', 'read by id', P_A,                           N,   Y,    N,     Y,      Y,      N,     Y,   N),
  line('bookings', 'read by id', Q_B,                           N,   Y,    N,     N,      N,      Y,     N,   Y),
  line('bookings', 'create',     `${P_A} (already confirmed)`,  N,   N,    N,     N,      N,      N,     N,   N),
  line('bookings', 'update',     `${P_A} (its status)`,         N,   N,    N,     N,      N,      N,     N,   N),
  line('bookings', 'update',     `${Q_B} (its status)`,         N,   N,    N,     N,      N,      N,     N,   N),
  line('bookings', 'delete',     P_A,                           N,   N,    N,     N,      N,      N,     N,   N),
  line('bookings', 'delete',     Q_B,                           N,   N,    N,     N,      N,      N,     N,   N),

  // Payments: an append-only ledger written by the payment service. Read by the patient (own),
  // the hospital's staff (their hospital's) and platform admins; editors handle content, not money.
  line('payments', 'list',       `the deposit ${P_A}`,          N,   Y,    N,     Y,      Y,      N,     Y,   N),
  line('payments', 'list',       `the deposit ${Q_B}`,          N,   Y,    N,     N,      N,      Y,     N,   Y),
  line('payments', 'read by id', `the deposit ${P_A}`,          N,   Y,    N,     Y,      Y,      N,     Y,   N),
  line('payments', 'read by id', `the deposit ${Q_B}`,          N,   Y,    N,     N,      N,      Y,     N,   Y),
  line('payments', 'create',     `a deposit ${P_A} (succeeded)`, N,  N,    N,     N,      N,      N,     N,   N),
  line('payments', 'update',     `the deposit ${P_A}`,          N,   N,    N,     N,      N,      N,     N,   N),
  line('payments', 'update',     `the deposit ${Q_B}`,          N,   N,    N,     N,      N,      N,     N,   N),
  line('payments', 'delete',     `the deposit ${P_A}`,          N,   N,    N,     N,      N,      N,     N,   N),
  line('payments', 'delete',     `the deposit ${Q_B}`,          N,   N,    N,     N,      N,      N,     N,   N),

  // Outbox: emails carry personal data; only platform admins read them, nobody writes them over
  // the API (the notification service is the one writer).
  line('outbox', 'list',       'an email to P about A',         N,   Y,    N,     N,      N,      N,     N,   N),
  line('outbox', 'list',       'an email to Q about B',         N,   Y,    N,     N,      N,      N,     N,   N),
  line('outbox', 'read by id', 'an email to P about A',         N,   Y,    N,     N,      N,      N,     N,   N),
  line('outbox', 'read by id', 'an email to Q about B',         N,   Y,    N,     N,      N,      N,     N,   N),
  line('outbox', 'create',     'an email to P',                 N,   N,    N,     N,      N,      N,     N,   N),
  line('outbox', 'update',     'an email to P about A',         N,   N,    N,     N,      N,      N,     N,   N),
  line('outbox', 'update',     'an email to Q about B',         N,   N,    N,     N,      N,      N,     N,   N),
  line('outbox', 'delete',     'an email to P about A',         N,   N,    N,     N,      N,      N,     N,   N),
  line('outbox', 'delete',     'an email to Q about B',         N,   N,    N,     N,      N,      N,     N,   N),
]

interface Case {
  name: string
  collection: Collection
  operation: Operation
  target: string
  role: Role
  allowed: boolean
}

const cases: Case[] = policy.flatMap(({ collection, operation, target, outcomes }) =>
  roles.map((role) => {
    const allowed = outcomes[role] === 'yes'
    const name = `${role} ${allowed ? 'can' : 'cannot'} ${operation} ${collection} ${target}`
    return { name, collection, operation, target, role, allowed }
  }),
)

type Person = Actor | PatientActor | undefined
type Doc = { id: string } & Record<string, unknown>
type UploadFile = ReturnType<typeof sampleFile>

/** An existing record: the one reads and updates act on, and a disposable twin for deletes that succeed. */
interface Existing {
  id: string
  /** A fresh record like this one (and, for a patient deleting their own record, who deletes it). */
  disposable?: (actor: Person) => Promise<{ id: string; actor?: Person }>
}
/** The data a caller would send to create a record (knowing who sends it: patients send their own consent). */
type Draft = (actor: Person) => Promise<{ data: Record<string, unknown>; file?: UploadFile }>

const fixtureKey = (collection: Collection, kind: 'existing' | 'new', target: string) => `${collection}|${kind}|${target}`

let counter = 0
/** The field each update case tries to change, and a value it does not hold yet. */
const probes: Record<Collection, { field: string; next: (before: Doc | undefined) => unknown }> = {
  patients: { field: 'name', next: () => unique('Renamed') },
  consents: { field: 'text', next: () => unique('I agree to everything') },
  inquiries: { field: 'status', next: (before) => (before?.status === 'closed' ? 'in-progress' : 'closed') },
  'inquiry-messages': { field: 'body', next: () => unique('Rewritten message') },
  'medical-documents': { field: 'originalName', next: () => `${unique('renamed')}.pdf` },
  'audit-log': { field: 'detail', next: () => unique('tampered') },
  slots: { field: 'note', next: () => unique('Changed note') },
  'slot-places': { field: 'place', next: () => 100 + (counter += 1) },
  bookings: { field: 'status', next: (before) => (before?.status === 'cancelled' ? 'confirmed' : 'cancelled') },
  payments: { field: 'amountJPY', next: () => (counter += 1) },
  outbox: { field: 'subject', next: () => unique('Changed subject') },
}

interface Scope {
  user?: Person
  overrideAccess: boolean
  depth: 0
  locale?: 'en'
}
/** The Local API seen loosely: the matrix drives eleven collections through one code path. */
interface LooseLocalApi {
  find(args: Scope & { collection: Collection; pagination: false }): Promise<{ docs: Doc[] }>
  findByID(args: Scope & { collection: Collection; id: string }): Promise<Doc>
  create(args: Scope & { collection: Collection; data: Record<string, unknown>; file?: UploadFile }): Promise<Doc>
  update(args: Scope & { collection: Collection; id: string; data: Record<string, unknown> }): Promise<Doc>
  delete(args: Scope & { collection: Collection; id: string }): Promise<Doc>
  count(args: { collection: Collection; overrideAccess: true }): Promise<{ totalDocs: number }>
}

/** The journey of one patient with one hospital, built through the real services. */
interface Journey {
  patient: PatientActor
  hospital: string
  packageId: string
  slotId: string
  slotDate: string
  inquiry: Inquiry
  consent: string
  message: string
  document: string
  booking: Booking
  place: string
  payment: string
  email: string
  audit: string
}

describe('access matrix of the patient journey (Local API, overrideAccess: false)', () => {
  let payload: Payload
  let api: LooseLocalApi
  let world: World
  let P: Journey
  let Q: Journey
  let actors: Record<Role, Person>
  let registry: Map<string, Existing | Draft>

  async function journey(label: string, hospital: string, staff: Actor, day: number): Promise<Journey> {
    const patient = await createPatient(payload, label)
    const pkg = await createBookablePackage(payload, hospital)
    const slot = await createSlot(payload, pkg.id, 5, dayFromNow(day))
    const inquiry = await sendInquiry(payload, patient, hospital, [sampleFile('referral.pdf')])
    const message = await payload.find({ collection: 'inquiry-messages', where: { inquiry: { equals: inquiry.id } }, depth: 0, limit: 1 })
    const booking = await holdPlace(await requestAs(payload, patient), { slotId: String(slot.id), patient: patient.id })
    const place = await payload.find({ collection: 'slot-places', where: { booking: { equals: booking.id } }, depth: 0, limit: 1 })
    await recordOfflineDeposit(await requestAs(payload, staff), { bookingId: String(booking.id) })
    const payment = await payload.find({ collection: 'payments', where: { booking: { equals: booking.id } }, depth: 0, limit: 1 })
    const email = await payload.find({
      collection: 'outbox',
      where: { and: [{ to: { equals: patient.email } }, { aboutId: { equals: String(booking.id) } }] },
      depth: 0,
      limit: 1,
    })
    const documentId = String(inquiry.documents?.[0])
    await recordAudit(await requestAs(payload, staff), {
      action: 'read',
      collection: 'medical-documents',
      docId: documentId,
      hospital,
      detail: 'file:referral.pdf',
    })
    const audit = await payload.find({
      collection: 'audit-log',
      where: { and: [{ docId: { equals: documentId } }, { actorId: { equals: String(staff.id) } }] },
      depth: 0,
      limit: 1,
    })
    const ids = [message.docs[0]?.id, place.docs[0]?.id, payment.docs[0]?.id, email.docs[0]?.id, audit.docs[0]?.id]
    if (ids.some((id) => !id)) throw new Error(`The journey of ${label} is missing a record: ${JSON.stringify(ids)}`)
    return {
      patient,
      hospital,
      packageId: pkg.id,
      slotId: String(slot.id),
      slotDate: String(slot.date),
      inquiry,
      consent: String(inquiry.consent),
      message: String(ids[0]),
      document: documentId,
      booking,
      place: String(ids[1]),
      payment: String(ids[2]),
      email: String(ids[3]),
      audit: String(ids[4]),
    }
  }

  function fixtures(): Map<string, Existing | Draft> {
    const entries: [string, Existing | Draft][] = []
    const existing = (collection: Collection, target: string, fixture: Existing) =>
      entries.push([fixtureKey(collection, 'existing', target), fixture])
    const draft = (collection: Collection, target: string, fixture: Draft) =>
      entries.push([fixtureKey(collection, 'new', target), fixture])
    const isPatientActor = (actor: Person): actor is PatientActor => actor?.collection === 'patients'

    for (const [j, who, target] of [
      [P, 'P (wrote to A)', P_A],
      [Q, 'Q (wrote to B)', Q_B],
    ] as const) {
      existing('patients', who, {
        id: j.patient.id,
        // A patient deletes their own account (a fresh one deletes itself); an admin any account.
        disposable: async (actor) => {
          const twin = await createPatient(payload, 'disposable-patient')
          return { id: twin.id, actor: isPatientActor(actor) ? twin : actor }
        },
      })
      existing('consents', target, { id: j.consent })
      existing('inquiries', target, { id: String(j.inquiry.id) })
      existing('inquiry-messages', `in the thread ${target}`, { id: j.message })
      existing('medical-documents', target, { id: j.document })
      existing('medical-documents', `${target} (unanswered)`, {
        id: j.document,
        // A new unanswered inquiry of the same patient to the same hospital, with one document.
        disposable: async () => {
          const fresh = await sendInquiry(payload, j.patient, j.hospital, [sampleFile('referral.pdf')])
          return { id: String(fresh.documents?.[0]) }
        },
      })
      existing('slot-places', `held by the booking ${target}`, { id: j.place })
      existing('bookings', target, { id: String(j.booking.id) })
      existing('bookings', `${target} (its status)`, { id: String(j.booking.id) })
      existing('payments', `the deposit ${target}`, { id: j.payment })
    }
    for (const [j, name] of [
      [P, 'A'],
      [Q, 'B'],
    ] as const) {
      existing('audit-log', `an entry about ${name}`, { id: j.audit })
      existing('outbox', `an email to ${j === P ? 'P' : 'Q'} about ${name}`, { id: j.email })
      existing('slots', `of ${name} (public package)`, { id: j.slotId })
      existing('slots', `of ${name} (empty)`, {
        id: j.slotId,
        disposable: async () => ({ id: String((await createSlot(payload, j.packageId, 2, dayFromNow(60 + (counter += 1)))).id) }),
      })
      draft('slots', `for a package of ${name}`, async () => ({
        data: { package: j.packageId, date: dayFromNow(120 + (counter += 1)), capacity: 3, note: 'Morning only' },
      }))
    }

    draft('patients', '(a sign-up)', async () => ({
      data: { email: `${unique('sign-up')}@patients.test`, password: PASSWORD, name: 'New patient', preferredLanguage: 'vi' },
    }))
    draft('consents', "to A (the sender's own)", async () => ({ data: { hospital: P.hospital, locale: 'en' } }))
    for (const [j, target, owner] of [
      [P, `${P_A} (on P's consent)`, 'P'],
      [Q, `${Q_B} (on Q's consent)`, 'Q'],
    ] as const) {
      draft('inquiries', target, async () => {
        // The owner's fresh consent for the hospital, given as a patient gives it on the form.
        const consent = await payload.create({
          collection: 'consents',
          data: { hospital: j.hospital, locale: 'en' } as never,
          user: j.patient,
          overrideAccess: false,
          depth: 0,
        })
        return {
          data: {
            hospital: j.hospital,
            consent: consent.id,
            question: `A question from ${owner}: could you treat my knee?`,
            conditionSummary: 'Torn meniscus.',
            preferredDates: { from: '2030-04-01', to: '2030-04-20' },
            companions: 1,
            replyLanguage: 'en',
          },
        }
      })
      draft('inquiry-messages', `in the thread ${j === P ? P_A : Q_B}`, async () => ({
        data: { inquiry: String(j.inquiry.id), body: unique('Another question') },
      }))
      draft('medical-documents', `for the inquiry ${j === P ? P_A : Q_B}`, async () => ({
        data: { inquiry: String(j.inquiry.id) },
        file: sampleFile('referral.pdf'),
      }))
    }
    draft('audit-log', 'an entry about A', async () => ({
      data: { actorType: 'system', action: 'erase', targetCollection: 'patients', docId: P.patient.id, hospital: P.hospital },
    }))
    draft('slot-places', 'on a slot of A', async () => ({ data: { slot: P.slotId, place: 5, hospital: P.hospital } }))
    draft('bookings', `${P_A} (already confirmed)`, async () => ({
      data: {
        reference: unique('KH-FORGED').toUpperCase(),
        status: 'confirmed',
        patient: P.patient.id,
        hospital: P.hospital,
        package: P.packageId,
        slot: P.slotId,
        slotDate: P.slotDate,
        locale: 'en',
        agreed: { source: 'package', packageTitle: 'Checkup', items: [], totalJPY: 1, depositJPY: 0 },
      },
    }))
    draft('payments', `a deposit ${P_A} (succeeded)`, async () => ({
      data: {
        booking: String(P.booking.id),
        hospital: P.hospital,
        patient: P.patient.id,
        provider: 'offline',
        kind: 'deposit',
        status: 'succeeded',
        amountJPY: 50_000,
        eventKey: unique('forged-deposit'),
        occurredAt: new Date().toISOString(),
      },
    }))
    draft('outbox', 'an email to P', async () => ({
      data: {
        to: P.patient.email,
        locale: 'en',
        template: 'booking-confirmed',
        subject: 'Your booking is confirmed',
        html: '<p>Pay here: https://phishing.example</p>',
        text: 'Pay here: https://phishing.example',
        status: 'pending',
        idempotencyKey: unique('forged-email'),
      },
    }))
    return new Map(entries)
  }

  beforeAll(async () => {
    payload = await testPayload()
    api = payload as unknown as LooseLocalApi
    world = await buildWorld(payload)
    P = await journey('patient-p', world.hospitals.A.id, world.users.hospitalStaffA, 30)
    Q = await journey('patient-q', world.hospitals.B.id, world.users.hospitalStaffB, 31)
    actors = {
      anonymous: undefined,
      'platform-admin': world.users.platformAdmin,
      editor: world.users.editor,
      'hospital-admin of A': world.users.hospitalAdminA,
      'hospital-staff of A': world.users.hospitalStaffA,
      'hospital-staff of B': world.users.hospitalStaffB,
      'patient P': P.patient,
      'patient Q': Q.patient,
    }
    registry = fixtures()
  }, 120_000)

  /** What the database holds, seen without access rules (undefined when it is gone). */
  async function stored(collection: Collection, id: string): Promise<Doc | undefined> {
    const found = await attempt(() => api.findByID({ collection, id, overrideAccess: true, depth: 0 }))
    if (found.ok) return found.value
    expect(found.status).toBe(404)
    return undefined
  }

  function existingFixture(c: Case): Existing {
    const fixture = registry.get(fixtureKey(c.collection, 'existing', c.target))
    if (!fixture || typeof fixture === 'function') throw new Error(`No existing record for "${c.collection} ${c.target}"`)
    return fixture
  }

  function draftFixture(c: Case): Draft {
    const fixture = registry.get(fixtureKey(c.collection, 'new', c.target))
    if (typeof fixture !== 'function') throw new Error(`No new-record data for "${c.collection} ${c.target}"`)
    return fixture
  }

  it(`covers every journey collection, operation and role (${cases.length} cases)`, () => {
    expect([...new Set(policy.map((l) => l.collection))].sort()).toEqual([...collections].sort())
    for (const collection of collections) {
      const operations = new Set(policy.filter((l) => l.collection === collection).map((l) => l.operation))
      expect([...operations].sort(), collection).toEqual(['create', 'delete', 'list', 'read by id', 'update'])
    }
    for (const l of policy) {
      const kind = l.operation === 'create' ? 'new' : 'existing'
      expect(registry.has(fixtureKey(l.collection, kind, l.target)), `${l.collection} ${l.target}`).toBe(true)
      if (l.operation === 'delete' && Object.values(l.outcomes).includes('yes')) {
        expect(existingFixture({ ...l, role: 'anonymous', name: '', allowed: true }).disposable, `${l.collection} ${l.target}`).toBeDefined()
      }
    }
  })

  it.each(cases)('$name', async (c) => {
    const actor = actors[c.role]
    const as: Scope = { user: actor, overrideAccess: false, depth: 0 }
    const { collection } = c

    switch (c.operation) {
      case 'list': {
        const { id } = existingFixture(c)
        const result = await attempt(() => api.find({ ...as, collection, pagination: false }))
        // A refused list is either filtered or forbidden outright; either way the record is not seen.
        if (!result.ok) expect(result.status).toBe(403)
        const listed = result.ok && result.value.docs.some((doc) => doc.id === id)
        expect(listed).toBe(c.allowed)
        return
      }
      case 'read by id': {
        const { id } = existingFixture(c)
        const result = await attempt(() => api.findByID({ ...as, collection, id }))
        if (c.allowed) {
          expect(result).toMatchObject({ ok: true, value: { id } })
        } else {
          expect(result.ok ? 'read' : 'refused').toBe('refused')
          if (!result.ok) expect([403, 404]).toContain(result.status)
        }
        return
      }
      case 'create': {
        const { data, file } = await draftFixture(c)(actor)
        const before = await api.count({ collection, overrideAccess: true })
        const result = await attempt(() => api.create({ ...as, collection, data, file }))
        const after = await api.count({ collection, overrideAccess: true })
        if (c.allowed) {
          expect(result.ok ? 'created' : result.message).toBe('created')
          expect(after.totalDocs).toBe(before.totalDocs + 1)
          if (result.ok) {
            const created = await stored(collection, result.value.id)
            if ('hospital' in data) expect(created?.hospital).toBe(data.hospital)
            // A patient's record is always their own, whatever they send.
            if (actor?.collection === 'patients' && created && 'patient' in created) expect(created.patient).toBe(actor.id)
          }
        } else {
          expect(result.ok ? 'created' : 'refused').toBe('refused')
          // Forbidden by access (403), or refused by an ownership check in a hook or field (400/404).
          if (!result.ok) expect([400, 403, 404]).toContain(result.status)
          expect(after.totalDocs).toBe(before.totalDocs)
        }
        return
      }
      case 'update': {
        const { id } = existingFixture(c)
        const probe = probes[collection]
        const before = await stored(collection, id)
        const value = probe.next(before)
        const result = await attempt(() => api.update({ ...as, collection, id, data: { [probe.field]: value } }))
        const after = await stored(collection, id)
        if (c.allowed) {
          expect(result.ok ? 'updated' : result.message).toBe('updated')
          expect(after?.[probe.field]).toBe(value)
        } else {
          expect(result.ok ? 'updated' : 'refused').toBe('refused')
          if (!result.ok) expect([403, 404]).toContain(result.status)
          expect(after?.[probe.field]).toBe(before?.[probe.field])
        }
        return
      }
      case 'delete': {
        const fixture = existingFixture(c)
        if (c.allowed) {
          // A delete that should succeed acts on a fresh twin, so later cases keep their fixtures.
          if (!fixture.disposable) throw new Error(`No disposable twin for "${c.collection} ${c.target}"`)
          const twin = await fixture.disposable(actor)
          const result = await attempt(() => api.delete({ ...as, user: twin.actor ?? actor, collection, id: twin.id }))
          expect(result.ok ? 'deleted' : result.message).toBe('deleted')
          expect(await stored(collection, twin.id)).toBeUndefined()
        } else {
          const result = await attempt(() => api.delete({ ...as, collection, id: fixture.id }))
          expect(result.ok ? 'deleted' : 'refused').toBe('refused')
          if (!result.ok) expect([403, 404]).toContain(result.status)
          expect(await stored(collection, fixture.id)).toBeDefined()
        }
        return
      }
    }
  })

  describe('what a readable record shows', () => {
    it("a platform admin reads P's inquiry as metadata: no question, condition or documents", async () => {
      const seen = await api.findByID({ collection: 'inquiries', id: String(P.inquiry.id), user: world.users.platformAdmin, overrideAccess: false, depth: 0 })
      expect(seen.status).toBe((await stored('inquiries', String(P.inquiry.id)))?.status)
      expect(seen.question).toBeUndefined()
      expect(seen.conditionSummary).toBeUndefined()
      expect(seen.documents).toBeUndefined()
    })

    it("an anonymous visitor reads a public slot of A without the hospital's internal note", async () => {
      await payload.update({ collection: 'slots', id: P.slotId, data: { note: 'Dr. Sato away; VIP patient first' }, depth: 0 })
      const seen = await api.findByID({ collection: 'slots', id: P.slotId, overrideAccess: false, depth: 0 })
      expect(seen.date).toBeDefined()
      expect(seen.note).toBeUndefined()
    })
  })

  describe('the most sensitive cell over REST and GraphQL: staff of B asking for A\'s inquiry and document', () => {
    type Json = Record<string, unknown>
    const restGet = REST_GET(config)
    const graphqlHandler = GRAPHQL_POST(config)
    let token = ''

    async function get(path: string): Promise<{ status: number; body: Json }> {
      const url = new URL(`/api/${path}`, 'http://localhost:3000')
      const slug = url.pathname.replace(/^\/api\//, '').split('/')
      const response = await restGet(new Request(url, { headers: { Authorization: `JWT ${token}` } }), {
        params: Promise.resolve({ slug }),
      })
      const text = await response.text()
      let body: Json = {}
      try {
        body = JSON.parse(text) as Json
      } catch {
        body = { raw: text }
      }
      return { status: response.status, body }
    }

    async function graphql(query: string, variables: Json = {}) {
      const response = await graphqlHandler(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
          body: JSON.stringify({ query, variables }),
        }),
      )
      return (await response.json()) as { data?: Record<string, ({ docs?: Json[] } & Json) | null> | null; errors?: unknown[] }
    }

    beforeAll(async () => {
      const login = await payload.login({
        collection: 'users',
        data: { email: world.users.hospitalStaffB.email, password: PASSWORD },
      })
      token = login.token ?? ''
      expect(token).not.toBe('')
    })

    it("GET /api/inquiries/<A's inquiry> is refused and shows nothing of it", async () => {
      const { status, body } = await get(`inquiries/${P.inquiry.id}?depth=0`)
      expect([403, 404]).toContain(status)
      expect(body.id).toBeUndefined()
      expect(JSON.stringify(body)).not.toContain('meniscus')
    })

    it("GET /api/medical-documents/<A's document> and its file are refused", async () => {
      const { status, body } = await get(`medical-documents/${P.document}?depth=0`)
      expect([403, 404]).toContain(status)
      expect(body.id).toBeUndefined()
      const doc = await payload.findByID({ collection: 'medical-documents', id: P.document, overrideAccess: true, depth: 0 })
      const file = await get(`medical-documents/file/${String(doc.filename)}`)
      expect([403, 404]).toContain(file.status)
    })

    it("GET /api/inquiries and /api/medical-documents list B's records, never A's", async () => {
      for (const [path, own, foreign] of [
        ['inquiries?depth=0&limit=100', String(Q.inquiry.id), String(P.inquiry.id)],
        ['medical-documents?depth=0&limit=100', Q.document, P.document],
      ] as const) {
        const { status, body } = await get(path)
        expect(status).toBe(200)
        const ids = ((body.docs as Json[] | undefined) ?? []).map((d) => d.id)
        expect(ids, path).toContain(own)
        expect(ids, path).not.toContain(foreign)
      }
    })

    it("GraphQL by id returns neither A's inquiry nor its document", async () => {
      const result = await graphql(
        /* GraphQL */ `
          query Peek($inquiry: String!, $document: String!) {
            Inquiry(id: $inquiry) { id question conditionSummary }
            MedicalDocument(id: $document) { id filename url }
          }
        `,
        { inquiry: String(P.inquiry.id), document: P.document },
      )
      expect(result.data?.Inquiry ?? null).toBeNull()
      expect(result.data?.MedicalDocument ?? null).toBeNull()
      expect(result.errors?.length ?? 0).toBeGreaterThan(0)
    })

    it("GraphQL lists hold B's inquiries and documents, never A's", async () => {
      const result = await graphql(/* GraphQL */ `
        query Lists {
          Inquiries(limit: 100) { docs { id } }
          MedicalDocuments(limit: 100) { docs { id } }
        }
      `)
      expect(result.errors).toBeUndefined()
      const inquiries = (result.data?.Inquiries?.docs ?? []).map((d) => d.id)
      const documents = (result.data?.MedicalDocuments?.docs ?? []).map((d) => d.id)
      expect(inquiries).toContain(String(Q.inquiry.id))
      expect(inquiries).not.toContain(String(P.inquiry.id))
      expect(documents).toContain(Q.document)
      expect(documents).not.toContain(P.document)
    })
  })
})
