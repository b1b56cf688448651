import type { Access, AccessArgs, FieldAccess, Where } from 'payload'
import { describe, expect, it } from 'vitest'

import {
  anyone,
  nobody,
  ownHospitalProfiles,
  ownHospitalRecords,
  platformAdminField,
  platformAdminOnly,
  platformStaffOnly,
  readCarePackages,
  readHospitals,
  selfOrPlatformAdmin,
  writeMedia,
} from '@/access'
import {
  belongsToHospital,
  hasRole,
  hospitalIdsOf,
  isEditor,
  isHospitalMember,
  isPlatformAdmin,
  isPlatformStaff,
  relationId,
} from '@/access/roles'
import { hospitalOwnerField } from '@/fields/hospitalOwner'

const people = {
  anonymous: null,
  platformAdmin: { id: 'u-admin', collection: 'users', roles: ['platform-admin'], hospitals: [] },
  editor: { id: 'u-editor', collection: 'users', roles: ['editor'], hospitals: ['h-a'] },
  hospitalAdmin: { id: 'u-hadmin', collection: 'users', roles: ['hospital-admin'], hospitals: ['h-a', { id: 'h-b' }] },
  hospitalStaff: { id: 'u-hstaff', collection: 'users', roles: ['hospital-staff'], hospitals: ['h-a', null] },
  editorAndHospitalStaff: { id: 'u-both', collection: 'users', roles: ['editor', 'hospital-staff'], hospitals: ['h-a'] },
  // Another auth collection (patients) may carry look-alike fields; it is never staff.
  patient: { id: 'p-1', collection: 'patients', roles: ['platform-admin'], hospitals: ['h-a'] },
} as const
type Person = keyof typeof people

/** Access functions only read `req.user`; the rest of the request is irrelevant to them. */
function argsFor(person: Person): AccessArgs {
  return { req: { user: people[person] } } as unknown as AccessArgs
}
const ask = (access: Access, person: Person) => access(argsFor(person))
const askField = (access: FieldAccess, person: Person) =>
  access({ req: { user: people[person] } } as unknown as Parameters<FieldAccess>[0])

describe('yes/no role questions', () => {
  const table: [Person, { admin: boolean; editor: boolean; staff: boolean; member: boolean }][] = [
    ['anonymous', { admin: false, editor: false, staff: false, member: false }],
    ['platformAdmin', { admin: true, editor: false, staff: true, member: false }],
    ['editor', { admin: false, editor: true, staff: true, member: false }],
    ['hospitalAdmin', { admin: false, editor: false, staff: false, member: true }],
    ['hospitalStaff', { admin: false, editor: false, staff: false, member: true }],
    ['editorAndHospitalStaff', { admin: false, editor: true, staff: true, member: true }],
    ['patient', { admin: false, editor: false, staff: false, member: false }],
  ]

  it.each(table)('%s: platform admin / editor / platform staff / hospital member', (person, expected) => {
    const user = people[person]
    expect({
      admin: isPlatformAdmin(user),
      editor: isEditor(user),
      staff: isPlatformStaff(user),
      member: isHospitalMember(user),
    }).toEqual(expected)
  })

  it('a patients-collection user claiming platform-admin has no staff role at all', () => {
    expect(hasRole(people.patient, 'platform-admin')).toBe(false)
    expect(hospitalIdsOf(people.patient)).toEqual([])
    expect(belongsToHospital(people.patient, 'h-a')).toBe(false)
  })

  it('a user object without a collection is read as staff (Local API callers pass bare users)', () => {
    expect(isPlatformAdmin({ id: 1, roles: ['platform-admin'] })).toBe(true)
  })

  it.each([undefined, null, 'platform-admin', 42, [], { id: 'x' }, { id: 'x', roles: null }])(
    'treats %j as nobody',
    (user) => {
      expect(isPlatformStaff(user) || isHospitalMember(user)).toBe(false)
      expect(hospitalIdsOf(user)).toEqual([])
    },
  )

  it('lists a member’s hospitals as string IDs, whether stored as IDs or populated documents', () => {
    expect(hospitalIdsOf(people.hospitalAdmin)).toEqual(['h-a', 'h-b'])
    expect(hospitalIdsOf(people.hospitalStaff)).toEqual(['h-a'])
    expect(hospitalIdsOf({ id: 1, roles: ['hospital-staff'], hospitals: [7, { id: 8 }] })).toEqual(['7', '8'])
  })

  it('gives no hospitals to an editor even when the account lists some', () => {
    expect(hospitalIdsOf(people.editor)).toEqual([])
    expect(belongsToHospital(people.editor, 'h-a')).toBe(false)
  })

  it('compares hospital IDs as strings and never matches a missing ID', () => {
    const numeric = { id: 1, roles: ['hospital-admin'], hospitals: [12] }
    expect(belongsToHospital(numeric, '12')).toBe(true)
    expect(belongsToHospital(numeric, 12)).toBe(true)
    expect(belongsToHospital(numeric, 13)).toBe(false)
    expect(belongsToHospital(numeric, null)).toBe(false)
    expect(belongsToHospital(numeric, undefined)).toBe(false)
  })

  it.each([
    ['h-1', 'h-1'],
    [5, '5'],
    [{ id: 'h-2', name: 'Doc' }, 'h-2'],
    [{ id: null }, undefined],
    [null, undefined],
    [undefined, undefined],
    [true, undefined],
  ] as const)('relationId(%j) is %j', (value, expected) => {
    expect(relationId(value)).toBe(expected)
  })
})

describe('Access wrappers', () => {
  const verified: Where = { verificationStatus: { equals: 'verified' } }
  const publicPackages: Where = {
    and: [{ status: { equals: 'published' } }, { 'hospital.verificationStatus': { equals: 'verified' } }],
  }

  it('anyone says yes and nobody says no, to everybody', () => {
    for (const person of Object.keys(people) as Person[]) {
      expect(ask(anyone, person)).toBe(true)
      expect(ask(nobody, person)).toBe(false)
    }
  })

  it.each<[Person, boolean, boolean]>([
    ['anonymous', false, false],
    ['platformAdmin', true, true],
    ['editor', false, true],
    ['hospitalAdmin', false, false],
    ['hospitalStaff', false, false],
    ['patient', false, false],
  ])('%s: platformAdminOnly %s, platformStaffOnly %s', (person, adminOnly, staffOnly) => {
    expect(ask(platformAdminOnly, person)).toBe(adminOnly)
    expect(ask(platformStaffOnly, person)).toBe(staffOnly)
    expect(askField(platformAdminField, person)).toBe(adminOnly)
  })

  it.each<[Person, Where | boolean]>([
    ['anonymous', false],
    ['platformAdmin', true],
    ['editor', false],
    ['hospitalAdmin', { hospital: { in: ['h-a', 'h-b'] } }],
    ['hospitalStaff', { hospital: { in: ['h-a'] } }],
    ['patient', false],
  ])('ownHospitalRecords for %s', (person, expected) => {
    expect(ask(ownHospitalRecords, person)).toEqual(expected)
  })

  it.each<[Person, Where | boolean]>([
    ['anonymous', false],
    ['platformAdmin', true],
    ['editor', false],
    ['hospitalAdmin', { id: { in: ['h-a', 'h-b'] } }],
    ['hospitalStaff', { id: { in: ['h-a'] } }],
    ['patient', false],
  ])('ownHospitalProfiles for %s', (person, expected) => {
    expect(ask(ownHospitalProfiles, person)).toEqual(expected)
  })

  it.each<[Person, Where | boolean]>([
    ['anonymous', verified],
    ['platformAdmin', true],
    ['editor', true],
    ['hospitalAdmin', { or: [verified, { id: { in: ['h-a', 'h-b'] } }] }],
    ['hospitalStaff', { or: [verified, { id: { in: ['h-a'] } }] }],
    ['patient', verified],
  ])('readHospitals for %s', (person, expected) => {
    expect(ask(readHospitals, person)).toEqual(expected)
  })

  it.each<[Person, Where | boolean]>([
    ['anonymous', publicPackages],
    ['platformAdmin', true],
    ['editor', true],
    ['hospitalAdmin', { or: [publicPackages, { hospital: { in: ['h-a', 'h-b'] } }] }],
    ['hospitalStaff', { or: [publicPackages, { hospital: { in: ['h-a'] } }] }],
    ['patient', publicPackages],
  ])('readCarePackages for %s', (person, expected) => {
    expect(ask(readCarePackages, person)).toEqual(expected)
  })

  it.each<[Person, Where | boolean]>([
    ['anonymous', false],
    ['platformAdmin', true],
    ['editor', { hospital: { exists: false } }],
    ['hospitalAdmin', { hospital: { in: ['h-a', 'h-b'] } }],
    ['editorAndHospitalStaff', { or: [{ hospital: { exists: false } }, { hospital: { in: ['h-a'] } }] }],
    ['patient', false],
  ])('writeMedia for %s', (person, expected) => {
    expect(ask(writeMedia, person)).toEqual(expected)
  })

  it.each<[Person, Where | boolean]>([
    ['anonymous', false],
    ['platformAdmin', true],
    ['editor', { id: { equals: 'u-editor' } }],
    ['hospitalStaff', { id: { equals: 'u-hstaff' } }],
    ['patient', false],
  ])('selfOrPlatformAdmin for %s', (person, expected) => {
    expect(ask(selfOrPlatformAdmin, person)).toEqual(expected)
  })
})

describe('the hospital field only takes hospitals the user may assign', () => {
  type Validate = (value: unknown, options: { req: { user: unknown; t: (key: string) => string } }) => true | string
  function validatorOf(required: boolean): Validate {
    const field = hospitalOwnerField({ required })
    // The field always defines validate; the cast drops Payload's wide options type, of which only req is read.
    return field.validate as unknown as Validate
  }
  const check = (required: boolean, value: unknown, person: Person | 'server') =>
    validatorOf(required)(value, { req: { user: person === 'server' ? undefined : people[person], t: (key) => key } })

  it.each<[string, boolean, unknown, Person | 'server', boolean]>([
    ['accepts a member assigning their own hospital', true, 'h-a', 'hospitalStaff', true],
    ['accepts a member assigning their own hospital as a populated document', true, { id: 'h-b' }, 'hospitalAdmin', true],
    ['refuses a member assigning another hospital', true, 'h-z', 'hospitalStaff', false],
    ['refuses an editor assigning a hospital', false, 'h-a', 'editor', false],
    ['accepts an editor leaving an optional hospital empty (shared media)', false, null, 'editor', true],
    ['refuses a member leaving an optional hospital empty', false, null, 'hospitalStaff', false],
    ['accepts a platform admin assigning any hospital', true, 'h-z', 'platformAdmin', true],
    ['accepts a trusted server call without a user assigning any hospital', true, 'h-z', 'server', true],
    ['refuses even a platform admin leaving a required hospital empty', true, '', 'platformAdmin', false],
  ])('%s', (_label, required, value, person, valid) => {
    expect(check(required, value, person) === true).toBe(valid)
  })

  it('tells a member why another hospital is refused', () => {
    expect(check(true, 'h-z', 'hospitalStaff')).toBe('You can only assign records to your own hospital.')
  })
})
