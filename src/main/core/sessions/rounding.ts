// Price rounding for bulk adjustments, in whole minor units so 0.1 + 0.2 never leaks into a price:
// to the currency's precision, to an ending (".99"), or to a step (0.05, 1). Pure.
import type { RoundRule } from '@shared/model/session'

/** Rounds half away from zero at `precision` decimals, exactly (1.005 → 1.01). */
export function roundTo(x: number, precision: number): number {
  const text = String(x)
  if (/e/i.test(text)) {
    const scale = 10 ** precision
    return Math.round(x * scale) / scale
  }
  const sign = x < 0 ? -1 : 1
  return (sign * Number(`${Math.round(Number(`${Math.abs(x)}e${precision}`))}e-${precision}`)) || 0
}

function pick(lower: number, upper: number, v: number, direction: 'nearest' | 'up' | 'down'): number {
  if (lower < 0) return upper
  if (direction === 'up') return upper
  if (direction === 'down') return lower
  // Ties go up: a merchant rounding 13.49 to ".99" expects 13.99, not 12.99.
  return v - lower < upper - v ? lower : upper
}

/** Applies a rounding rule to a non-negative amount; the result has at most `precision` decimals. */
export function applyRound(x: number, rule: RoundRule | undefined, precision: number): number {
  const scale = 10 ** precision
  const v = Math.round(roundTo(x, precision) * scale)
  if (!rule) return v / scale
  const direction = rule.direction ?? 'nearest'
  if (rule.mode === 'ending') {
    const e = Math.round(roundTo(rule.ending, precision) * scale) % scale
    const base = Math.floor(v / scale) * scale + e
    const lower = base <= v ? base : base - scale
    const upper = base >= v ? base : base + scale
    return roundTo(pick(lower, upper, v, direction) / scale, precision)
  }
  const s = Math.max(1, Math.round(roundTo(rule.step, precision) * scale))
  const lower = Math.floor(v / s) * s
  const upper = Math.ceil(v / s) * s
  return roundTo(pick(lower, upper, v, direction) / scale, precision)
}

/** Parses "+10%", "-5", "10%" into an adjustment. */
export function parseAdjust(text: string): { by: 'amount' | 'percent'; amount: number } {
  const m = /^\s*([+-]?\d+(?:[.,]\d+)?)\s*(%?)\s*$/.exec(text)
  if (!m) throw new Error(`“${text}” is not an adjustment. Use +10%, -5% or +2.50.`)
  return { by: m[2] ? 'percent' : 'amount', amount: Number((m[1] as string).replace(',', '.')) }
}

/** Parses ".99", "0.99" (an ending) or "step:0.05" into a rule. */
export function parseRound(text: string): RoundRule {
  const step = /^step:(\d+(?:\.\d+)?)$/.exec(text.trim())
  if (step) return { mode: 'step', step: Number(step[1]) }
  const n = Number(text.trim().startsWith('.') ? `0${text.trim()}` : text.trim())
  if (!Number.isFinite(n) || n < 0 || n >= 1) throw new Error(`“${text}” is not a price ending. Use .99, .95 or step:0.05.`)
  return { mode: 'ending', ending: n }
}
