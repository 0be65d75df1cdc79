// The product panel's summary: price (with compare-to), stock, image or a placeholder saying why, and
// Enabled staged from its checkbox.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import type { ProductRow } from '@shared/model/grid'
import ProductSummary from '../../../src/renderer/src/components/products/ProductSummary.vue'

const money = (v: number | null): string => (v === null ? '' : `$${v.toFixed(2)}`)
const row = (over: Partial<ProductRow>): ProductRow =>
  ({ id: 7, name: 'Tee', sku: 'T-1', price: 20, compareToPrice: 25, quantity: 4, unlimited: false, enabled: true, thumbnailUrl: 'https://img.example/t.jpg', categoryIds: [], categories: [], variationCount: 0, variations: [], created: null, updated: null, ...over }) as ProductRow

describe('ProductSummary', () => {
  it('shows price with compare-to, stock and the image', () => {
    const w = mount(ProductSummary, { props: { row: row({}), readOnly: false, money } })
    expect(w.get('[data-testid="product-price"]').text()).toBe('$20.00 $25.00')
    expect(w.get('[data-testid="product-stock"]').text()).toBe('4 in stock')
    expect(w.get('[data-testid="product-image"]').attributes('src')).toBe('https://img.example/t.jpg')
    const unlimited = mount(ProductSummary, { props: { row: row({ unlimited: true, quantity: null, compareToPrice: 0 }), readOnly: false, money } })
    expect(unlimited.get('[data-testid="product-stock"]').text()).toBe('Unlimited')
    expect(unlimited.get('[data-testid="product-price"]').text()).toBe('$20.00')
  })

  it('says why there is no picture instead of a broken image', async () => {
    const none = mount(ProductSummary, { props: { row: row({ thumbnailUrl: null }), readOnly: false, money } })
    expect(none.get('[data-testid="product-image-placeholder"]').attributes('title')).toBe('No image yet')
    const http = mount(ProductSummary, { props: { row: row({ thumbnailUrl: 'http://img.example/t.jpg' }), readOnly: false, money } })
    expect(http.get('[data-testid="product-image-placeholder"]').text()).toContain('not https')
    const broken = mount(ProductSummary, { props: { row: row({}), readOnly: false, money } })
    await broken.get('[data-testid="product-image"]').trigger('error')
    expect(broken.find('[data-testid="product-image"]').exists()).toBe(false)
    expect(broken.get('[data-testid="product-image-placeholder"]').text()).toContain('could not be loaded')
  })

  it('stages Enabled from its checkbox, and not when read-only', async () => {
    const w = mount(ProductSummary, { props: { row: row({ enabled: true }), readOnly: false, money } })
    const box = w.get('[data-testid="product-enabled"]')
    ;(box.element as HTMLInputElement).checked = false
    await box.trigger('change')
    expect(w.emitted('stage')).toEqual([[7, { enabled: false }]])
    const ro = mount(ProductSummary, { props: { row: row({}), readOnly: true, money } })
    expect((ro.get('[data-testid="product-enabled"]').element as HTMLInputElement).disabled).toBe(true)
  })
})
