import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from './harness'
import { createPatient } from './support/patients'
import { createHospital, createUser } from './support/world'

describe('who may read a patient account', () => {
  let payload: Awaited<ReturnType<typeof testPayload>>
  beforeAll(async () => {
    payload = await testPayload()
  })

  it('shows a patient only their own account', async () => {
    const me = await createPatient(payload, 'me')
    const other = await createPatient(payload, 'other')
    const seen = await payload.find({ collection: 'patients', user: me, overrideAccess: false, depth: 0 })
    expect(seen.docs.map((p) => p.id)).toEqual([me.id])
    await expect(payload.findByID({ collection: 'patients', id: other.id, user: me, overrideAccess: false })).rejects.toThrow()
  })

  it('shows an anonymous visitor no accounts', async () => {
    await createPatient(payload, 'hidden')
    await expect(payload.find({ collection: 'patients', overrideAccess: false })).rejects.toThrow()
  })

  it('shows hospital staff no patient who has not written to their hospital', async () => {
    const hospital = await createHospital(payload, 'verified')
    const staff = await createUser(payload, ['hospital-staff'], [hospital.id])
    await createPatient(payload, 'stranger')
    await expect(payload.find({ collection: 'patients', user: staff, overrideAccess: false })).rejects.toThrow()
  })

  it('does not let a patient change another patient', async () => {
    const me = await createPatient(payload, 'me2')
    const other = await createPatient(payload, 'other2')
    await expect(
      payload.update({ collection: 'patients', id: other.id, data: { name: 'Hacked' }, user: me, overrideAccess: false }),
    ).rejects.toThrow()
  })
})
