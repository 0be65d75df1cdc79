// Shell helpers behind issue 18 §3.1 and §3.5: the sidebar's staged count per section and the details
// panel's bounded, remembered width.
import { beforeEach, describe, expect, it } from 'vitest'
import { sectionCounts } from '../../../src/renderer/src/components/shell/useStagedCounts'
import { clampWidth, PANEL_DEFAULT, PANEL_MAX, PANEL_MIN, usePanelWidth } from '../../../src/renderer/src/components/shell/usePanelWidth'

describe('sectionCounts', () => {
  it('counts variations under Products and leaves sections without changes out', () => {
    expect(sectionCounts({ products: 61, variations: 4, orders: 3, coupons: 0 })).toEqual({ products: 65, orders: 3 })
    expect(sectionCounts({})).toEqual({})
  })
})

describe('usePanelWidth', () => {
  beforeEach(() => localStorage.clear())

  it('starts at the default, keeps within bounds and remembers the width set with the keyboard', () => {
    expect(clampWidth(10)).toBe(PANEL_MIN)
    expect(clampWidth(5000)).toBe(PANEL_MAX)
    const a = usePanelWidth('k')
    expect(a.width.value).toBe(PANEL_DEFAULT)
    a.onKey(new KeyboardEvent('keydown', { key: 'ArrowLeft' }))
    expect(a.width.value).toBe(PANEL_DEFAULT + 20)
    expect(usePanelWidth('k').width.value).toBe(PANEL_DEFAULT + 20)
    localStorage.setItem('k', 'junk')
    expect(usePanelWidth('k').width.value).toBe(PANEL_DEFAULT)
  })
})
