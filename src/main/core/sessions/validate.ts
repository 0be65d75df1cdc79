// Field-level validation before anything is staged, with messages a merchant understands: money at
// the store's precision, quantities, enums from the shared model lists, unique SKU/coupon code,
// dates, required fields on create. The rules come from the field descriptors (the profile's from
// its own table). Pure except for the uniqueness look-ups passed in.
import { clearRuleFor } from '@shared/model/clear-rules'
import { usableStatuses, type OrderStatus } from '@shared/model/order-status'
import { COUPON_FIELDS, CUSTOMER_FIELDS, ORDER_FIELDS, PRODUCT_FIELDS, requiredOnCreate, type FieldDescriptor } from '@shared/model/schema'
import type { JsonValue, SessionResource } from '@shared/model/session'
import { CATEGORY_FIELD_NAMES, CATEGORY_RULES } from './category-rules'
import { validateProfileField } from './validate-profile'
import { validateImages } from './validate-images'
import { IMAGES_FIELD, type ImageUrlCheck } from '@shared/model/product-images'

export interface ValidationContext {
  /** Decimals of the store's currency (Ecwid profile formatsAndUnits.currencyPrecision; 2 by default). */
  precision: number
  isSkuTaken(sku: string, exceptId: string): Promise<boolean>
  isCouponCodeTaken(code: string, exceptId: string): Promise<boolean>
  /** The store's order statuses (GET /profile/order_statuses), asked only for a status that is not built in. */
  orderStatuses?(): Promise<readonly OrderStatus[]>
  /** Checks new image addresses (reachable, an image, within Ecwid's limit); absent: shape only. */
  checkImageUrls?(urls: readonly string[]): Promise<ImageUrlCheck[]>
}

export type Rule =
  | { type: 'money' }
  | { type: 'count' }
  | { type: 'number'; min?: number; max?: number }
  | { type: 'text'; required?: boolean; max?: number }
  | { type: 'bool' }
  /** `why`: what the merchant is told when a value outside `values` is refused. */
  | { type: 'enum'; values: readonly string[]; why?: string }
  | { type: 'date' }
  | { type: 'email' }
  | { type: 'ids' }
  /** A list of strings (tags). */
  | { type: 'list' }
  | { type: 'readonly' }

const READONLY: Rule = { type: 'readonly' }

const productFields: readonly FieldDescriptor[] = Object.values(PRODUCT_FIELDS)
const couponFields: readonly FieldDescriptor[] = Object.values(COUPON_FIELDS)

/** A descriptor's staging rule; undefined for fields Stockroom does not edit (passed through as is). */
function ruleOf(f: FieldDescriptor, opts: { variation?: boolean }): Rule | undefined {
  if (f.edit === 'read-only') return READONLY
  if (f.edit === 'ecwid-only') return undefined
  const v = f.validate ?? {}
  switch (f.type) {
    case 'money':
      return { type: 'money' }
    case 'integer':
      return { type: 'count' }
    case 'number':
      return { type: 'number', ...(v.min !== undefined ? { min: v.min } : {}), ...(v.max !== undefined ? { max: v.max } : {}) }
    case 'text':
    case 'html':
      // A combination without its own SKU is fine: only the product's SKU is required.
      return { type: 'text', ...(v.required && !opts.variation ? { required: true } : {}), ...(v.max !== undefined ? { max: v.max } : {}) }
    case 'boolean':
      return { type: 'bool' }
    case 'enum':
      // Order statuses: the built-ins here, a store's enabled custom ones from the context (ruleFor).
      return { type: 'enum', values: v.settable ?? v.builtIn ?? f.values ?? [], ...(v.why ? { why: v.why } : {}) }
    case 'email':
      return { type: 'email' }
    case 'date':
      return { type: 'date' }
    case 'ids':
      return { type: 'ids' }
    case 'list':
      return { type: 'list' }
    case 'nested':
      return undefined
  }
}

function rulesOf(fields: readonly FieldDescriptor[], opts: { variation?: boolean } = {}): Record<string, Rule> {
  const out: Record<string, Rule> = {}
  for (const f of fields) {
    const rule = ruleOf(f, opts)
    if (rule) out[f.path] = rule
  }
  return out
}
const COMMON: Record<string, Rule> = { id: READONLY, created: READONLY, updated: READONLY, createTimestamp: READONLY, updateTimestamp: READONLY }

const RULES: Record<SessionResource, Record<string, Rule>> = {
  products: rulesOf(productFields),
  coupons: { ...COMMON, ...rulesOf(couponFields) },
  orders: { ...COMMON, ...rulesOf(Object.values(ORDER_FIELDS)) },
  customers: { ...COMMON, ...rulesOf(Object.values(CUSTOMER_FIELDS)) },
  // The profile's rules live in the shared PROFILE_FIELDS table (validate-profile.ts).
  profile: {},
  // What PUT /products/{id}/combinations/{cid} accepts (the descriptors' combination fields), plus
  // the identity of the row, which Ecwid sets; inStock follows quantity on Ecwid's side.
  variations: {
    id: READONLY,
    productId: READONLY,
    combinationId: READONLY,
    productName: READONLY,
    options: READONLY,
    inStock: READONLY,
    ...rulesOf(productFields.filter((f) => f.variation), { variation: true })
  },
  categories: CATEGORY_RULES
}

/** Fields a create must carry, per resource (what Ecwid requires in POST: the descriptors' validate.onCreate). */
export const REQUIRED_ON_CREATE: Record<SessionResource, readonly string[]> = {
  products: requiredOnCreate(PRODUCT_FIELDS),
  coupons: requiredOnCreate(COUPON_FIELDS),
  orders: requiredOnCreate(ORDER_FIELDS),
  customers: requiredOnCreate(CUSTOMER_FIELDS),
  profile: [],
  variations: [],
  categories: ['name']
}

const NICE: Record<string, string> = {
  ...Object.fromEntries([...couponFields, ...productFields].flatMap((f) => (f.say ? [[f.path, f.say]] : []))),
  ...CATEGORY_FIELD_NAMES
}

export const fieldName = (field: string): string => NICE[field] ?? field

function decimals(n: number): number {
  const text = String(n)
  if (text.includes('e-')) return Number(text.split('e-')[1])
  return text.includes('.') ? (text.split('.')[1] as string).length : 0
}

/** Ecwid dates: "yyyy-MM-dd HH:mm:ss Z", ISO 8601, or Unix seconds. */
export function parseDate(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v
  if (typeof v !== 'string' || v.trim() === '') return undefined
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(v.trim())
  if (!m) return undefined
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = m
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${zone ? (zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')) : 'Z'}`
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return undefined
  // Date.parse rolls 2024-02-31 over to March: reject dates that do not round-trip.
  const check = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)))
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return undefined
  return Math.floor(t / 1000)
}

const STATUS_TYPES: Readonly<Record<string, 'PAYMENT_STATUS' | 'FULFILLMENT_STATUS'>> = { paymentStatus: 'PAYMENT_STATUS', fulfillmentStatus: 'FULFILLMENT_STATUS' }

/** An order's status fields accept the store's enabled custom statuses too. */
async function ruleFor(resource: SessionResource, field: string, value: JsonValue | undefined, ctx: ValidationContext): Promise<Rule | undefined> {
  const rule = RULES[resource][field]
  const type = STATUS_TYPES[field]
  if (resource !== 'orders' || !type || rule?.type !== 'enum' || (typeof value === 'string' && rule.values.includes(value))) return rule
  return { ...rule, values: usableStatuses((await ctx.orderStatuses?.()) ?? [], type) }
}

/**
 * Checks one value for one field; returns a message, or null when it is fine. `entityId` is the
 * entity being edited (so its own SKU or code does not count as taken).
 */
export async function validateField(resource: SessionResource, field: string, value: JsonValue | undefined, entityId: string, ctx: ValidationContext): Promise<string | null> {
  if (resource === 'profile') return validateProfileField(field, value)
  if (resource === 'products' && field === IMAGES_FIELD) return validateImages(value, ctx.checkImageUrls)
  const rule = await ruleFor(resource, field, value, ctx)
  const name = fieldName(field)
  // A variation takes only the combination fields above: anything else would fail at push time.
  if (!rule) return resource === 'variations' ? `${name} cannot be edited on a variation.` : null
  if (rule.type === 'readonly') return `${name} is set by Ecwid and cannot be edited.`
  if (isCleared(value)) {
    if (rule.type === 'text' && rule.required) return `${name} cannot be empty.`
    if (rule.type === 'text') return null
    if (field === 'price') return 'Price cannot be empty. Enter 0 for a free product.'
    const clear = clearRuleFor(resource, field)
    if (clear && 'refuse' in clear) return clear.refuse
    // Only a documented "none" value may stand in for a cleared typed field (clear-rules.ts).
    return clear ? null : `${name} needs a value.`
  }
  switch (rule.type) {
    case 'money':
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${name} must be a number, like 12.99.`
      if (value < 0) return `${name} cannot be negative.`
      if (decimals(value) > ctx.precision) return `${name} can have at most ${ctx.precision} decimal${ctx.precision === 1 ? '' : 's'} in this store's currency (got ${value}).`
      return null
    case 'count':
      if (typeof value !== 'number' || !Number.isInteger(value)) return `${name} must be a whole number.`
      return value < 0 ? `${name} cannot be negative.` : null
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${name} must be a number.`
      if (rule.min !== undefined && value < rule.min) return `${name} cannot be below ${rule.min}.`
      if (rule.max !== undefined && value > rule.max) return `${name} cannot be above ${rule.max}.`
      return null
    case 'bool':
      return typeof value === 'boolean' ? null : `${name} must be yes or no.`
    case 'enum':
      if (typeof value === 'string' && rule.values.includes(value)) return null
      return `${name} must be one of: ${rule.values.join(', ')}${rule.why && typeof value === 'string' ? ` (got ${value}: ${rule.why})` : ''}.`
    case 'date':
      return parseDate(value) === undefined ? `${name} is not a valid date. Use 2025-12-31 or 2025-12-31 23:59:00.` : null
    case 'email':
      return typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? null : `${name} is not a valid email address.`
    case 'ids':
      return Array.isArray(value) && value.every((x) => typeof x === 'number' && Number.isInteger(x) && x >= 0) ? null : `${name} must be a list of category ids.`
    case 'list':
      return Array.isArray(value) && value.every((x) => typeof x === 'string') ? null : `${name} must be a list of words.`
    case 'text': {
      if (typeof value !== 'string') return `${name} must be text.`
      if (rule.required && value.trim() === '') return `${name} cannot be empty.`
      if (rule.max !== undefined && value.length > rule.max) return `${name} can be at most ${rule.max} characters.`
      if ((resource === 'products' || resource === 'variations') && field === 'sku' && (await ctx.isSkuTaken(value, entityId))) {
        return `SKU “${value}” is already used by another ${resource === 'products' ? 'product' : 'product or variation'}.`
      }
      if (resource === 'coupons' && field === 'code' && (await ctx.isCouponCodeTaken(value, entityId))) return `Coupon code “${value}” is already used by another coupon.`
      return null
    }
  }
}

const isCleared = (value: JsonValue | undefined): boolean => value === null || value === undefined || value === ''

/**
 * The value a cleared cell stages and sends: the documented "none" of its field (a cost price of 0),
 * an empty string for text; anything else as given. Ecwid documents no meaning for null.
 */
export function clearedValue(resource: SessionResource, field: string, value: JsonValue | undefined): JsonValue | undefined {
  if (resource === 'profile' || !isCleared(value)) return value
  const clear = clearRuleFor(resource, field)
  if (clear && 'send' in clear) return clear.send
  return RULES[resource][field]?.type === 'text' ? '' : value
}

/** Missing required fields of a new entity, as one message, or null. */
export function missingOnCreate(resource: SessionResource, fields: Record<string, unknown>): string | null {
  const missing = REQUIRED_ON_CREATE[resource].filter((f) => fields[f] === undefined || fields[f] === null || fields[f] === '')
  if (missing.length === 0) return null
  const what = resource === 'products' ? 'product' : resource === 'categories' ? 'category' : resource.slice(0, -1)
  return `A new ${what} needs: ${missing.map(fieldName).join(', ')}.`
}

/** The kind of value a field holds ('text' when unknown), for parsing typed text (CLI, CSV). */
export function fieldKind(resource: SessionResource, field: string): Rule['type'] {
  return RULES[resource][field]?.type ?? 'text'
}

/** Parses text typed by a merchant into the field's JSON type; throws a readable message. */
export function coerceValue(resource: SessionResource, field: string, text: string): JsonValue {
  const kind = fieldKind(resource, field)
  const t = text.trim()
  if (kind === 'money' || kind === 'count' || kind === 'number') {
    const n = Number(t.replace(',', '.'))
    if (t === '' || !Number.isFinite(n)) throw new Error(`${fieldName(field)} must be a number (got “${text}”).`)
    return n
  }
  if (kind === 'bool') {
    if (/^(true|yes|1|on)$/i.test(t)) return true
    if (/^(false|no|0|off)$/i.test(t)) return false
    throw new Error(`${fieldName(field)} must be yes or no (got “${text}”).`)
  }
  if (kind === 'ids') return t === '' ? [] : t.split(/[,;\s]+/).map(Number)
  if (kind === 'list') return t === '' ? [] : t.split(/\s*[,;]\s*/)
  return text
}
