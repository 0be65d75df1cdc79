// Bulk edit sessions as the renderer and the CLI see them: sessions, staged changes, bulk operations,
// review pages, conflicts and push estimates. Types only; the engine lives in main/core/sessions.
import type { AnyGridQuery } from './grid'
import type { OptionValue, PriceModifierType, ProductOptionType } from './product'

/**
 * Resources a session can edit. 'profile' is the store profile: one entity per store, id = store id.
 * 'variations' are product variations (Ecwid combinations), id = the string "productId/combinationId".
 */
export const SESSION_RESOURCES = ['products', 'coupons', 'orders', 'customers', 'profile', 'variations', 'categories'] as const
export type SessionResource = (typeof SESSION_RESOURCES)[number]

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }

/** An entity id as Ecwid has it, or "new:<uuid>" for an entity staged for creation. */
export type EntityId = number | string

export const SESSION_STATUSES = ['draft', 'pushing', 'applied', 'partial', 'discarded'] as const
export type SessionStatus = (typeof SESSION_STATUSES)[number]

/**
 * A change's life: staged (editable) → pending (part of a push) → sent (request on the wire) →
 * applied | failed; conflict (server moved since the base, waiting for a decision); skipped.
 */
export const CHANGE_STATES = ['staged', 'pending', 'sent', 'applied', 'failed', 'conflict', 'skipped'] as const
export type ChangeState = (typeof CHANGE_STATES)[number]

export type ChangeKind = 'update' | 'create' | 'delete'

export interface SessionSummary {
  id: string
  storeId: number
  name: string
  status: SessionStatus
  active: boolean
  createdAt: number
  updatedAt: number
  /** Set when this session holds the inverse of another one. */
  revertOf: string | null
  pushedAt: number | null
  changeCount: number
  entityCount: number
  counts: Record<ChangeState, number>
  canUndo: boolean
  canRedo: boolean
}

export interface StagedChange {
  id: number
  resource: SessionResource
  entityId: string
  /** A readable name of the entity (product name, coupon code…) for the review. */
  label: string
  kind: ChangeKind
  /** Dot path ("price", "dimensions.length"); "" for a whole-entity create or delete. */
  field: string
  /** The value when the change was staged (absent: the field did not exist). */
  before: JsonValue | null
  after: JsonValue | null
  state: ChangeState
  /** Ecwid's message when the push failed. */
  error: string | null
}

/** One grid cell edit. `value: null` clears a field. */
export interface CellEdit {
  resource: SessionResource
  entityId: EntityId
  field: string
  value: JsonValue
}

export interface StageRejection {
  index: number
  entityId: string
  field: string
  message: string
}

export interface StageResult {
  session: SessionSummary
  staged: number
  rejected: StageRejection[]
}

/** How an adjusted price is rounded: to an ending (.99), to a step (0.05, 1), or to the currency's precision. */
export type RoundRule =
  | { mode: 'ending'; ending: number; direction?: 'nearest' | 'up' | 'down' }
  | { mode: 'step'; step: number; direction?: 'nearest' | 'up' | 'down' }

export type BulkOperation =
  | { kind: 'set'; field: string; value: JsonValue }
  | { kind: 'adjust'; field: string; by: 'amount' | 'percent'; amount: number; round?: RoundRule }
  | { kind: 'replace'; field: string; find: string; replace: string; regex?: boolean; caseSensitive?: boolean }
  | { kind: 'addCategory'; categoryId: number }
  | { kind: 'removeCategory'; categoryId: number }
  | { kind: 'enable'; enabled: boolean }
  | { kind: 'setStock'; quantity: number | null }
  | { kind: 'catalogue'; steps: CatalogueStep[] }

/**
 * One step of a catalogue-structure edit over products (options, variations, categories). Several
 * steps run in order on each product and are staged together: one staging step, one undo.
 */
export type CatalogueStep =
  /** Adds the option with these values to each product that lacks an option of that name. */
  | { kind: 'addOption'; name: string; values: string[]; type?: ProductOptionType; required?: boolean }
  /** Renames a value in place (same position in `choices`); the variations using it follow. */
  | { kind: 'renameOptionValue'; name: string; from: string; to: string }
  /** Removes a value; the variations it would orphan are listed, and deleted with `deleteVariations`. */
  | { kind: 'removeOptionValue'; name: string; value: string; deleteVariations?: boolean }
  /** Appends a value (optionally with its price modifier) to each product's option of that name that lacks it. */
  | { kind: 'addOptionValue'; name: string; value: string; priceModifier?: number; priceModifierType?: PriceModifierType }
  /** Moves a value to a 0-based position among its option's values (past the end: last); the default stays the same value. */
  | { kind: 'moveOptionValue'; name: string; value: string; position: number }
  /** Sets a value's price modifier everywhere it exists: an amount (ABSOLUTE) or a percentage (PERCENT). */
  | { kind: 'setValuePriceModifier'; name: string; value: string; priceModifier: number; priceModifierType: PriceModifierType }
  /** Makes the option required (or not), and optionally its preselected value. */
  | { kind: 'setOptionRequired'; name: string; required: boolean; defaultValue?: string }
  /** Deletes each product's variation with exactly this option selection (order of options ignored). */
  | { kind: 'deleteVariation'; options: OptionValue[] }
  /** One variation per combination of option values that no variation has yet. */
  | { kind: 'generateVariations' }
  | { kind: 'addCategory'; categoryId: number }
  | { kind: 'removeCategory'; categoryId: number }

/** A grid's search and filters without its window: every matching entity, not one page. */
export type SelectionQuery = Omit<AnyGridQuery, 'offset' | 'limit'>

/** Which entities a bulk operation touches: explicit ids, or the grid's search and filters. */
export interface EntitySelection {
  ids?: EntityId[]
  query?: SelectionQuery
  /**
   * Variations only: those whose option selections include every one of these (exact name and
   * value), e.g. [{name: 'Size', value: 'XL'}] for "+10 % on every XL variation".
   */
  variationOptions?: OptionValue[]
  /** Variations only: every variation of these products (the products grid's selected rows). */
  products?: EntityId[]
}

export interface BulkPreview {
  /** Entities the selection matched. */
  matched: number
  /** Entities that would change. */
  entities: number
  /** Cell changes that would be staged. */
  changes: number
  /** Matched but left as they are (already the value, or no value to adjust). */
  unchanged: number
  invalid: { entityId: string; message: string }[]
  /** Catalogue edits: variations a removed option value leaves without a value (kept unless deleted). */
  orphans?: { entityId: string; label: string; deleted: boolean }[]
  sample: { entityId: string; label: string; field: string; before: JsonValue | null; after: JsonValue | null }[]
}

export interface BulkResult extends BulkPreview {
  session: SessionSummary
}

export interface ReviewFilter {
  resource?: SessionResource
  field?: string
  state?: ChangeState
  /** Matches the entity label or id. */
  search?: string
  offset?: number
  limit?: number
}

export interface ReviewPage {
  total: number
  offset: number
  rows: StagedChange[]
  byResource: Partial<Record<SessionResource, number>>
  byField: Record<string, number>
}

export type ConflictResolution = 'mine' | 'theirs' | 'skip'

export interface Conflict {
  changeId: number
  resource: SessionResource
  entityId: string
  label: string
  field: string
  base: JsonValue | null
  theirs: JsonValue | null
  mine: JsonValue | null
}

export interface PushEstimate {
  changes: number
  entities: number
  batchRequests: number
  singleCalls: number
  /** Status polls and conflict-check reads, estimated. */
  otherRequests: number
  totalRequests: number
  /** Ecwid's own time for the batches, one after another (FIFO): part of `seconds`. */
  queueSeconds: number
  seconds: number
  /** "312 changes → 4 batch requests + 9 single calls → about 40 s at the 600/min budget". */
  text: string
}

export interface PushResult {
  applied: number
  failed: number
  conflicts: number
  skipped: number
  requests: number
  rateLimited: number
  durationMs: number
  state: 'done' | 'cancelled' | 'failed'
  message?: string
}

export interface HistoryEntry {
  session: SessionSummary
  pushes: { startedAt: number; finishedAt: number | null; applied: number; failed: number; conflicts: number; requests: number }[]
}
