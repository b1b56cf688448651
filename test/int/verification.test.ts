import { describe, expect, it, beforeAll } from 'vitest'

import { testPayload } from './harness'

describe('hospital verification', () => {
  let payload: Awaited<ReturnType<typeof testPayload>>
  beforeAll(async () => {
    payload = await testPayload()
  })

  it('shows only verified hospitals to an anonymous visitor', async () => {
    await payload.create({
      collection: 'hospitals',
      locale: 'en',
      data: { name: 'Verified General', slug: 'verified-general', prefecture: 'tokyo', city: 'Chiyoda', verificationStatus: 'verified' },
    })
    await payload.create({
      collection: 'hospitals',
      locale: 'en',
      data: { name: 'Draft Clinic', slug: 'draft-clinic', prefecture: 'osaka', city: 'Kita', verificationStatus: 'draft' },
    })
    const visible = await payload.find({ collection: 'hospitals', locale: 'en', overrideAccess: false })
    expect(visible.docs.map((h) => h.name)).toEqual(['Verified General'])
    expect(visible.docs[0]?.slug).toBe('verified-general')
  })
})
