// Formula-injection guard: the neutralise/restore rule is an exact round trip and leaves numbers alone.
import { describe, expect, it } from 'vitest'
import { isDangerousCell, neutraliseCell, restoreCell } from '../../../../../src/main/core/csv/excel-safe'

describe('excel-safe', () => {
  it.each(['=1+1', '+1', '-cmd', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x")'])('neutralises %j', (v) => {
    const out = neutraliseCell(v)
    expect(out).toBe(`'${v}`)
    expect(isDangerousCell(out)).toBe(false)
    expect(restoreCell(out)).toBe(v)
  })

  it('leaves a legitimate leading apostrophe alone in both directions', () => {
    expect(neutraliseCell("'90s hits")).toBe("'90s hits")
    expect(restoreCell("'90s hits")).toBe("'90s hits")
  })

  it('escapes values that already look neutralised, so they survive the round trip', () => {
    expect(neutraliseCell("'=x")).toBe("''=x")
    expect(restoreCell("''=x")).toBe("'=x")
    expect(restoreCell(neutraliseCell("'''-x"))).toBe("'''-x")
  })

  it('writes valid numbers in numeric columns as numbers, but not formulas', () => {
    expect(neutraliseCell('-5', true)).toBe('-5')
    expect(neutraliseCell('-12,5', true)).toBe('-12,5')
    expect(neutraliseCell('-5+1', true)).toBe("'-5+1")
    expect(neutraliseCell('-5', false)).toBe("'-5")
    expect(restoreCell('-5')).toBe('-5')
  })

  it('is a bijection on many strings', () => {
    const alphabet = ["'", '=', '+', '-', '@', '\t', '\r', 'a', '1', ' ']
    for (let i = 0; i < 5000; i++) {
      let s = ''
      for (let n = i; n > 0; n = Math.floor(n / alphabet.length)) s += alphabet[n % alphabet.length]
      expect(restoreCell(neutraliseCell(s))).toBe(s)
      expect(isDangerousCell(neutraliseCell(s))).toBe(false)
    }
  })
})
