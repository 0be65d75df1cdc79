// Sync jobs per store for the app: one background sync at a time per store, progress as syncState
// events, cancel, a periodic incremental sync, and online/offline detection from how syncs end.
// Owns each store's open database handle. No electron import; timers never keep the process alive.
import { AppError, isAppError } from '@shared/errors'
import type { ConnectionStatus, SyncState } from '@shared/model/app'
import type { SyncOptions } from '@shared/model/sync'
import type { EcwidApi } from '../ecwid'
import type { EventHub } from '../events'
import type { LimiterStats } from '../limiter/types'
import type { Db } from '../store/db'
import { openLocalCopy } from '../store/local-copy'
import { toStorageError } from '../store/storage-errors'
import { lastSyncedAt } from '../store/sync-state-repo'
import { storeDataDir } from '../stores/local-data'
import { runSync, type SyncResult } from './sync-engine'

export interface SyncServiceDeps {
  dataDir: string
  apiFor(storeId: number): Promise<EcwidApi>
  limiterFor?(storeId: number): LimiterStats
  events: EventHub
  /** Called after a successful sync, e.g. to store lastSyncAt (and resources left out) in the registry. */
  onSynced?(storeId: number, at: number, result: SyncResult): Promise<void>
  now?: () => number
  /** Incremental sync this often while a store is watched (default 5 minutes). */
  intervalMs?: number
  /** While offline, try again this often (default 30 s). */
  retryMs?: number
  concurrency?: number
}

export interface SyncService {
  /** Starts a sync in the background (or joins the running one); resolves once it has started. */
  start(storeId: number, opts?: SyncOptions): void
  /** Runs a sync and resolves with its result (rejects as the sync fails). */
  run(storeId: number, opts?: SyncOptions): Promise<SyncResult>
  cancel(storeId: number): void
  state(storeId: number): SyncState
  /** The store's local database, opened on first use. */
  db(storeId: number): Db
  /** Keeps the store synced: periodic incremental syncs, and retries while offline. True if new. */
  watch(storeId: number): boolean
  /** Stops everything for a store and closes its database (before its data folder is deleted). */
  forget(storeId: number): Promise<void>
  close(): Promise<void>
}

interface Job {
  promise: Promise<SyncResult>
  abort: AbortController
}

export const DEFAULT_SYNC_INTERVAL_MS = 5 * 60_000
export const DEFAULT_OFFLINE_RETRY_MS = 30_000

export function createSyncService(deps: SyncServiceDeps): SyncService {
  const now = deps.now ?? Date.now
  const dbs = new Map<number, Db>()
  const jobs = new Map<number, Job>()
  const states = new Map<number, SyncState>()
  const connection = new Map<number, ConnectionStatus>()
  const watched = new Set<number>()
  const timers = new Map<number, ReturnType<typeof setTimeout>>()
  let closed = false

  /** Why a store's local copy was rebuilt, shown until its next sync finishes. */
  const notices = new Map<number, string>()

  function db(storeId: number): Db {
    let d = dbs.get(storeId)
    if (!d) {
      d = openLocalCopy(storeDataDir(deps.dataDir, storeId), (notice) => notices.set(storeId, notice), now)
      dbs.set(storeId, d)
    }
    return d
  }

  function state(storeId: number): SyncState {
    const s = states.get(storeId)
    if (s) return s
    const at = lastSyncedAt(db(storeId))
    const notice = notices.get(storeId)
    return { storeId, phase: at === null ? 'never' : 'done', lastSyncAt: at, ...(notice ? { message: notice } : {}) }
  }

  function emit(next: SyncState): void {
    states.set(next.storeId, next)
    deps.events.emit('syncState', next)
  }

  function setConnection(storeId: number, status: ConnectionStatus, message?: string): void {
    if (connection.get(storeId) === status) return
    connection.set(storeId, status)
    deps.events.emit('connection', message ? { storeId, status, message } : { storeId, status })
  }

  /** Next periodic run: soon while offline (to notice the network coming back), else every interval. */
  function schedule(storeId: number): void {
    clearTimeout(timers.get(storeId))
    if (!watched.has(storeId) || closed) return
    const offline = connection.get(storeId) === 'offline'
    const delay = offline ? (deps.retryMs ?? DEFAULT_OFFLINE_RETRY_MS) : (deps.intervalMs ?? DEFAULT_SYNC_INTERVAL_MS)
    const next = setTimeout(() => {
      if (!jobs.has(storeId)) run(storeId, {}).catch(() => undefined)
      schedule(storeId)
    }, delay)
    next.unref?.()
    timers.set(storeId, next)
  }

  function run(storeId: number, opts: SyncOptions = {}): Promise<SyncResult> {
    if (closed) return Promise.reject(new AppError('CANCELLED', 'Stockroom is shutting down.'))
    const running = jobs.get(storeId)
    if (running) return running.promise
    const abort = new AbortController()
    const lastSyncAt = state(storeId).lastSyncAt
    const noticeOf = (): { message?: string } => (notices.has(storeId) ? { message: notices.get(storeId) } : {})
    emit({ storeId, phase: 'running', lastSyncAt, done: 0, total: 0, requests: 0, etaMs: null, ...noticeOf() })
    const promise = (async () => {
      try {
        const api = await deps.apiFor(storeId)
        const result = await runSync(
          {
            api,
            db: db(storeId),
            signal: abort.signal,
            now,
            concurrency: deps.concurrency,
            limiter: deps.limiterFor ? () => (deps.limiterFor as (id: number) => LimiterStats)(storeId) : undefined,
            onProgress: (p) => emit({ storeId, phase: 'running', lastSyncAt, mode: p.mode, resource: p.resource, done: p.done, total: p.total, active: p.active, overallDone: p.overall.done, overallTotal: p.overall.total, requests: p.requests, etaMs: p.etaMs, ...noticeOf() })
          },
          opts
        )
        const at = now()
        const rebuilt = notices.has(storeId) ? { message: 'The damaged local copy was set aside and downloaded again.' } : {}
        notices.delete(storeId)
        setConnection(storeId, 'online')
        await deps.onSynced?.(storeId, at, result).catch(() => undefined)
        const extras = { ...(result.setAside.length > 0 ? { setAside: result.setAside } : {}), ...(result.notes.length > 0 ? { notes: result.notes } : {}) }
        emit({ storeId, phase: 'done', lastSyncAt: at, mode: result.mode, requests: result.requests, etaMs: 0, ...rebuilt, ...extras })
        return result
      } catch (caught) {
        // Disk full or a read-only folder while writing: say so instead of "unexpected error".
        const e = toStorageError(caught) ?? caught
        emit(failureState(storeId, lastSyncAt, e))
        if (isAppError(e) && e.code === 'OFFLINE') setConnection(storeId, 'offline', e.message)
        else if (isAppError(e) && e.code === 'AUTH_INVALID') setConnection(storeId, 'auth-invalid', e.message)
        throw e
      } finally {
        jobs.delete(storeId)
        schedule(storeId)
      }
    })()
    jobs.set(storeId, { promise, abort })
    return promise
  }

  return {
    start(storeId, opts) {
      run(storeId, opts).catch(() => undefined) // the outcome travels as syncState/connection events
    },
    run,
    cancel(storeId) {
      jobs.get(storeId)?.abort.abort()
    },
    state,
    db,
    watch(storeId) {
      if (watched.has(storeId) || closed) return false
      watched.add(storeId)
      schedule(storeId)
      return true
    },
    async forget(storeId) {
      watched.delete(storeId)
      clearTimeout(timers.get(storeId))
      timers.delete(storeId)
      const job = jobs.get(storeId)
      job?.abort.abort()
      await job?.promise.catch(() => undefined)
      dbs.get(storeId)?.close()
      dbs.delete(storeId)
      states.delete(storeId)
      connection.delete(storeId)
    },
    async close() {
      closed = true
      watched.clear()
      for (const t of timers.values()) clearTimeout(t)
      timers.clear()
      for (const job of jobs.values()) job.abort.abort()
      await Promise.all([...jobs.values()].map((j) => j.promise.catch(() => undefined)))
      for (const d of dbs.values()) d.close()
      dbs.clear()
    }
  }
}

function failureState(storeId: number, lastSyncAt: number | null, e: unknown): SyncState {
  if (isAppError(e) && e.code === 'CANCELLED') {
    return { storeId, phase: 'idle', lastSyncAt, message: 'Sync cancelled. The next sync continues from where it stopped.' }
  }
  if (isAppError(e) && e.code === 'OFFLINE') {
    return { storeId, phase: 'failed', lastSyncAt, message: 'Offline: showing the local copy.' }
  }
  return { storeId, phase: 'failed', lastSyncAt, message: isAppError(e) ? e.message : 'Unexpected error during sync.' }
}
