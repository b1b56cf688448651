import { randomInt } from 'node:crypto'

/** No 0/O, 1/I/L: a reference read over the phone or from a screenshot must be unambiguous. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/** A short human-readable booking reference such as KH-7F3K9Q (uniqueness is the database's). */
export function newBookingReference(): string {
  let code = ''
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)]
  return `KH-${code}`
}

export const REFERENCE_PATTERN = /^KH-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/
