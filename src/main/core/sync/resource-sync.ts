// Full and incremental sync of one paged resource. A full walk is resumable: every page is written
// in one transaction with its "page done" mark, so a killed sync continues where it stopped.
import { isAppError } from '@shared/errors'
import type { EcwidApi } from '../ecwid'
import type { Db } from '../store/db'
import { countRows, deleteByIds, refreshCategoryNames, sweepUnseen } from '../store/entities'
import { clearPages, clearSetAside, donePages, markPageDone, readSyncState, writeSyncState, type ResourceSyncState } from '../store/sync-state-repo'
import type { SyncProgress } from './progress'
import type { PagedResource } from './resources'
import { walkPages } from './walk-pages'

export interface ResourceSyncContext {
  api: EcwidApi
  db: Db
  signal: AbortSignal
  progress: SyncProgress
  concurrency?: number
  now(): number
}

/** Without latest-stats (token lacks read_store_profile), look back this far to cover clock skew. */
export const NO_STATS_LOOKBACK_S = 300

/**
 * Ecwid keeps deleted-items history for 6 months only
 * (https://api-docs.ecwid.com/reference/get-deleted-items-history). A day of margin covers clock
 * skew and Ecwid's reading of "6 months".
 */
export const DELETED_HISTORY_MONTHS = 6
const HISTORY_MARGIN_MS = 24 * 3600_000

/** The oldest moment (epoch ms) whose deletions Ecwid still reports at `nowMs`, with the margin. */
export function deletedHistoryStartMs(nowMs: number): number {
  const d = new Date(nowMs)
  d.setUTCMonth(d.getUTCMonth() - DELETED_HISTORY_MONTHS)
  return d.getTime() + HISTORY_MARGIN_MS
}

/** What an incremental pass did; `deletedRefused`: the deleted-items log was refused (missing scope). */
export interface ChangesResult {
  changed: number
  deletedRefused: boolean
}

/** Opens a full walk (or finds the interrupted one) and reads its first page, to learn the total. */
export async function startRun(ctx: ResourceSyncContext, r: PagedResource, since: number | null): Promise<ResourceSyncState> {
  const { db } = ctx
  let st = readSyncState(db, r.resource)
  if (st.runId === null) {
    const runId = ctx.now()
    db.tx(() => {
      clearPages(db, r.resource)
      clearSetAside(db, r.resource)
      writeSyncState(db, r.resource, { runId, runSince: since ?? Math.floor(ctx.now() / 1000) - NO_STATS_LOOKBACK_S, runTotal: null, runDirty: false })
    })
    st = readSyncState(db, r.resource)
  }
  if (st.runTotal === null) {
    const first = await r.fetchPage(ctx.api, 0, 100, undefined, ctx.signal)
    writePage(ctx, r, st.runId as number, 0, first.items, first.items.length >= Math.min(100, first.total), first.total)
    st = readSyncState(db, r.resource)
  }
  return st
}

function writePage(ctx: ResourceSyncContext, r: PagedResource, run: number, page: number, items: unknown[], complete: boolean, total: number): void {
  const { db } = ctx
  db.tx(() => {
    const before = readSyncState(db, r.resource).runTotal
    r.write(db, items, run)
    if (complete) markPageDone(db, r.resource, page)
    // A total that moved between pages means shifted offsets: remember it across restarts.
    writeSyncState(db, r.resource, before !== null && before !== total ? { runTotal: total, runDirty: true } : { runTotal: total })
  })
  ctx.progress.advance(r.resource, items.length, total)
}

/**
 * Walks every page of the run, catches up with what changed meanwhile, drops rows the walk proved
 * gone, and checks the local count against Ecwid's. A mismatch (an insert and a delete cancelled
 * out in `total`, so an item slipped between pages) earns one fresh walk.
 */
export async function fullWalk(ctx: ResourceSyncContext, r: PagedResource): Promise<void> {
  const { db, api } = ctx
  for (let pass = 0; ; pass++) {
    const st = readSyncState(db, r.resource)
    const runId = st.runId as number
    const skip = donePages(db, r.resource)
    ctx.progress.plan(r.resource, st.runTotal ?? 0, Math.min(st.runTotal ?? 0, skip.size * 100))
    await walkPages({
      fetchPage: (offset, limit, signal) => r.fetchPage(api, offset, limit, undefined, signal),
      onPage: (page, items, complete, total) => writePage(ctx, r, runId, page, items, complete, total),
      skip,
      total: st.runTotal ?? undefined,
      concurrency: ctx.concurrency,
      signal: ctx.signal
    })
    // A refused deleted-items log costs nothing here: the sweep below finds deletions by absence.
    if (r.deleted) await applyChanges(ctx, r, st.runSince as number, runId)
    const dirty = readSyncState(db, r.resource).runDirty
    if (!dirty) sweepUnseen(db, r.table, runId)
    if (r.resource === 'categories') refreshCategoryNames(db)
    const server = (await r.fetchPage(api, 0, 1, undefined, ctx.signal)).total
    if (countRows(db, r.table) === server || pass >= 1) return
    db.tx(() => {
      clearPages(db, r.resource)
      writeSyncState(db, r.resource, { runDirty: false })
    })
  }
}

/**
 * Items updated since `since` (unix s), then the deleted-items log from the same time. A token
 * without the log's scope (read_store_profile) gets its updates written and `deletedRefused`: the
 * caller must find deletions another way (a full walk, by absence).
 */
export async function applyChanges(ctx: ResourceSyncContext, r: PagedResource, since: number, run: number): Promise<ChangesResult> {
  const { db, api } = ctx
  let changed = 0
  await walkPages({
    fetchPage: (offset, limit, signal) => r.fetchPage(api, offset, limit, since, signal),
    onPage: (_page, items) => {
      r.write(db, items, run)
      changed += items.length
    },
    concurrency: ctx.concurrency,
    signal: ctx.signal
  })
  if (!r.deleted) return { changed, deletedRefused: false }
  try {
    const log = api.stats.deletedAll(r.deleted, { from_date: since }, { priority: 'background', signal: ctx.signal })
    for await (const page of log.pages()) changed += deleteByIds(db, r.table, page.map((d) => d.id))
  } catch (e) {
    if (isAppError(e) && e.code === 'SCOPE_MISSING') return { changed, deletedRefused: true }
    throw e
  }
  return { changed, deletedRefused: false }
}
