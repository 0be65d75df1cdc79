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
  money(v: number | null | undefined): string
  /** Now, in ms (the expiry check); a parameter so a test can pin it. */
  now?: () => number
}

const PERCENT_TYPES = new Set(['PERCENT', 'PERCENT_AND_SHIPPING'])
const AMOUNT_TYPES = new Set(['ABS', 'ABS_AND_SHIPPING'])

/** The discount with its unit: percent and amount never look the same; free shipping alone has none. */
export function discountText(value: CellValue, discountType: unknown, money: CouponFormats['money']): string {
  if (typeof value !== 'number') return value === null ? '' : String(value)
  if (typeof discountType === 'string' && PERCENT_TYPES.has(discountType)) return `${value} %`
  if (typeof discountType === 'string' && AMOUNT_TYPES.has(discountType)) return money(value)
  return discountType === 'SHIPPING' ? '—' : String(value)
}

/** When an expiry date has passed (the end of that day) while the status still reads Active. */
function expiryOf(row: CouponRow | undefined): number | null {
  const v: unknown = row?.expirationDate
  const t = typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T23:59:59` : v.replace(' ', 'T').replace(' ', '')) : NaN
  return Number.isNaN(t) ? null : t
}
export function pastExpiry(row: CouponRow | undefined, now: number): boolean {
  const t = expiryOf(row)
  return row?.status === 'ACTIVE' && t !== null && t < now
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
    if (key === 'discount') return { ...base, type: 'number', value: raw, format: (v, r) => discountText(v, r?.discountType, fmt.money) }
    if (key === 'status') {
      // Ecwid marks a coupon EXPIRED on its side; until the next sync says so, a passed date is flagged here.
      const now = fmt.now ?? Date.now
      const label = (v: CellValue): string => (typeof v === 'string' ? (STATUS_LABELS[v] ?? v) : '')
      return {
        ...base, type: 'enum', value: raw, options: COUPON_ENUMS.status, editOptions: SETTABLE_STATUS_OPTIONS,
        format: (v, r) => (pastExpiry(r, now()) ? `${label(v)} · past expiry` : label(v))
      }
    }
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
