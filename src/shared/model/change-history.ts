// The store-wide change history: every change of every session (drafts, pushes, reverts, imports),
// searchable by entry, SKU / coupon code and field. Types only; the query lives in main/core/sessions.
import type { ChangeKind, ChangeState, EntityId, JsonValue, SessionResource, SessionStatus } from './session'

export const CHANGE_HISTORY_MAX_LIMIT = 500

/** What to find; every part is optional and they combine with AND. */
export interface ChangeHistoryFilter {
  /** Matches the entry's name, SKU / coupon code, id, field name, or an old/new SKU or code. */
  text?: string
  resource?: SessionResource
  entityId?: EntityId
  /** Epoch ms, inclusive, against the time the change was staged or last moved (sent, applied…). */
  from?: number
  to?: number
  states?: ChangeState[]
}

export interface ChangeHistoryQuery extends ChangeHistoryFilter {
  offset: number
  /** At most CHANGE_HISTORY_MAX_LIMIT. */
  limit: number
}

export interface ChangeHistoryRow {
  changeId: number
  sessionId: string
  sessionName: string
  sessionStatus: SessionStatus
  /** When the change was staged, or when it last changed state (applied, failed…). */
  at: number
  resource: SessionResource
  entityId: string
  entityLabel: string
  /** SKU / coupon code ('' when unknown). */
  code: string
  kind: ChangeKind
  field: string
  before: JsonValue | null
  after: JsonValue | null
  state: ChangeState
  error?: string
}

export interface ChangeHistoryPage {
  total: number
  rows: ChangeHistoryRow[]
}
