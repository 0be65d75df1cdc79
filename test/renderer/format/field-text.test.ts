// format/field-text: fields by their merchant labels and values in the store's formats outside the
// grids (Review, History, failures, conflicts, the Import screen's diff), with the real formatters.
import { describe, expect, it } from 'vitest'
import type { FormatsAndUnits } from '@shared/model/profile'
import type { StagedChange } from '@shared/model/session'
import { dateStyle, formatDate, formatDateTime } from '../../../src/renderer/src/format/dates'
import { changeText, fieldLabel, fieldLabelIn, valueText, type ValueFormats } from '../../../src/renderer/src/format/field-text'
import { formatMoney, formatWeight, moneyStyle, weightStyle } from '../../../src/renderer/src/format/money'

const profile: FormatsAndUnits = { currency: 'EUR', currencyPrefix: '', currencySuffix: ' €', currencyPrecision: 2, currencyDecimalSeparator: ',', currencyGroupSeparator: '.', weightUnit: 'KILOGRAM' }
const dates = dateStyle({ dateFormat: 'dd/MM/yyyy', timeFormat: 'HH:mm', timezone: 'UTC' })
const fmt: ValueFormats = {
  money: (v) => formatMoney(v, moneyStyle(profile)),
  weight: (v) => formatWeight(v, weightStyle(profile)),
  date: (ms) => formatDate(ms, dates),
  dateTime: (ms) => formatDateTime(ms, dates)
}

describe('fieldLabel', () => {
  it('names a field by its descriptor, the profile editor or its words', () => {
    expect(fieldLabel('products', 'price')).toBe('Price')
    expect(fieldLabel('variations', 'compareToPrice')).toBe('Compare-to price')
    expect(fieldLabel('products', 'warningLimit')).toBe('Low-stock warning')
    expect(fieldLabel('orders', 'privateNotes')).toBe('Private notes')
    expect(fieldLabel('coupons', 'expirationDate')).toBe('Expiration date')
    expect(fieldLabel('profile', 'settings.storeName')).toBe('Store name')
    expect(fieldLabel('categories', 'parentId')).toBe('Parent category')
    expect(fieldLabel('categories', 'seoTitle')).toBe('SEO title')
    expect(fieldLabel('products', 'media.images')).toBe('Media images')
    // Across resources (a session's field chips): the first resource that knows the field names it.
    expect(fieldLabelIn(['coupons', 'customers', 'profile'], 'company.city')).toBe('City')
    expect(fieldLabelIn(['coupons', 'products'], 'name')).toBe('Name')
    expect(fieldLabelIn(['coupons'], 'some.thing')).toBe('Some thing')
  })
})

describe('valueText', () => {
  it('shows money with the store currency, weights with their unit, yes/no and status words', () => {
    expect(valueText('products', 'price', 1234.5, fmt)).toBe('1.234,50 €')
    expect(valueText('variations', 'price', 99.5, fmt)).toBe('99,50 €')
    expect(valueText('products', 'weight', 1.5, fmt)).toBe(formatWeight(1.5, weightStyle(profile)))
    expect(valueText('products', 'weight', 1.5, fmt)).toMatch(/kg/)
    expect(valueText('products', 'enabled', false, fmt)).toBe('No')
    expect(valueText('orders', 'paymentStatus', 'AWAITING_PAYMENT', fmt)).toBe('Awaiting payment')
    // Coupons' enums read as the coupons grid labels them.
    expect(valueText('coupons', 'discountType', 'ABS', fmt)).toBe('Amount off')
    expect(valueText('coupons', 'usesLimit', 'ONCEPERCUSTOMER', fmt)).toBe('Once per customer')
    // Counts stay plain numbers; text stays text.
    expect(valueText('products', 'quantity', 1200, fmt)).toBe('1200')
    expect(valueText('products', 'name', '<b>Mug</b>', fmt)).toBe('<b>Mug</b>')
    expect(valueText('products', 'price', null, fmt)).toBe('(empty)')
  })

  it('shows coupon dates as days in the store date format, as the coupons grid does', () => {
    expect(valueText('coupons', 'expirationDate', '2026-01-31 00:00:00 +0000', fmt)).toBe(fmt.date(Date.parse('2026-01-31T00:00:00')))
    expect(valueText('coupons', 'launchDate', '2026-02-01', fmt)).toBe(fmt.date(Date.parse('2026-02-01T00:00:00')))
  })
})

describe('changeText', () => {
  const change = (p: Partial<StagedChange>): StagedChange =>
    ({ id: 1, resource: 'products', entityId: '7', label: 'Mug', kind: 'update', field: 'price', before: 105.27, after: 99.5, state: 'staged', ...p }) as StagedChange
  const text = changeText(fmt)

  it('reads a field change in the store formats and names whole-entry creates and deletes', () => {
    const c = change({})
    expect([text.field(c), text.before(c), text.after(c)]).toEqual(['Price', '105,27 €', '99,50 €'])
    const created = change({ kind: 'create', field: '', before: null, after: { name: 'New' } })
    expect([text.field(created), text.before(created)]).toEqual(['(create)', '(new entry)'])
    const deleted = change({ kind: 'delete', field: '', after: null })
    expect([text.field(deleted), text.before(deleted), text.after(deleted)]).toEqual(['(delete)', 'whole entry', '(deleted)'])
  })
})
