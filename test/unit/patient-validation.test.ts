import { describe, expect, it } from 'vitest'

import { canonicalTimeZone, isCountryCode, isPhone, isTimeZone, timeZones } from '@/patients/validation'

describe('patient profile rules', () => {
  it('stores a time zone under the name the profile form offers, whichever alias was sent', () => {
    const offered = new Set(timeZones())
    for (const sent of ['Asia/Ho_Chi_Minh', 'Asia/Kolkata', 'Asia/Tokyo', 'UTC']) {
      expect(isTimeZone(sent), sent).toBe(true)
      expect(offered.has(canonicalTimeZone(sent)), `${sent} → ${canonicalTimeZone(sent)}`).toBe(true)
    }
  })

  it('refuses a time zone the runtime does not know, and keeps it as sent for the error message', () => {
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false)
    expect(canonicalTimeZone('Mars/Olympus_Mons')).toBe('Mars/Olympus_Mons')
  })

  it('accepts international phone numbers in national styles and refuses letters or too few digits', () => {
    expect(isPhone('+84 90 123 4567')).toBe(true)
    expect(isPhone('(03) 1234-5678')).toBe(true)
    expect(isPhone('call me')).toBe(false)
    expect(isPhone('+1 23')).toBe(false)
  })

  it('knows ISO country codes', () => {
    expect(isCountryCode('VN')).toBe(true)
    expect(isCountryCode('XX')).toBe(false)
  })
})
