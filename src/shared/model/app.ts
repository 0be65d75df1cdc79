// Facts about the running app shown in the UI.
import type { SetAsideSummary, SyncNote } from './sync'

export interface AppInfo {
  name: string
  version: string
  platform: string
  /** Where local data (store list, databases, sessions) is kept. */
  dataDir: string
}

/** Live request-budget figures for one store's token, for the status bar gauge. */
export interface RateLimitState {
  storeId: number
  usedLastMinute: number
  limit: number
  budget: number
  queued: number
  inFlight: number
  pausedUntil: number | null
  blocked: boolean
}

export type ConnectionStatus = 'online' | 'offline' | 'auth-invalid' | 'unknown'

export interface ConnectionState {
  storeId: number
  status: ConnectionStatus
  message?: string
}

export type SyncPhase = 'idle' | 'running' | 'done' | 'failed' | 'never'

export interface SyncState {
  storeId: number
  phase: SyncPhase
  resource?: string
  done?: number
  total?: number
  /** Resources syncing right now (they sync side by side); with several, show the overall figure. */
  active?: string[]
  /** Items done / total over every resource of this sync. */
  overallDone?: number
  overallTotal?: number
  lastSyncAt: number | null
  message?: string
  /** 'full' re-reads everything; 'incremental' fetches what changed since the last sync. */
  mode?: 'full' | 'incremental'
  /** Ecwid requests this sync has used so far. */
  requests?: number
  /** Estimated time left in ms (from the request budget and the pages still to read), or null. */
  etaMs?: number | null
  /** Items the last sync could not store (all others synced). */
  setAside?: SetAsideSummary[]
  /** What the sync did differently and why (e.g. a full re-read of one resource). */
  notes?: SyncNote[]
}
