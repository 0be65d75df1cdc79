// Coupon grid columns: what each shows, how it is formatted in the store's style and which cells a
// merchant may edit (Ecwid computes the order count). Dates edit as 'YYYY-MM-DD'.
import { COUPON_STATUSES, COUPON_USES_LIMITS, DISCOUNT_TYPES, SETTABLE_COUPON_STATUSES } from '@shared/model/coupon'
import type { CouponRow } from '@shared/model/grid'
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
  return [
    { key: 'name', title: 'Name', width: 200, type: 'text', value: (r) => r.name, editable: true },
    { key: 'code', title: 'Code', width: 150, type: 'text', value: (r) => r.code, editable: true },
    { key: 'discountType', title: 'Type', width: 170, type: 'enum', value: (r) => r.discountType, options: COUPON_ENUMS.discountType, editable: true },
    { key: 'discount', title: 'Discount', width: 90, type: 'number', value: (r) => r.discount, editable: true },
    { key: 'status', title: 'Status', width: 100, type: 'enum', value: (r) => r.status, options: COUPON_ENUMS.status, editOptions: SETTABLE_STATUS_OPTIONS, editable: true },
    { key: 'launchDate', title: 'Starts', width: 120, type: 'date', value: (r) => isoDay(dateOf(r.launchDate)), format: day, editable: true },
    { key: 'expirationDate', title: 'Expires', width: 120, type: 'date', value: (r) => isoDay(dateOf(r.expirationDate)), format: day, editable: true },
    { key: 'usesLimit', title: 'Uses limit', width: 140, type: 'enum', value: (r) => r.usesLimit, options: COUPON_ENUMS.usesLimit, editable: true },
    { key: 'orderCount', title: 'Orders', width: 80, type: 'integer', value: (r) => r.orderCount, editable: false }
  ]
}

/** 'YYYY-MM-DD' from a date cell → the Ecwid date text the API takes ("yyyy-MM-dd HH:mm:ss Z"). */
export function ecwidDay(value: CellValue): CellValue {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value} 00:00:00 +0000` : value
}
