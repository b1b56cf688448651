/**
 * A small seeded pseudo-random generator, so every run on every machine produces the
 * same demo data. Each record seeds its own stream from its natural key: adding a
 * hospital never changes the numbers drawn for another.
 */

function hashString(input: string): number {
  // FNV-1a, 32-bit.
  let hash = 0x811c9dc5
  for (let i = 0; i < input.length; i += 1) {
    hash ^= input.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], rounded to a multiple of `step`. */
  int(min: number, max: number, step?: number): number
  pick<T>(values: readonly T[]): T
  chance(probability: number): boolean
}

export function seededRandom(key: string): Random {
  // mulberry32
  let state = hashString(key)
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int(min, max, step = 1) {
      const steps = Math.floor((max - min) / step)
      return min + Math.floor(next() * (steps + 1)) * step
    },
    pick(values) {
      const value = values[Math.floor(next() * values.length)]
      if (value === undefined) throw new RangeError('pick() needs at least one value')
      return value
    },
    chance(probability) {
      return next() < probability
    },
  }
}
