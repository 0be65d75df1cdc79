// Per-resource sync bookkeeping in the store's own database: cursors, the latest-stats value seen,
// and the full walk in progress with the pages already written. No network, no policy.
import type { SetAsideResource, SetAsideSummary, SyncResource } from '@shared/model/sync'
import type { Db, SqlValue } from './db'

export interface ResourceSyncState {
  resource: SyncResource
  /** A full walk has completed at least once: incremental sync is possible. */
  fullDone: boolean
  /** Ecwid time (unix s) from which the next incremental sync asks for changes. */
  cursor: number | null
  /** The latest-stats value seen with that cursor. */
  stat: string | null
  /** When (epoch ms, local clock) that stat was read. */
  statReadAt: number | null
  /** The full walk in progress, or null. */
  runId: number | null
  /** Ecwid time (unix s) the running walk started from: its catch-up asks updatedFrom this. */
  runSince: number | null
  runTotal: number | null
  /** The walk saw `total` change: offsets may have shifted, so no sweep of unseen rows. */
  runDirty: boolean
  syncedAt: number | null
}

interface Raw {
  resource: SyncResource
  full_done: number
  cursor: number | null
  stat: string | null
  stat_read_at: number | null
  run_id: number | null
  run_since: number | null
  run_total: number | null
  run_dirty: number
  synced_at: number | null
}

const COLUMNS: Record<keyof Omit<ResourceSyncState, 'resource'>, string> = {
  fullDone: 'full_done', cursor: 'cursor', stat: 'stat', statReadAt: 'stat_read_at', runId: 'run_id',
  runSince: 'run_since', runTotal: 'run_total', runDirty: 'run_dirty', syncedAt: 'synced_at'
}

export function readSyncState(db: Db, resource: SyncResource): ResourceSyncState {
  const r = db.get<Raw>('SELECT * FROM sync_state WHERE resource = ?', [resource])
  return {
    resource,
    fullDone: r?.full_done === 1,
    cursor: r?.cursor ?? null,
    stat: r?.stat ?? null,
    statReadAt: r?.stat_read_at ?? null,
    runId: r?.run_id ?? null,
    runSince: r?.run_since ?? null,
    runTotal: r?.run_total ?? null,
    runDirty: r?.run_dirty === 1,
    syncedAt: r?.synced_at ?? null
  }
}

export function writeSyncState(db: Db, resource: SyncResource, patch: Partial<Omit<ResourceSyncState, 'resource'>>): void {
  const entries = Object.entries(patch) as [keyof typeof COLUMNS, ResourceSyncState[keyof typeof COLUMNS]][]
  if (entries.length === 0) return
  const cols = entries.map(([k]) => COLUMNS[k])
  const values: SqlValue[] = entries.map(([, v]) => (typeof v === 'boolean' ? (v ? 1 : 0) : (v as SqlValue)))
  db.run(
    `INSERT INTO sync_state (resource, ${cols.join(', ')}) VALUES (?, ${cols.map(() => '?').join(', ')}) ON CONFLICT(resource) DO UPDATE SET ${cols.map((c) => `${c} = excluded.${c}`).join(', ')}`,
    [resource, ...values]
  )
}

export function markPageDone(db: Db, resource: SyncResource, offset: number): void {
  db.run('INSERT OR IGNORE INTO sync_pages (resource, page_offset) VALUES (?, ?)', [resource, offset])
}

export function donePages(db: Db, resource: SyncResource): Set<number> {
  return new Set(db.all<{ page_offset: number }>('SELECT page_offset FROM sync_pages WHERE resource = ?', [resource]).map((r) => r.page_offset))
}

export function clearPages(db: Db, resource: SyncResource): void {
  db.run('DELETE FROM sync_pages WHERE resource = ?', [resource])
}

/** When the store was last synced completely (every resource), or null. */
export function lastSyncedAt(db: Db): number | null {
  return db.get<{ t: number | null }>('SELECT min(synced_at) AS t FROM sync_state WHERE full_done = 1')?.t ?? null
}

/** Forgets a resource's set-aside items: a new full walk finds out afresh what cannot be stored. */
export function clearSetAside(db: Db, resource: SyncResource): void {
  db.run('DELETE FROM sync_set_aside WHERE resource = ?', [resource])
}

/** Per resource: how many items are set aside and the first few, oldest first. */
export function readSetAside(db: Db, examples = 3): SetAsideSummary[] {
  const counts = db.all<{ resource: SetAsideResource; n: number }>('SELECT resource, count(*) AS n FROM sync_set_aside GROUP BY resource ORDER BY resource')
  return counts.map(({ resource, n }) => ({
    resource,
    count: n,
    examples: db.all<{ id: string; reason: string }>(
      'SELECT item_id AS id, reason FROM sync_set_aside WHERE resource = ? ORDER BY seen_at, item_id LIMIT ?', [resource, examples]
    )
  }))
}
