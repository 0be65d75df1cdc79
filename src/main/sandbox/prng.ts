// Deterministic pseudo-random numbers for the sandbox seed and fault injection (never Math.random).
// Per-entity streams are derived from (seed, salt, index) so any item can be regenerated on demand.

/** mulberry32: tiny, fast, good enough for test data. */
export class Prng {
  private s: number
  constructor(seed: number) {
    this.s = seed >>> 0
  }
  /** Float in [0, 1). */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0
    let t = this.s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  pick<T>(list: readonly T[]): T {
    const v = list[Math.floor(this.next() * list.length)]
    if (v === undefined) throw new Error('pick from empty list')
    return v
  }
  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(list: readonly T[], weights: readonly number[]): T {
    let total = 0
    for (const w of weights) total += w
    let r = this.next() * total
    for (let i = 0; i < list.length; i++) {
      r -= weights[i] ?? 0
      if (r < 0) return list[i] as T
    }
    return list[list.length - 1] as T
  }
  /** Money-like value with 2 decimals. */
  money(min: number, max: number): number {
    return Math.round((min + this.next() * (max - min)) * 100) / 100
  }
}

/** 32-bit hash mixing (seed, salt, index) into a stream seed: streams are independent per item. */
export function streamSeed(seed: number, salt: number, index: number): number {
  let h = (seed ^ Math.imul(salt, 0x9e3779b1)) >>> 0
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35) >>> 0
  h ^= h >>> 16
  return h >>> 0
}

export function stream(seed: number, salt: number, index: number): Prng {
  return new Prng(streamSeed(seed, salt, index))
}
