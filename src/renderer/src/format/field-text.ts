// Field names and values as merchants read them outside the grids (Review, History, failures,
// conflicts, the Import screen's diff): labels and types from the descriptors, money, weights and
// dates through the same store formatters the grids use, so "price 105.27 → 99.5" reads
// "Price $105.27 → $99.50" everywhere. Pure; the result is rendered as text, never as HTML.
import { CATEGORY_FIELD_NAMES } from '@shared/model/category'
import { PROFILE_FIELDS } from '@shared/model/profile-fields'
import { statusLabel } from '@shared/model/order-status'
import { FIELD_TABLES, PRODUCT_FIELDS, fieldsOf, gridKeyOf, type FieldDescriptor, type FieldTable } from '@shared/model/schema'
import type { JsonValue, SessionResource, StagedChange } from '@shared/model/session'
import { COUPON_ENUMS } from '../components/coupons/coupon-columns'
import { afterText, beforeText, fieldText, formatValue } from './session-text'

export interface ValueFormats {
  money(v: number | null | undefined): string
  weight(v: number | null | undefined): string
  date(ms: number | null | undefined): string
  dateTime(ms: number | null | undefined): string
}

/** What a session or a file edits, as the screens name it. */
export const RESOURCE_NAMES: Readonly<Record<SessionResource, string>> = {
  products: 'Products', variations: 'Variations', orders: 'Orders', coupons: 'Coupons', customers: 'Customers', categories: 'Categories', profile: 'Store profile'
}

/** Resources with field descriptors; variations share the product's. */
const TABLES: Readonly<Record<string, FieldTable>> = { ...FIELD_TABLES, variations: PRODUCT_FIELDS }
const BY_FIELD = new Map(
  Object.entries(TABLES).map(([resource, table]) => [resource, new Map(fieldsOf(table).flatMap((d) => [[d.path, d], [gridKeyOf(d), d]] as const))])
)
const PROFILE_LABELS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(PROFILE_FIELDS).map(([k, spec]) => [k, spec.label]))

/** The descriptor of a session or CSV field (by its path or its grid key), if the resource has one. */
export const descriptorOf = (resource: string, field: string): FieldDescriptor | undefined => BY_FIELD.get(resource)?.get(field)

/** "media.images" → "Media images", "hiddenField" → "Hidden field": for fields no table names. */
const humanize = (field: string): string => {
  const words = field.replace(/\./g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** The label a resource gives the field, if it knows the field. */
function knownLabel(resource: string, field: string): string | undefined {
  if (resource === 'profile') return PROFILE_LABELS[field]
  // A category's other fields (name, description, SEO, slug) are named as a product's are.
  if (resource === 'categories') return CATEGORY_FIELD_NAMES[field] ?? descriptorOf('products', field)?.label
  return descriptorOf(resource, field)?.label
}

/** The field as the merchant knows it: the descriptor's label, the profile editor's, or its words. */
export const fieldLabel = (resource: string, field: string): string => (field === '' ? '' : (knownLabel(resource, field) ?? humanize(field)))

/** A field counted across resources (a session's field chips): named by the first resource that knows it. */
export function fieldLabelIn(resources: readonly string[], field: string): string {
  for (const r of resources) {
    const label = knownLabel(r, field)
    if (label !== undefined) return label
  }
  return humanize(field)
}

/** An enum value as its grid labels it: a coupon's own labels ("Amount off"), else the id in words. */
const enumText = (resource: string, field: string, v: string): string =>
  (resource === 'coupons' ? COUPON_ENUMS[field]?.find((o) => o.value === v)?.label : undefined) ?? statusLabel(v)

/** A value in its field's format: money with the store's currency, dates in its date format, yes/no. */
export function valueText(resource: string, field: string, value: JsonValue | null, fmt: ValueFormats): string {
  if (value === null || value === '') return formatValue(value)
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  const d = descriptorOf(resource, field)
  if (!d) return formatValue(value)
  if (typeof value === 'number' && d.type === 'money') return fmt.money(value)
  if (typeof value === 'number' && d.grid?.format === 'weight') return fmt.weight(value)
  if (d.type === 'date') {
    // Coupon dates are days (Ecwid date text staged, 'YYYY-MM-DD' in the grid): read as the grid reads them.
    const day = typeof value === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] : undefined
    if (day) return fmt.date(Date.parse(`${day}T00:00:00`))
    if (typeof value === 'number') return fmt.dateTime(value)
  }
  if (d.type === 'enum' && typeof value === 'string' && /^[A-Z_]+$/.test(value)) return enumText(resource, field, value)
  return formatValue(value)
}

type ChangeLike = Pick<StagedChange, 'resource' | 'field' | 'kind' | 'before' | 'after'>

/** A staged or pushed change's field, before and after, in the store's formats (whole-entry changes named). */
export function changeText(fmt: ValueFormats) {
  return {
    field: (c: ChangeLike): string => (c.field === '' ? fieldText(c) : fieldLabel(c.resource, c.field)),
    before: (c: ChangeLike): string => (c.kind === 'create' || c.field === '' ? beforeText(c) : valueText(c.resource, c.field, c.before, fmt)),
    after: (c: ChangeLike): string => (c.kind === 'delete' ? afterText(c) : valueText(c.resource, c.field, c.after, fmt))
  }
}
