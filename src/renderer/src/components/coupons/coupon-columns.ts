// Coupon grid columns from the coupon descriptors (COUPON_GRID_LAYOUT's order, titles, widths,
// editability: Ecwid computes the order count), with the value labels merchants read. Dates edit as
// 'YYYY-MM-DD'.
import { COUPON_STATUSES, COUPON_USES_LIMITS, DISCOUNT_TYPES, SETTABLE_COUPON_STATUSES } from '@shared/model/coupon'
import type { CouponRow } from '@shared/model/grid'
import { COUPON_FIELDS, COUPON_GRID_LAYOUT, type FieldDescriptor } from '@shared/model/schema'
import type { CellValue, EnumOption, GridColumn } from '../grid/types'

export const DISCOUNT_TYPE_LABELS: Record<string, string> = {
  ABS: 'Amount off',
  PERCENT: 'Percent off',
  SHIPPING: 'Free shipping',
  ABS_AND_SHIPPING: 'Amount off + free shipping',
  PERCENT_AND_SHIPPING: 'Percent off + free shipping'
}
const STATUS_LABELS: Record<string, string> = { ACTIVE: 'Active', PAUSED: 'Paused', EXPIRED: 'Expired', USEDUP: 'Used up' }
const USES_LABELS: Record<string, string> = { UNLIMITED: 'Unlimited', ONCEPERCUSTOMER: 'Once per customer', SINGLE: 'Single use' }

const LABELS: Record<string, Record<string, string>> = { discountType: DISCOUNT_TYPE_LABELS, status: STATUS_LABELS, usesLimit: USES_LABELS }
const options = (values: readonly string[], labels: Record<string, string>): EnumOption[] => values.map((v) => ({ value: v, label: labels[v] ?? v }))
export const COUPON_ENUMS: Record<string, readonly EnumOption[]> = {
  discountType: options(DISCOUNT_TYPES, DISCOUNT_TYPE_LABELS),
  status: options(COUPON_STATUSES, STATUS_LABELS),
  usesLimit: options(COUPON_USES_LIMITS, USES_LABELS)
}
/** Expired and used-up are set by Ecwid only: the editor never offers them. */
export const SETTABLE_STATUS_OPTIONS = options(SETTABLE_COUPON_STATUSES, STATUS_LABELS)

/** A row's date as the grid's 'YYYY-MM-DD'; staged values arrive as Ecwid date text. */
export function isoDay(v: number | string | null): string | null {
  if (v === null || v === '') return null
  if (typeof v === 'string') return /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : v
  const d = new Date(v)
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

export interface CouponFormats {
  date(ms: number | null | undefined): string
}

export function couponColumns(fmt: CouponFormats): GridColumn<CouponRow>[] {
  const day = (v: CellValue): string => {
    if (typeof v !== 'string' || v === '') return ''
    const t = Date.parse(`${v}T00:00:00`)
    return Number.isNaN(t) ? v : fmt.date(t)
  }
  const dateOf = (v: unknown): number | string | null => (typeof v === 'number' || typeof v === 'string' ? v : null)
  const fields: Readonly<Record<string, FieldDescriptor>> = COUPON_FIELDS
  return COUPON_GRID_LAYOUT.map((key): GridColumn<CouponRow> => {
    const f = fields[key] as FieldDescriptor
    const g = f.grid ?? { title: f.label, width: 100 }
    const base = { key, title: g.title, width: g.width, editable: g.editable ?? f.edit === 'editable' }
    const raw = (r: CouponRow): CellValue => r[key]
    if (f.type === 'date') return { ...base, type: 'date', value: (r) => isoDay(dateOf(raw(r))), format: day }
    if (f.type === 'enum') {
      // The editor offers only what a write may send (status: not EXPIRED or USEDUP).
      const editOptions = f.validate?.settable ? { editOptions: options(f.validate.settable, LABELS[key] ?? {}) } : {}
      return { ...base, type: 'enum', value: raw, options: COUPON_ENUMS[key] ?? options(f.values ?? [], {}), ...editOptions }
    }
    return { ...base, type: f.type === 'integer' ? 'integer' : f.type === 'number' ? 'number' : 'text', value: raw }
  })
}

/** 'YYYY-MM-DD' from a date cell → the Ecwid date text the API takes ("yyyy-MM-dd HH:mm:ss Z"). */
export function ecwidDay(value: CellValue): CellValue {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value} 00:00:00 +0000` : value
}
