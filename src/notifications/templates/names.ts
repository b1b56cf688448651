/**
 * Every email Kakehashi sends, and the data its template needs. Callers queue by name;
 * the template renders subject, HTML and plain text in the recipient's language.
 */
export interface TemplateData {
  /** To a new patient: confirm the address. */
  'patient-verify-email': { name: string; url: string }
  /** To a patient who asked to reset the password. */
  'patient-reset-password': { name: string; url: string }
  /** To the hospital's international office: a new inquiry arrived. */
  'inquiry-received': { hospitalName: string; patientName: string; subject: string; adminUrl: string }
  /**
   * To the patient: the hospital wrote in the thread (a reply, a quote or a decline). Neither
   * message email carries the message: medical text stays behind the sign-in, not in mailboxes.
   */
  'inquiry-message-to-patient': { patientName: string; hospitalName: string; url: string }
  /** To the hospital: the patient wrote in the thread. */
  'inquiry-message-to-hospital': { hospitalName: string; patientName: string; adminUrl: string }
  /** To the hospital: a booking needs its approval, or a place was taken. */
  'booking-requested': { hospitalName: string; patientName: string; packageTitle: string; date: string; reference: string; adminUrl: string }
  /** To the patient: the hospital approved; pay the deposit before the hold ends. */
  'booking-approved': { patientName: string; hospitalName: string; packageTitle: string; date: string; reference: string; url: string }
  /** To the patient: a place is held until `holdUntil`; pay the deposit to confirm. */
  'booking-hold': { patientName: string; hospitalName: string; packageTitle: string; date: string; reference: string; depositJPY: number; holdUntil: string; url: string }
  /** To the patient (and a copy to the hospital): the booking is confirmed. */
  'booking-confirmed': { patientName: string; hospitalName: string; packageTitle: string; date: string; reference: string; url: string; confirmationUrl: string }
  /** To the patient: cancelled, with the fee and the refund. */
  'booking-cancelled': { patientName: string; hospitalName: string; packageTitle: string; date: string; reference: string; feeJPY: number; refundJPY: number; url: string }
  /** To the patient: the refund was sent. */
  'booking-refunded': { patientName: string; hospitalName: string; reference: string; refundJPY: number; url: string }
  /** To the patient: the hold ended unpaid and the place was released. */
  'booking-expired': { patientName: string; hospitalName: string; packageTitle: string; date: string; reference: string; url: string }
  /** To the former patient: the account and its data were erased. */
  'account-deleted': { name: string }
}

export type TemplateName = keyof TemplateData
