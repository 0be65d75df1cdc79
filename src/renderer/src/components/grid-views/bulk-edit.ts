// Bulk edit as the dialog needs it, pure: which operations and fields each grid offers, the dialog's
// form turned into an engine BulkOperation (or a merchant-worded problem), and sample values as text.
import { COUPON_FIELDS, CUSTOMER_FIELDS, ORDER_FIELDS, PRODUCT_FIELDS, type FieldDescriptor, type FieldTable } from '@shared/model/schema'
import type { BulkOperation, JsonValue, RoundRule } from '@shared/model/session'
import { COUPON_ENUMS, SETTABLE_STATUS_OPTIONS } from '../coupons/coupon-columns'
import type { EnumOption } from '../grid/types'
import { enumOptions } from './columns'
import type { GridKind } from './entity-kinds'

export type BulkFieldType = 'text' | 'money' | 'number' | 'bool' | 'enum'
export interface BulkField {
  field: string
  label: string
  type: BulkFieldType
  options?: readonly EnumOption[]
}

export type BulkOpKind = 'set' | 'adjust' | 'replace' | 'addCategory' | 'removeCategory' | 'enable' | 'disable' | 'setStock'

export interface BulkSpec {
  set: BulkField[]
  adjust: BulkField[]
  replace: BulkField[]
  categories: boolean
  enable: boolean
  stock: boolean
}


const BULK_TYPES: Partial<Record<FieldDescriptor['type'], BulkFieldType>> = { money: 'money', integer: 'number', number: 'number', boolean: 'bool', enum: 'enum', text: 'text', html: 'text', email: 'text' }

/** An enum's choices in the dialog: a grid's own labelled options, else the values as words. */
type OptionsOf = (f: FieldDescriptor) => readonly EnumOption[]
const plainOptions: OptionsOf = (f) => enumOptions(f.validate?.settable ?? f.validate?.builtIn ?? f.values ?? [])

/** The fields a descriptor table offers to one bulk operation, in the order its `grid.bulk` gives. */
function bulkFields(table: FieldTable, op: 'set' | 'adjust' | 'replace', optionsOf: OptionsOf = plainOptions, only: (f: FieldDescriptor) => boolean = () => true): BulkField[] {
  return Object.values(table)
    .filter((f) => f.grid?.bulk?.[op] !== undefined && BULK_TYPES[f.type] && only(f))
    .sort((a, b) => (a.grid?.bulk?.[op] ?? 0) - (b.grid?.bulk?.[op] ?? 0))
    .map((f) => ({ field: f.path, label: f.grid?.bulk?.label ?? f.label, type: BULK_TYPES[f.type] as BulkFieldType, ...(f.values ? { options: optionsOf(f) } : {}) }))
}

// Coupons' enums show their labels ("Amount off"); a status offers only what a write may send.
const couponOptions: OptionsOf = (f) => (f.validate?.settable ? SETTABLE_STATUS_OPTIONS : (COUPON_ENUMS[f.path] ?? plainOptions(f)))

/** Only fields the grid itself lets a merchant edit, and only operations the engine runs on them. */
export const BULK_SPECS: Record<GridKind, BulkSpec> = {
  products: {
    // From the descriptors' grid.bulk (SKUs have none: one SKU on many products is refused).
    set: bulkFields(PRODUCT_FIELDS, 'set'),
    adjust: bulkFields(PRODUCT_FIELDS, 'adjust'),
    replace: bulkFields(PRODUCT_FIELDS, 'replace'),
    categories: true,
    enable: true,
    stock: true
  },
  orders: {
    // Statuses offer the built-ins (a custom status is set per order, where the store's are known).
    set: bulkFields(ORDER_FIELDS, 'set'),
    adjust: [],
    replace: bulkFields(ORDER_FIELDS, 'replace'),
    categories: false,
    enable: false,
    stock: false
  },
  coupons: {
    set: bulkFields(COUPON_FIELDS, 'set', couponOptions),
    adjust: bulkFields(COUPON_FIELDS, 'adjust', couponOptions),
    replace: bulkFields(COUPON_FIELDS, 'replace', couponOptions),
    categories: false,
    enable: true,
    stock: false
  },
  customers: {
    set: bulkFields(CUSTOMER_FIELDS, 'set'),
    adjust: [],
    replace: bulkFields(CUSTOMER_FIELDS, 'replace'),
    categories: false,
    enable: false,
    stock: false
  }
}

/** The products grid's "their variations" target: the product fields a variation has of its own. */
const ofVariation = (f: FieldDescriptor): boolean => f.variation === true
export const VARIATION_BULK_SPEC: BulkSpec = {
  set: bulkFields(PRODUCT_FIELDS, 'set', plainOptions, ofVariation),
  adjust: bulkFields(PRODUCT_FIELDS, 'adjust', plainOptions, ofVariation),
  replace: bulkFields(PRODUCT_FIELDS, 'replace', plainOptions, ofVariation),
  categories: false,
  enable: false,
  stock: true
}

export const OP_LABELS: Record<BulkOpKind, string> = {
  set: 'Set a value',
  adjust: 'Increase or decrease a number',
  replace: 'Find & replace text',
  addCategory: 'Add to a category',
  removeCategory: 'Remove from a category',
  enable: 'Enable',
  disable: 'Disable',
  setStock: 'Set stock'
}

/** The operations a grid offers, in menu order (none: no bulk edit on that grid). */
export function opsOf(spec: BulkSpec): BulkOpKind[] {
  const out: BulkOpKind[] = []
  if (spec.adjust.length) out.push('adjust')
  if (spec.set.length) out.push('set')
  if (spec.replace.length) out.push('replace')
  if (spec.categories) out.push('addCategory', 'removeCategory')
  if (spec.enable) out.push('enable', 'disable')
  if (spec.stock) out.push('setStock')
  return out
}

/** The fields an operation applies to (empty when it has none to choose). */
/** Set fields whose choices come from the store (its custom order statuses), not from BULK_SPECS. */
const STORE_CHOICES: Partial<Record<GridKind, readonly string[]>> = { orders: ['paymentStatus', 'fulfillmentStatus'] }

/** The spec with the store's own choices for those fields, when the grid has them. */
export function withStoreChoices(kind: GridKind, choices?: Readonly<Record<string, readonly EnumOption[]>>): BulkSpec {
  const spec = BULK_SPECS[kind]
  const fields = STORE_CHOICES[kind]
  if (!choices || !fields) return spec
  return { ...spec, set: spec.set.map((f) => (fields.includes(f.field) && choices[f.field] ? { ...f, options: choices[f.field] } : f)) }
}

export function fieldsOf(spec: BulkSpec, op: BulkOpKind): BulkField[] {
  return op === 'set' ? spec.set : op === 'adjust' ? spec.adjust : op === 'replace' ? spec.replace : []
}

export type RoundChoice = 'none' | '.99' | '.95' | 'whole'
export const ROUND_LABELS: Record<RoundChoice, string> = { none: 'No rounding', '.99': 'End in .99', '.95': 'End in .95', whole: 'Whole amount' }

export function roundRule(choice: RoundChoice): RoundRule | undefined {
  if (choice === '.99') return { mode: 'ending', ending: 0.99 }
  if (choice === '.95') return { mode: 'ending', ending: 0.95 }
  if (choice === 'whole') return { mode: 'step', step: 1 }
  return undefined
}

/** "+10%", "-5 %", "2.50", "-1,5" → an adjustment; anything else is a message. */
export function parseAdjustment(input: string): { by: 'amount' | 'percent'; amount: number } | { error: string } {
  const m = /^\s*([+-]?)\s*(\d+(?:[.,]\d+)?)\s*(%?)\s*$/.exec(input)
  if (!m) return { error: `“${input.trim()}” is not a change. Write it like +10%, -5% or +2.50.` }
  const amount = Number(`${m[1]}${(m[2] as string).replace(',', '.')}`)
  if (amount === 0) return { error: 'A change of 0 changes nothing.' }
  if (m[3] && amount <= -100) return { error: 'A decrease of 100 % or more would make the value 0 or negative.' }
  return { by: m[3] ? 'percent' : 'amount', amount }
}

export interface BulkForm {
  op: BulkOpKind
  field: string
  /** 'set': the value as typed or chosen ('true'/'false' for yes/no fields). */
  value: string
  change: string
  round: RoundChoice
  find: string
  replace: string
  regex: boolean
  caseSensitive: boolean
  categoryId: number | null
  /** 'setStock': a whole number, or '' for unlimited. */
  stock: string
}

export const emptyForm = (op: BulkOpKind, field = ''): BulkForm => ({
  op, field, value: '', change: '+10%', round: 'none', find: '', replace: '', regex: false, caseSensitive: false, categoryId: null, stock: ''
})

/** The dialog's form as an engine operation, or what is missing in the merchant's words. */
export function buildOperation(spec: BulkSpec, form: BulkForm): { op: BulkOperation } | { error: string } {
  const field = fieldsOf(spec, form.op).find((f) => f.field === form.field)
  if (fieldsOf(spec, form.op).length > 0 && !field) return { error: 'Choose the field to change.' }
  switch (form.op) {
    case 'set': {
      const f = field as BulkField
      if (f.type === 'bool') return { op: { kind: 'set', field: f.field, value: form.value === 'true' } }
      if (f.type === 'enum') {
        if (!f.options?.some((o) => o.value === form.value)) return { error: `Choose the new ${f.label.toLowerCase()}.` }
        return { op: { kind: 'set', field: f.field, value: form.value } }
      }
      if (f.type === 'money' || f.type === 'number') {
        const t = form.value.trim()
        const n = Number(t.replace(',', '.'))
        if (t === '' || !Number.isFinite(n)) return { error: `${f.label} must be a number.` }
        if (n < 0) return { error: `${f.label} cannot be negative.` }
        return { op: { kind: 'set', field: f.field, value: n } }
      }
      return { op: { kind: 'set', field: f.field, value: form.value } }
    }
    case 'adjust': {
      const f = field as BulkField
      const parsed = parseAdjustment(form.change)
      if ('error' in parsed) return parsed
      const round = f.type === 'money' ? roundRule(form.round) : undefined
      return { op: { kind: 'adjust', field: f.field, ...parsed, ...(round ? { round } : {}) } }
    }
    case 'replace': {
      if (form.find === '') return { error: 'Enter the text to find.' }
      if (form.regex) {
        try {
          new RegExp(form.find)
        } catch {
          return { error: 'The pattern is not a valid regular expression.' }
        }
      }
      return { op: { kind: 'replace', field: (field as BulkField).field, find: form.find, replace: form.replace, regex: form.regex, caseSensitive: form.caseSensitive } }
    }
    case 'addCategory':
    case 'removeCategory':
      if (form.categoryId === null) return { error: 'Choose a category.' }
      return { op: { kind: form.op, categoryId: form.categoryId } }
    case 'enable':
    case 'disable':
      return { op: { kind: 'enable', enabled: form.op === 'enable' } }
    case 'setStock': {
      const t = form.stock.trim()
      if (t === '') return { op: { kind: 'setStock', quantity: null } }
      if (!/^\d+$/.test(t)) return { error: 'Stock must be a whole number of 0 or more (leave it empty for unlimited).' }
      return { op: { kind: 'setStock', quantity: Number(t) } }
    }
  }
}

/** A sample value as plain text (never markup): empty shows as "(empty)", lists joined. */
export function valueText(v: JsonValue | null, names?: (ids: readonly number[]) => string[]): string {
  if (v === null || v === '') return '(empty)'
  if (typeof v === 'boolean') return v ? 'yes' : 'no'
  if (Array.isArray(v)) {
    if (names && v.every((x) => typeof x === 'number')) return names(v as number[]).join(', ') || '(none)'
    return v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', ') || '(none)'
  }
  return typeof v === 'object' ? JSON.stringify(v) : String(v)
}

/** The grid kind when that grid offers bulk edit (it must also expose its query). */
export function bulkKindOf(kind: string, hasQuery: boolean): GridKind | null {
  return hasQuery && kind in BULK_SPECS && opsOf(BULK_SPECS[kind as GridKind]).length > 0 ? (kind as GridKind) : null
}
