// Three-way conflict detection before a push: re-read every touched entity that changed on Ecwid
// since its base (updateTimestamp via updatedFrom), compare base / theirs / mine per field, merge
// non-overlapping changes silently, record the rest for keep mine / take theirs / skip.
import type { Conflict, SessionResource } from '@shared/model/session'
import type { ChangeRow } from './changes'
import { tx, type Db } from './db'
import { deepEqual, fromText, orNull, toText } from './json-path'
import { comparable, fieldValue } from './field-value'
import { idOf, type Entity } from './ports'
import type { Remote } from './remote'
import { parseVariationId, variationsOf } from './variation-port'

/** Allowed difference between this computer's clock and Ecwid's, in seconds. */
export const CLOCK_SKEW_S = 120

export type MergeVerdict = 'clean' | 'same' | 'conflict'

/**
 * clean: the server still has the base value → push mine. same: the server already has my value →
 * nothing to send. conflict: both moved, differently → the merchant decides.
 */
export function threeWay(base: unknown, mine: unknown, theirs: unknown): MergeVerdict {
  if (deepEqual(theirs, base)) return 'clean'
  if (deepEqual(theirs, mine)) return 'same'
  return 'conflict'
}

/** Ecwid's last-change stamp of an entity in Unix seconds, whatever the resource calls it. */
export function entityTimestamp(entity: Entity | null | undefined): number | null {
  if (!entity) return null
  if (typeof entity.updateTimestamp === 'number') return entity.updateTimestamp
  for (const key of ['updateDate', 'updated']) {
    const v = entity[key]
    if (typeof v === 'string') {
      const t = Date.parse(v.replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ?([+-]\d{2})(\d{2})$/, '$1T$2$3:$4'))
      if (!Number.isNaN(t)) return Math.floor(t / 1000)
    }
  }
  return null
}

export interface CheckOutcome {
  /** Server copies of touched entities that changed (key "resource:id"): the freshest containers. */
  fresh: Map<string, Entity>
  conflicts: number
  /** Changes the server already had: settled without a request. */
  same: number[]
  requests: number
}

/**
 * Combinations have no update stamp of their own, so a variation's server copy comes from one read
 * of its product (which lists every combination) per touched product, whatever the base stamps say.
 */
async function readVariations(remote: Remote, wanted: ReadonlySet<string>, fresh: Map<string, Entity>, signal?: AbortSignal): Promise<void> {
  const products = new Set([...wanted].map((id) => parseVariationId(id)?.productId).filter((p): p is number => p !== undefined))
  for (const productId of products) {
    for (const v of variationsOf(await remote.read('products', productId, signal))) {
      if (wanted.has(idOf(v))) fresh.set(`variations:${idOf(v)}`, v)
    }
  }
}

/**
 * Checks the given pending update rows. Reads per resource everything updated since the oldest
 * base stamp (one search page per 100 changed entities, not one read per touched entity); rows
 * without a stamp are read one by one.
 */
export async function checkConflicts(db: Db, remote: Remote, rows: readonly ChangeRow[], signal?: AbortSignal, now: () => number = Date.now): Promise<CheckOutcome> {
  const fresh = new Map<string, Entity>()
  const updates = rows.filter((r) => r.kind === 'update')
  const before = remote.counters().requests
  const byResource = new Map<SessionResource, ChangeRow[]>()
  for (const r of updates) byResource.set(r.resource, [...(byResource.get(r.resource) ?? []), r])
  for (const [resource, list] of byResource) {
    const wanted = new Set(list.map((r) => r.entity_id))
    if (resource === 'variations') {
      await readVariations(remote, wanted, fresh, signal)
      continue
    }
    const stamps = list.map((r) => r.base_ts).filter((t): t is number => typeof t === 'number')
    if (stamps.length > 0) {
      // Earlier by a margin: Ecwid stamps whole seconds on its own clock, not this computer's.
      for await (const e of remote.changedSince(resource, Math.min(...stamps) - CLOCK_SKEW_S, signal)) {
        if (wanted.has(idOf(e))) fresh.set(`${resource}:${idOf(e)}`, e)
      }
    }
    const unstamped = new Set(list.filter((r) => r.base_ts === null).map((r) => r.entity_id))
    for (const id of unstamped) {
      const e = await remote.read(resource, id, signal)
      if (e) fresh.set(`${resource}:${id}`, e)
    }
  }
  let conflicts = 0
  const same: number[] = []
  tx(db, () => {
    const mark = db.prepare("UPDATE changes SET state = 'conflict', updated_at = ? WHERE id = ?")
    const save = db.prepare('INSERT INTO conflicts (change_id, theirs, theirs_ts, detected_at) VALUES (?, ?, ?, ?) ON CONFLICT(change_id) DO UPDATE SET theirs = excluded.theirs, theirs_ts = excluded.theirs_ts, detected_at = excluded.detected_at')
    for (const r of updates) {
      const server = fresh.get(`${r.resource}:${r.entity_id}`)
      if (!server) continue
      const stamp = entityTimestamp(server)
      // Field values decide, not stamps: a read within the skew margin may be older than the base.
      const [base, mine, theirs] = [fromText(r.base), fromText(r.value), fieldValue(r.resource, server, r.field)].map((v) => comparable(r.resource, r.field, v))
      const verdict = threeWay(base, mine, theirs)
      if (verdict === 'same') same.push(r.id)
      if (verdict !== 'conflict') continue
      conflicts++
      mark.run(now(), r.id)
      save.run(r.id, toText(fieldValue(r.resource, server, r.field)), stamp, now())
    }
  })
  return { fresh, conflicts, same, requests: remote.counters().requests - before }
}

interface ConflictRow extends ChangeRow {
  theirs: string | null
  theirs_ts: number | null
}

export function listConflicts(db: Db, sessionId: string): Conflict[] {
  const rows = db
    .prepare("SELECT c.*, k.theirs, k.theirs_ts FROM changes c JOIN conflicts k ON k.change_id = c.id WHERE c.session_id = ? AND c.state = 'conflict' ORDER BY c.id")
    .all(sessionId) as ConflictRow[]
  return rows.map((r) => ({
    changeId: r.id,
    resource: r.resource,
    entityId: r.entity_id,
    label: r.label,
    field: r.field,
    base: orNull(fromText(r.base)),
    theirs: orNull(fromText(r.theirs)),
    mine: orNull(fromText(r.value))
  }))
}

/**
 * mine: rebase the change on the server's value so the next check passes and the push sends it.
 * theirs: drop the change (the server's value stands). skip: keep it, marked skipped, unsent.
 */
export function resolveConflicts(db: Db, sessionId: string, changeIds: readonly number[] | 'all', resolution: 'mine' | 'theirs' | 'skip', now: () => number = Date.now): number {
  const rows = db
    .prepare("SELECT c.*, k.theirs, k.theirs_ts FROM changes c JOIN conflicts k ON k.change_id = c.id WHERE c.session_id = ? AND c.state = 'conflict'")
    .all(sessionId) as ConflictRow[]
  const wanted = changeIds === 'all' ? null : new Set(changeIds)
  const chosen = rows.filter((r) => wanted === null || wanted.has(r.id))
  tx(db, () => {
    for (const r of chosen) {
      if (resolution === 'mine') {
        const rebasedTs = r.theirs_ts ?? Math.floor(now() / 1000)
        db.prepare("UPDATE changes SET state = 'staged', base = ?, base_ts = ?, updated_at = ? WHERE id = ?").run(r.theirs, rebasedTs, now(), r.id)
      } else if (resolution === 'theirs') {
        db.prepare('DELETE FROM changes WHERE id = ?').run(r.id)
      } else {
        db.prepare("UPDATE changes SET state = 'skipped', updated_at = ? WHERE id = ?").run(now(), r.id)
      }
      db.prepare('DELETE FROM conflicts WHERE change_id = ?').run(r.id)
    }
  })
  return chosen.length
}

