// THE typed IPC contract: the whole renderer <-> main surface. The preload exposes exactly this as
// window.stockroom, main binds exactly this, the renderer imports only the types. No token ever
// appears in a return type or an event payload.
import type { AppInfo, ConnectionState, RateLimitState, SyncState } from './model/app'
import type { StoreSummary } from './model/store'

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
}

/** Events flowing main -> renderer: event name -> payload. */
export interface StockroomEvents {
  rateLimit: RateLimitState
  connection: ConnectionState
  syncState: SyncState
}

export type EventName = keyof StockroomEvents

export const API_METHODS = [
  'getAppInfo',
  'listStores',
  'openDemoStore',
  'connectStore',
  'renameStore',
  'removeStore',
  'getRateLimit'
] as const satisfies readonly (keyof StockroomApi)[]

export const EVENT_NAMES = ['rateLimit', 'connection', 'syncState'] as const satisfies readonly EventName[]

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
