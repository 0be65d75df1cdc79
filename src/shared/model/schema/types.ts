// What a field descriptor says: one entry per field of an Ecwid resource, read by the grid, CSV,
// staging validation, local store and sandbox so that a field is described once (issue 15).
// Pure data types; no logic here beyond the helpers at the bottom.
import type { JsonValue } from '../session'

/** What a value is. `money` follows the store's currency precision; `ids` is a list of integer ids. */
export type FieldType = 'money' | 'integer' | 'number' | 'text' | 'html' | 'email' | 'enum' | 'date' | 'boolean' | 'list' | 'ids' | 'nested'

/**
 * editable: sent on create and update. create-only: sent on create only. read-only: Ecwid sets it
 * (ids, timestamps, computed flags). ecwid-only: Ecwid's API takes it but Stockroom's grids and
 * staging rules leave it alone; a flat CSV column for it still passes the value on (an order's
 * addresses) unless the column is readOnly.
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
  /** Enum: the values a write may send when Ecwid sets the others itself (coupon status). */
  settable?: readonly string[]
  /**
   * Enum: the values every store has; the others (order statuses' custom slots) only once a store
   * enables them, which staging checks against the store (sessions/validate.ts) and the sandbox too.
   */
  builtIn?: readonly string[]
  /** A create must carry it: Ecwid's POST refuses a body without it. */
  onCreate?: true
}

export interface GridDefaults {
  /** The row's and column's name when it is not the path (orders' `created` for createDate). */
  key?: string
  title: string
  width: number
  /** How the cell is shown (date: with the time, day: without); default follows the field type. */
  format?: 'money' | 'weight' | 'date' | 'day'
  /** The filter the column offers; absent: not filterable. */
  filter?: FilterKind
  /** Editable in the grid (default: when the field is editable). */
  editable?: boolean
  /** Bulk-edit operations offered on the field, in the dialog's order (smaller first). */
  bulk?: { set?: number; adjust?: number; replace?: number; label?: string }
  /** A column of a product's variations grid too (narrower panel; `say` names it in error lines). */
  variation?: { title: string; width: number; say?: string }
}

export interface CsvNames {
  /** Stockroom's flat format: its header and the spellings automatic mapping also accepts. */
  flat?: {
    header: string
    synonyms?: readonly string[]
    identity?: 'id' | 'sku' | 'code' | 'orderNumber'
    /** Exported but never imported, though the API takes the field (an order's totals). */
    readOnly?: true
  }
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
  /**
   * Column in the local store's table; `indexed` when a migration gives it an index. Without one, a
   * grid field is read (shown, filtered, sorted) from the entity's stored JSON: no migration needed. `variationColumn`:
   * its column in product_variations (a variation field without one is read from the variation's JSON).
   * `missing`: what the column holds when Ecwid omits the field (else null, or '' for text).
   */
  /** naturalSort: sorted as people read it, through a key column `<column>_key` (store/natural-key.ts). */
  store?: { column: string; indexed: boolean; variationColumn?: string; missing?: number | string; naturalSort?: true }
  /** Ecwid sends it on every entity: required in the wire and row types (others are optional/null). */
  always?: true
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

/** A field Ecwid's API takes and Stockroom's grids and staging leave alone: its path, type and label say it all. */
export const ecwidOnly = <P extends string, T extends FieldType>(path: P, type: T, label: string): { path: P; type: T; edit: 'ecwid-only'; label: string } =>
  ({ path, type, edit: 'ecwid-only', label })

/** The field's name in grid rows, columns, filters and sorts. */
export const gridKeyOf = (f: FieldDescriptor): string => f.grid?.key ?? f.path

export const isWritable = (f: FieldDescriptor): boolean => f.edit === 'editable' || f.edit === 'create-only'

// Types that flow from a descriptor table, as the contract's types flow from API_METHODS.

type ScalarOf<D> = D extends { type: 'money' | 'integer' | 'number' } ? number
  : D extends { type: 'boolean' } ? boolean
    : D extends { type: 'enum'; values: readonly (infer V extends string)[] } ? V
      : D extends { type: 'text' | 'html' | 'email' | 'date' | 'enum' } ? string
        : D extends { type: 'ids' } ? number[]
          : never

/** Top-level fields (no dot in the path) whose JSON value is a scalar or an id list. */
type WireKeys<T extends FieldTable> = {
  [K in keyof T & string]: K extends `${string}.${string}` ? never : ScalarOf<T[K]> extends never ? never : K
}[keyof T & string]
type AlwaysKeys<T extends FieldTable, K extends keyof T> = { [P in K]: T[P] extends { always: true } ? P : never }[K]

/** An entity as Ecwid sends it, for the descriptor's scalar fields: `always` required, others optional. */
export type WireFields<T extends FieldTable> = { [K in AlwaysKeys<T, WireKeys<T>>]: ScalarOf<T[K]> } & {
  [K in Exclude<WireKeys<T>, AlwaysKeys<T, WireKeys<T>>>]?: ScalarOf<T[K]>
}

/** The same for a product's combinations: only fields marked `variation`, all optional. */
export type VariationWireFields<T extends FieldTable> = {
  [K in WireKeys<T> as T[K] extends { variation: true } ? K : never]?: ScalarOf<T[K]>
}

/** A row cell: enums as text (a store may add its own values), never null when Ecwid always sends it. */
type RowScalarOf<D> = D extends { type: 'enum' } ? string : ScalarOf<D>
/** Dates as epoch milliseconds, null when absent; others null unless always sent or stored with a default. */
type CellOf<D> = D extends { type: 'date' } ? number | null
  : D extends { always: true } | { store: { missing: number | string } } ? RowScalarOf<D> : RowScalarOf<D> | null

type GridKeys<T extends FieldTable> = { [K in keyof T & string]: T[K] extends { grid: object } ? K : never }[keyof T & string]
type ColumnKeys<T extends FieldTable> = { [K in GridKeys<T>]: T[K] extends { store: object } ? K : never }[GridKeys<T>]
/** A field's row name: grid.key when it has one, else its table key (its path). */
export type RowKeyOf<D, K extends string> = D extends { grid: { key: infer G extends string } } ? G : K

/**
 * A grid row's fields: every field with grid defaults, named by its path. Those with a store column
 * are required; those read from the entity's stored JSON are optional, so that adding one to the
 * descriptor does not force every hand-built row (test fixtures) to change; readers take absent as empty.
 */
export type StoreRowFields<T extends FieldTable> = { -readonly [K in ColumnKeys<T> as RowKeyOf<T[K], K>]: CellOf<T[K]> } & {
  -readonly [K in Exclude<GridKeys<T>, ColumnKeys<T>> as RowKeyOf<T[K], K>]?: CellOf<T[K]>
}

/** A variations-grid row's fields: those with `grid.variation`, always nullable but text and booleans. */
export type VariationRowFields<T extends FieldTable> = {
  -readonly [K in keyof T & string as T[K] extends { grid: { variation: object } } ? K : never]:
    T[K] extends { type: 'text' | 'boolean' } ? ScalarOf<T[K]> : ScalarOf<T[K]> | null
}

/** Fields a create must carry (validate.onCreate), in declaration order. */
export const requiredOnCreate = (table: FieldTable): string[] => fieldsOf(table, (f) => f.validate?.onCreate === true).map((f) => f.path)
