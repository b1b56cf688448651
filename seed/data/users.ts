import type { StaffRole } from '@/access/roles'

/** A verified demo patient of the public site, to try the account area and booking at once. */
export const demoPatientEmail = 'patient@kakehashi.example'

/** The demo editor, who maintains shared content (specialties, exchange rates). */
export const editorEmail = 'editor@kakehashi.example'

/** A second editor: content needs a person other than its author to approve it. */
export const reviewerEmail = 'reviewer@kakehashi.example'

/**
 * The demo login of a hospital's admin: one per hospital, named after its slug so the
 * README and tests can point at any of them (e.g. hospital-admin+sakura-harbor-international-hospital@kakehashi.example).
 */
export function hospitalAdminEmail(hospitalSlug: string): string {
  return `hospital-admin+${hospitalSlug}@kakehashi.example`
}

export interface StaffSeed {
  email: string
  name: string
  roles: StaffRole[]
  /** Slugs of the hospitals the user works for. */
  hospitals: string[]
  preferredLanguage: 'ja' | 'en'
}
