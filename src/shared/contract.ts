// THE typed IPC contract: the whole renderer <-> main surface. The preload exposes exactly this as
// window.stockroom, main binds exactly this, the renderer imports only the types. No token ever
// appears in a return type or an event payload.
import type { AppInfo, ConnectionState, RateLimitState, SyncState } from './model/app'
import type { StoreSummary } from './model/store'
import type {
  CouponQuery, CouponRow, CustomerQuery, CustomerRow, GridResource, OrderQuery, OrderRow, Page, ProductQuery, ProductRank, ProductRow
} from './model/grid'
import type { SyncOptions } from './model/sync'
import type { CategoryNode, CategoryOption } from './model/category'
import type { DuplicateResult, ProductDeletePreview } from './model/product-crud'
import type { FormatsAndUnits, StoreProfile } from './model/profile'
import type { CouponCodesRequest, CouponCodesResult } from './model/coupon-codes'
import type { JobId, JobProgress } from './model/job'
import type { ChangeHistoryFilter, ChangeHistoryPage, ChangeHistoryQuery } from './model/change-history'
import type { ImageFileChoice, ImageUrlCheck } from './model/product-images'
import type { CsvExportRequest, CsvExportResult, CsvFileChoice, CsvImportPlan, CsvImportPreview, CsvImportRequest, CsvImportResult, CsvInspection, CsvReadRequest } from './model/csv'
import type {
  BulkOperation, BulkPreview, BulkResult, CellEdit, Conflict, ConflictResolution, EntityId, EntitySelection, HistoryEntry,
  JsonValue, PushEstimate, ReviewFilter, ReviewPage, SelectionQuery, SessionResource, SessionSummary, StageResult
} from './model/session'

export interface ConnectStoreInput {
  storeId: number
  /** A secret_… or public_… token from the Ecwid app's Details page. */
  token: string
  label?: string
}

export interface StockroomApi {
  /** Name, version, platform and data folder of the running app. */
  getAppInfo(): Promise<AppInfo>
  /** Stores known on this machine, demo store included; never includes tokens. */
  listStores(): Promise<StoreSummary[]>
  /** Starts the local demo store (sandbox server in-process) if needed and returns its summary. */
  openDemoStore(): Promise<StoreSummary>
  /**
   * Validates a token against Ecwid (one profile call, then harmless scope probes) and only then
   * saves it to the OS keychain. The token goes in; nothing returned ever contains it.
   */
  connectStore(input: ConnectStoreInput): Promise<StoreSummary>
  /** Changes the label shown for a store on this computer. */
  renameStore(storeId: number, label: string): Promise<StoreSummary>
  /** Forgets a store: deletes its keychain entry and, when asked, its local data. */
  removeStore(storeId: number, options: { deleteLocalData: boolean }): Promise<void>
  /** Current request-budget figures for a store's token (the status bar gauge). */
  getRateLimit(storeId: number): Promise<RateLimitState>
  /**
   * Starts syncing the store into its local copy in the background and returns at once; progress
   * and the outcome arrive as syncState (and connection) events. The first sync is full, later ones
   * fetch only what changed. Joins the running sync if there is one.
   */
  syncStore(storeId: number, options: SyncOptions): Promise<void>
  /** Stops the running sync; what it wrote stays, and the next sync continues from there. */
  cancelSync(storeId: number): Promise<void>
  /** The store's sync state now (phase, progress, last sync time); also starts periodic syncing. */
  getSyncState(storeId: number): Promise<SyncState>
  /** A window of products from the local copy (works offline): filters, full-text search, sort. */
  queryProducts(storeId: number, q: ProductQuery): Promise<Page<ProductRow>>
  /**
   * Where these products stand in the query's order, with their variation counts (the grid's
   * variation child rows); ids null: every matching product that has variations. The window is ignored.
   */
  rankProducts(storeId: number, q: ProductQuery, ids: number[] | null): Promise<ProductRank[]>
  /** Keys of every row the search and filters match (no window), in the query's order: "accept what is shown". */
  queryKeys(storeId: number, resource: GridResource, q: SelectionQuery): Promise<EntityId[]>
  /** A window of orders from the local copy. */
  queryOrders(storeId: number, q: OrderQuery): Promise<Page<OrderRow>>
  /** A window of discount coupons from the local copy. */
  queryCoupons(storeId: number, q: CouponQuery): Promise<Page<CouponRow>>
  /** A window of customers from the local copy. */
  queryCustomers(storeId: number, q: CustomerQuery): Promise<Page<CustomerRow>>
  /** The store's money, weight and date formats from the local profile; null before its first sync. */
  getStoreFormats(storeId: number): Promise<FormatsAndUnits | null>
  /** Categories from the local copy with their paths ("Clothes / Shirts"), for pickers and filters. */
  listCategories(storeId: number): Promise<CategoryOption[]>
  /** The category tree from the local copy with product counts, for the Categories screen; edits go through stageEdits with resource 'categories'. */
  listCategoryTree(storeId: number): Promise<CategoryNode[]>
  /** One entity's full Ecwid JSON from the local copy (detail panels, descriptions), or null. */
  getEntityJson(storeId: number, resource: GridResource, id: number | string): Promise<JsonValue | null>
  /** The store profile from the local copy (null before the first sync brought it); edits go through stageEdits with resource 'profile'. */
  getProfile(storeId: number): Promise<StoreProfile | null>
  // Bulk edit sessions (core/sessions). Nothing reaches Ecwid until a session is pushed.
  /** Sessions of a store, newest first (discarded ones left out). */
  listSessions(storeId: number): Promise<SessionSummary[]>
  /** A new, empty session; names are unique per store (case-insensitive). */
  createSession(storeId: number, name: string): Promise<SessionSummary>
  renameSession(storeId: number, sessionId: string, name: string): Promise<SessionSummary>
  /** Drops a draft session; a pushed one stays in history, only its unsent changes go. */
  discardSession(storeId: number, sessionId: string): Promise<void>
  /** The session grid edits go into, or null. */
  getActiveSession(storeId: number): Promise<SessionSummary | null>
  setActiveSession(storeId: number, sessionId: string | null): Promise<SessionSummary | null>
  /** Validates and stages cell edits (collapsing edits of a cell; back to base removes it); one undo step. */
  stageEdits(storeId: number, sessionId: string, edits: CellEdit[]): Promise<StageResult>
  /** Stages a new entity; its id is "new:<uuid>" until the push creates it. */
  stageCreate(storeId: number, sessionId: string, resource: SessionResource, fields: Record<string, JsonValue>): Promise<{ session: SessionSummary; entityId: string }>
  /** Stages N new coupons with random codes unique against the store and the session; one undo step. */
  stageCouponCodes(storeId: number, sessionId: string, request: CouponCodesRequest): Promise<CouponCodesResult & { session: SessionSummary }>
  stageDeletes(storeId: number, sessionId: string, resource: SessionResource, ids: EntityId[]): Promise<SessionSummary>
  /** Stages a copy of each product ("… (copy)", a free SKU) with its options, categories and variations; one undo step. */
  stageDuplicates(storeId: number, sessionId: string, productIds: number[]): Promise<DuplicateResult & { session: SessionSummary }>
  /** What deleting these products takes with it (their variations and images), for the confirm dialog. */
  previewProductDeletes(storeId: number, productIds: number[]): Promise<ProductDeletePreview>
  /** Undo / redo the last staging step of a session (persisted across restarts). */
  undoSession(storeId: number, sessionId: string): Promise<SessionSummary>
  redoSession(storeId: number, sessionId: string): Promise<SessionSummary>
  /** What a bulk operation would change, without staging anything. */
  previewBulk(storeId: number, sessionId: string, resource: SessionResource, selection: EntitySelection, op: BulkOperation): Promise<BulkPreview>
  /** Stages a bulk operation as ordinary changes (one undo step). */
  applyBulk(storeId: number, sessionId: string, resource: SessionResource, selection: EntitySelection, op: BulkOperation): Promise<BulkResult>
  /** One page of the diff (entity, field, before → after) with counts by resource and field. */
  reviewSession(storeId: number, sessionId: string, filter: ReviewFilter): Promise<ReviewPage>
  /** Discards single staged changes (one undo step). */
  discardChanges(storeId: number, sessionId: string, changeIds: number[]): Promise<SessionSummary>
  /** Re-reads touched entities from Ecwid now and lists three-way conflicts (a push does this too). */
  checkConflicts(storeId: number, sessionId: string): Promise<Conflict[]>
  listConflicts(storeId: number, sessionId: string): Promise<Conflict[]>
  /** Keep mine / take theirs / skip, for the given changes or all of them. */
  resolveConflicts(storeId: number, sessionId: string, changeIds: number[] | 'all', resolution: ConflictResolution): Promise<SessionSummary>
  /** "N changes → B batch requests + S single calls → about T s at the 600/min budget". */
  estimatePush(storeId: number, sessionId: string): Promise<PushEstimate>
  /** Starts (or resumes) pushing in the background; progress arrives as jobProgress events. */
  pushSession(storeId: number, sessionId: string): Promise<JobId>
  /** Pushes the failed changes again. */
  retryFailed(storeId: number, sessionId: string): Promise<JobId>
  /** A running job's progress, or null once it finished. */
  getJob(jobId: JobId): Promise<JobProgress | null>
  pauseJob(jobId: JobId): Promise<JobProgress>
  resumeJob(jobId: JobId): Promise<JobProgress>
  /** Stops a push; what was sent stays journaled and the next push resumes from there. */
  cancelJob(jobId: JobId): Promise<JobProgress>
  /** A new draft session holding the inverse of an applied session, for review and push. */
  revertSession(storeId: number, sessionId: string): Promise<SessionSummary>
  /** Pushed sessions with when, what and their results. */
  listHistory(storeId: number): Promise<HistoryEntry[]>
  /** The history (all, or one session) as CSV text, safe to open in a spreadsheet. */
  exportHistoryCsv(storeId: number, sessionId: string | null): Promise<string>
  /** Every change of every session of the store (drafts, pushes, reverts, imports), newest first. */
  searchChangeHistory(storeId: number, query: ChangeHistoryQuery): Promise<ChangeHistoryPage>
  /** All changes matching the filter as CSV text, safe to open in a spreadsheet. Works offline. */
  exportChangeHistory(storeId: number, filter: ChangeHistoryFilter): Promise<string>
  // CSV import and export (core/csv). Files are chosen in main's dialogs; an import only creates a session.
  /** Main's open dialog; the chosen file comes back as an opaque token (null when cancelled). */
  chooseCsvFile(): Promise<CsvFileChoice | null>
  /** Main's open dialog for an image to upload; main keeps a checked copy and answers a token (null when cancelled). */
  chooseImageFile(): Promise<ImageFileChoice | null>
  /** Checks image addresses as Ecwid would fetch them: reachable, an image, at most 20 MB. */
  checkImageUrls(urls: string[]): Promise<ImageUrlCheck[]>
  /** Main's save dialog, then the export from the local copy (whole resource or a grid view); null when cancelled. */
  exportCsv(storeId: number, request: CsvExportRequest): Promise<CsvExportResult | null>
  /** Detected encoding and delimiter, headers, the automatic (or remembered) mapping and sample rows. */
  inspectCsv(storeId: number, request: CsvReadRequest): Promise<CsvInspection>
  /** The validation report and the planned changes as a diff against the local copy; writes nothing. */
  planCsvImport(storeId: number, request: CsvReadRequest): Promise<CsvImportPlan>
  /** The plan with every planned change, for the grid's import preview layer; writes nothing. */
  previewCsvImport(storeId: number, request: CsvReadRequest): Promise<CsvImportPreview>
  /** Stages the file's changes into a new session named by the user (never writes to Ecwid). */
  importCsv(storeId: number, request: CsvImportRequest): Promise<CsvImportResult>
}

/** Events flowing main -> renderer: event name -> payload. */
export interface StockroomEvents {
  rateLimit: RateLimitState
  connection: ConnectionState
  syncState: SyncState
  jobProgress: JobProgress
}

export type EventName = keyof StockroomEvents

export const API_METHODS = [
  'getAppInfo',
  'listStores',
  'openDemoStore',
  'connectStore',
  'renameStore',
  'removeStore',
  'getRateLimit',
  'syncStore',
  'cancelSync',
  'getSyncState',
  'queryProducts',
  'rankProducts',
  'queryKeys',
  'queryOrders',
  'queryCoupons',
  'queryCustomers',
  'getStoreFormats',
  'listCategories',
  'listCategoryTree',
  'getEntityJson',
  'getProfile',
  'listSessions',
  'createSession',
  'renameSession',
  'discardSession',
  'getActiveSession',
  'setActiveSession',
  'stageEdits',
  'stageCreate',
  'stageCouponCodes',
  'stageDeletes',
  'stageDuplicates',
  'previewProductDeletes',
  'undoSession',
  'redoSession',
  'previewBulk',
  'applyBulk',
  'reviewSession',
  'discardChanges',
  'checkConflicts',
  'listConflicts',
  'resolveConflicts',
  'estimatePush',
  'pushSession',
  'retryFailed',
  'getJob',
  'pauseJob',
  'resumeJob',
  'cancelJob',
  'revertSession',
  'listHistory',
  'exportHistoryCsv',
  'searchChangeHistory',
  'exportChangeHistory',
  'chooseCsvFile',
  'exportCsv',
  'inspectCsv',
  'planCsvImport',
  'previewCsvImport',
  'importCsv',
  'chooseImageFile',
  'checkImageUrls'
] as const satisfies readonly (keyof StockroomApi)[]

export const EVENT_NAMES = ['rateLimit', 'connection', 'syncState', 'jobProgress'] as const satisfies readonly EventName[]

export type ApiMethod = (typeof API_METHODS)[number]

// Compile-time guards: a method or event in the interface but missing from its list is an error.
type MissingMethod = Exclude<keyof StockroomApi, ApiMethod>
type MissingEvent = Exclude<EventName, (typeof EVENT_NAMES)[number]>
export const _apiComplete: [MissingMethod] extends [never] ? true : never = true
export const _eventsComplete: [MissingEvent] extends [never] ? true : never = true

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (API_METHODS as readonly string[]).includes(name)
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name)
}

/** The renderer's view: the API plus a typed event subscription. */
export interface StockroomEventSource {
  on<E extends EventName>(event: E, listener: (payload: StockroomEvents[E]) => void): () => void
}
