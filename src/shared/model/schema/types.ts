// What a field descriptor says: one entry per field of an Ecwid resource, read by the grid, CSV,
// staging validation, local store and sandbox so that a field is described once (issue 15).
// Pure data types; no logic here beyond the helpers at the bottom.
import type { JsonValue } from '../session'

/** What a value is. `money` follows the store's currency precision; `ids` is a list of integer ids. */
export type FieldType = 'money' | 'integer' | 'number' | 'text' | 'html' | 'enum' | 'date' | 'boolean' | 'list' | 'ids' | 'nested'

/**
 * editable: sent on create and update. create-only: sent on create only. read-only: Ecwid sets it
 * (ids, timestamps, computed flags). ecwid-only: Ecwid has it but Stockroom neither shows nor edits it.
 */
export type Editability = 'editable' | 'create-only' | 'read-only' | 'ecwid-only'

/** What a cleared cell does: send Ecwid's documented "none" value, or refuse with what to do instead. */
export type ClearRule =
  /** Clearing stages and sends this value. */
  | { send: JsonValue; doc: string }
  /** Clearing is refused with this message (Ecwid has no way to remove the value). */
  | { refuse: string; doc: string }

/** Filter kinds of the grids' query language (shared/model/grid.ts reads this as ColumnKind). */
export type FilterKind = 'text' | 'number' | 'date' | 'enum' | 'boolean'

export interface ValidationRules {
  required?: boolean
  /** Text: most characters; number: largest value. */
  max?: number
  min?: number
  /** A value no other entity of the resource may hold (SKU, coupon code). */
  unique?: boolean
  /** Enum: what the merchant is told when a value outside `values` is refused. */
  why?: string
}

export interface GridDefaults {
  title: string
  width: number
  /** How the cell is shown; default follows the field type. */
  format?: 'money' | 'weight' | 'date'
  /** The filter the column offers; absent: not filterable. */
  filter?: FilterKind
  /** Editable in the grid (default: when the field is editable). */
  editable?: boolean
  /** Bulk-edit operations offered on the field, in the dialog's order (smaller first). */
  bulk?: { set?: number; adjust?: number; replace?: number }
}

export interface CsvNames {
  /** Stockroom's flat format: its header and the spellings automatic mapping also accepts. */
  flat?: { header: string; synonyms?: readonly string[]; identity?: 'id' | 'sku' | 'code' }
  /** Ecwid's own import/export header; `negate` for a boolean Ecwid stores inverted. */
  ecwid?: { header: string; field?: string; negate?: boolean }
}

export interface FieldDescriptor {
  /** Dot path in Ecwid's REST API v3 JSON, which is also the session's field name. */
  path: string
  type: FieldType
  edit: Editability
  /** Merchant-facing label (CSV, dialogs). */
  label: string
  /** Name used in validation messages, when it is not the path (kept as the messages always were). */
  say?: string
  values?: readonly string[]
  clear?: ClearRule
  validate?: ValidationRules
  grid?: GridDefaults
  csv?: CsvNames
  /** Column in the local store's table; `indexed` when a migration gives it an index. */
  store?: { column: string; indexed: boolean }
  /** Also a field of a product's combinations (PUT /products/{id}/combinations/{cid}). */
  variation?: boolean
  /** false: not in Ecwid's documented request body; the sandbox ignores it as Ecwid ignores unknown fields. */
  ecwidApi?: false
  /** Why a layer handles it by hand (e.g. quantity is blank when stock is unlimited). */
  special?: string
}

export type FieldTable = Readonly<Record<string, FieldDescriptor>>

/** Fields in declaration order, optionally only those a predicate keeps. */
export function fieldsOf(table: FieldTable, keep: (f: FieldDescriptor) => boolean = () => true): FieldDescriptor[] {
  return Object.values(table).filter(keep)
}

export const isWritable = (f: FieldDescriptor): boolean => f.edit === 'editable' || f.edit === 'create-only'
