/**
 * Yes/no questions about who a signed-in person is. Access predicates, hooks and pages
 * all ask these, so a rule has one definition.
 */

export const staffRoles = ['platform-admin', 'editor', 'hospital-admin', 'hospital-staff'] as const
export type StaffRole = (typeof staffRoles)[number]

/** The parts of a signed-in staff user that access rules read. */
export interface StaffLike {
  id: string | number
  collection?: string
  roles?: (string | null)[] | null
  hospitals?: (string | number | { id: string | number } | null)[] | null
}

function asStaff(user: unknown): StaffLike | undefined {
  if (!user || typeof user !== 'object') return undefined
  const candidate = user as StaffLike
  // Only the staff collection carries roles; any other auth collection (patients) is never staff.
  if (candidate.collection !== undefined && candidate.collection !== 'users') return undefined
  return candidate
}

export function hasRole(user: unknown, role: StaffRole): boolean {
  return Boolean(asStaff(user)?.roles?.includes(role))
}

export const isPlatformAdmin = (user: unknown): boolean => hasRole(user, 'platform-admin')
export const isEditor = (user: unknown): boolean => hasRole(user, 'editor')
export const isPlatformStaff = (user: unknown): boolean => isPlatformAdmin(user) || isEditor(user)
export const isHospitalMember = (user: unknown): boolean =>
  hasRole(user, 'hospital-admin') || hasRole(user, 'hospital-staff')

/** A signed-in patient of the public site (the `patients` auth collection). */
export function isPatient(user: unknown): boolean {
  return Boolean(user && typeof user === 'object' && (user as { collection?: unknown }).collection === 'patients')
}

/** The patient's own ID, or undefined for anybody who is not a signed-in patient. */
export function patientIdOf(user: unknown): string | undefined {
  return isPatient(user) ? relationId(user) : undefined
}

/** IDs of the hospitals a staff user belongs to (empty for everybody else). */
export function hospitalIdsOf(user: unknown): string[] {
  const staff = asStaff(user)
  if (!staff || !isHospitalMember(staff)) return []
  return (staff.hospitals ?? []).flatMap((h) => {
    if (h === null || h === undefined) return []
    return [String(typeof h === 'object' ? h.id : h)]
  })
}

export function belongsToHospital(user: unknown, hospitalId: string | number | null | undefined): boolean {
  if (hospitalId === null || hospitalId === undefined) return false
  return hospitalIdsOf(user).includes(String(hospitalId))
}

/** Normalises a relationship value (ID or populated document) to its ID. */
export function relationId(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id
    return id === null || id === undefined ? undefined : String(id)
  }
  return undefined
}
