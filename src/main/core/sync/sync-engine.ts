// One sync of one store into its local database: reads latest-stats, then all resources at once, each
// a full walk (first time, on request, or to finish an interrupted one) or an incremental pass. Plain
// Node; every request goes through the store's scheduler at 'background' priority.
import { AppError, isAppError } from '@shared/errors'
import type { LatestStats } from '@shared/model'
import { SYNC_RESOURCES, type SetAsideSummary, type SyncMode, type SyncNote, type SyncOptions, type SyncResource } from '@shared/model/sync'
import type { EcwidApi } from '../ecwid'
import type { LimiterStats } from '../limiter/types'
import type { Db } from '../store/db'
import { ecwidDateSeconds } from '../store/ecwid-dates'
import { countRows, saveProfile } from '../store/entities'
import { clearPages, readSetAside, readSyncState, writeSyncState } from '../store/sync-state-repo'
import { syncOrderStatuses } from './order-statuses'
import { SyncProgress, type ProgressSnapshot } from './progress'
import { applyChanges, deletedHistoryStartMs, fullWalk, startRun, NO_STATS_LOOKBACK_S, type ResourceSyncContext } from './resource-sync'
import { PAGED_RESOURCES, SYNC_ORDER, type PagedResource } from './resources'

export interface SyncContext {
  api: EcwidApi
  db: Db
  signal?: AbortSignal
  now?: () => number
  limiter?: () => LimiterStats
  onProgress?: (p: ProgressSnapshot & { mode: SyncMode }) => void
  /** Pages in flight at once (default 6). */
  concurrency?: number
  /** Minimum ms between progress callbacks (default 250). */
  progressThrottleMs?: number
}

export interface SyncResult {
  mode: SyncMode
  requests: number
  rateLimited: number
  durationMs: number
  counts: Record<SyncResource, number>
  /** Resources the token may not read; they were left out, not failed. */
  skipped: SyncResource[]
  /** Items that could not be stored (every other item synced). */
  setAside: SetAsideSummary[]
  /** What this sync did differently and why: a resource re-read in full, or left out. */
  notes: SyncNote[]
}

/**
 * A latest-stats value read this soon after the change it reports may hide a second change in the
 * same second (Ecwid's dates have 1 s resolution): such a value is not trusted as "unchanged".
 */
export const STAT_SETTLE_MS = 5_000

export async function runSync(ctx: SyncContext, opts: SyncOptions = {}): Promise<SyncResult> {
  const now = ctx.now ?? Date.now
  const signal = ctx.signal ?? new AbortController().signal
  const started = now()
  const before = ctx.api.client.stats()
  const selected = SYNC_ORDER.filter((r) => (opts.resources ?? SYNC_RESOURCES).includes(r))
  const needsFull = (r: SyncResource): boolean => {
    const st = readSyncState(ctx.db, r)
    return opts.full === true || !st.fullDone || st.runId !== null
  }
  const fullSet = new Set(selected.filter(needsFull))
  const mode: SyncMode = fullSet.size > 0 ? 'full' : 'incremental'
  const requests = (): number => ctx.api.client.stats().requests - before.requests
  const progress = new SyncProgress({ emit: (p) => ctx.onProgress?.({ ...p, mode }), requests, limiter: ctx.limiter, now, throttleMs: ctx.progressThrottleMs })
  // Resources run side by side: one that fails stops the others through this signal, and nothing
  // returns before they all settled (no page is written after runSync ends).
  const stop = new AbortController()
  const rctx: ResourceSyncContext = { api: ctx.api, db: ctx.db, signal: AbortSignal.any([signal, stop.signal]), progress, concurrency: ctx.concurrency, now }
  const skipped: SyncResource[] = []
  const notes: SyncNote[] = []
  const tolerate = async (r: SyncResource, fn: () => Promise<void>): Promise<void> => {
    try {
      await fn()
    } catch (e) {
      // A token without this resource's scope syncs the rest; anything else stops the sync.
      if (!isAppError(e) || e.code !== 'SCOPE_MISSING') throw e
      if (skipped.includes(r)) return
      skipped.push(r)
      notes.push({ resource: r, text: skippedNote(r, e.details?.scope) })
    }
  }

  const statsReadAt = now()
  const stats = await readLatestStats(ctx.api, signal)
  const statOf = (r: SyncResource): string | null => stats?.[r === 'profile' ? 'profileUpdated' : PAGED_RESOURCES[r].statKey] ?? null
  const statSeconds = (r: SyncResource): number | null => ecwidDateSeconds(statOf(r))

  // Full walks open their runs first, all at once: each first page tells its total, so the ETA
  // covers every resource from the start.
  const walks = selected.filter((r): r is PagedResource['resource'] => r !== 'profile' && fullSet.has(r))
  await settleAll(walks.map((r) => () => tolerate(r, async () => void (await startRun(rctx, PAGED_RESOURCES[r], statSeconds(r))))), stop, signal)
  for (const r of walks) {
    const st = readSyncState(ctx.db, r)
    if (st.runTotal !== null) progress.plan(r, st.runTotal, 0)
  }

  const finish = (r: SyncResource): void => {
    const stat = statOf(r)
    const cursor = statSeconds(r) ?? Math.floor(statsReadAt / 1000) - NO_STATS_LOOKBACK_S
    writeSyncState(ctx.db, r, { fullDone: true, runId: null, runSince: null, runTotal: null, runDirty: false, cursor, stat, statReadAt: statsReadAt, syncedAt: now() })
    ctx.db.tx(() => clearPages(ctx.db, r))
  }

  // Every resource at once, through the same scheduler: it keeps the request budget and puts
  // interactive requests first, and a small store overlaps its resources' HTTP waits instead of
  // queueing them. SQLite writes stay synchronous per page, so pages never interleave inside a tx.
  const syncOne = async (r: SyncResource): Promise<void> => {
    if (skipped.includes(r)) return
    progress.start(r)
    await tolerate(r, async () => {
      const st = readSyncState(ctx.db, r)
      const stat = statOf(r)
      const unchanged = !fullSet.has(r) && stat !== null && stat === st.stat && st.statReadAt !== null &&
        st.statReadAt - (statSeconds(r) ?? 0) * 1000 >= STAT_SETTLE_MS
      if (r === 'profile') {
        if (!unchanged) {
          saveProfile(ctx.db, await ctx.api.profile.get({ priority: 'background', signal: rctx.signal }), now())
          await syncOrderStatuses(ctx.db, ctx.api, rctx.signal)
        }
        finish(r)
      } else if (fullSet.has(r)) {
        await fullWalk(rctx, PAGED_RESOURCES[r])
        finish(r)
      } else if (!unchanged) {
        const res = PAGED_RESOURCES[r]
        const rewalk = async (why?: string): Promise<void> => {
          if (why) notes.push({ resource: r, text: why })
          await startRun(rctx, res, statSeconds(r))
          await fullWalk(rctx, res)
        }
        const lastSeen = st.syncedAt ?? (st.cursor ?? 0) * 1000
        if (res.deleted === null) {
          // No updatedFrom or deleted log for this resource: a change means reading it again.
          await rewalk()
        } else if (lastSeen < deletedHistoryStartMs(now())) {
          // Deletions since then may have dropped out of Ecwid's 6-month history: only absence shows them.
          await rewalk(`${r}: last synced ${ageText(now() - lastSeen)} ago, longer than the 6 months Ecwid keeps deleted items; did a full walk.`)
        } else {
          const changes = await applyChanges(rctx, res, st.cursor ?? Math.floor(statsReadAt / 1000) - NO_STATS_LOOKBACK_S, 0)
          if (changes.deletedRefused) await rewalk(`${r}: deleted items need read_store_profile; did a full walk.`)
        }
        finish(r)
      } else {
        // Unchanged: keep the stat and its read time (that read proved it settled); only the date moves.
        writeSyncState(ctx.db, r, { syncedAt: now() })
      }
    })
    progress.finish(r)
  }
  await settleAll(selected.map((r) => () => syncOne(r)), stop, signal)

  const after = ctx.api.client.stats()
  return {
    mode,
    requests: after.requests - before.requests,
    rateLimited: after.rateLimited - before.rateLimited,
    durationMs: now() - started,
    counts: localCounts(ctx.db),
    skipped,
    setAside: readSetAside(ctx.db),
    notes
  }
}

function skippedNote(r: SyncResource, scope: unknown): string {
  const lacks = typeof scope === 'string' ? `the token lacks ${scope}` : 'the token lacks its access scope'
  return `${r}: not synced — ${lacks} (Ecwid answered 403); the local copy is left as it was and read-only. The rest synced.`
}

function ageText(ms: number): string {
  const days = Math.floor(ms / 86_400_000)
  return days >= 60 ? `${Math.floor(days / 30)} months` : `${days} days`
}

/**
 * Runs tasks at once and waits for all of them. The first failure aborts the rest (`stop`); the
 * error thrown is the one that started it, not the cancellations it caused, or CANCELLED when the
 * caller's own signal stopped the sync.
 */
async function settleAll(tasks: readonly (() => Promise<void>)[], stop: AbortController, signal: AbortSignal): Promise<void> {
  let first: unknown = null
  await Promise.all(
    tasks.map(async (task) => {
      try {
        await task()
      } catch (e) {
        const cancelled = isAppError(e) && e.code === 'CANCELLED'
        if (first === null || (!cancelled && isAppError(first) && first.code === 'CANCELLED')) first = e
        stop.abort()
      }
    })
  )
  if (signal.aborted) throw new AppError('CANCELLED', 'The sync was cancelled.')
  if (first !== null) throw first
}

export function localCounts(db: Db): Record<SyncResource, number> {
  return {
    products: countRows(db, 'products'),
    categories: countRows(db, 'categories'),
    orders: countRows(db, 'orders'),
    coupons: countRows(db, 'coupons'),
    customers: countRows(db, 'customers'),
    profile: db.get<{ n: number }>('SELECT count(*) AS n FROM profile')?.n ?? 0
  }
}

async function readLatestStats(api: EcwidApi, signal: AbortSignal): Promise<LatestStats | null> {
  try {
    return await api.stats.latest({}, { priority: 'background', signal })
  } catch (e) {
    // Without read_store_profile there is no latest-stats: every resource asks updatedFrom instead.
    if (isAppError(e) && e.code === 'SCOPE_MISSING') return null
    throw e
  }
}
