// Offset pagination over Ecwid search endpoints that stays complete while the store changes under
// it: de-duplicates by id, repairs shifts caused by deletions, verifies `total`. No HTTP of its own.

import { AppError } from '@shared/errors'
import type { SearchResult } from '@shared/model'

/**
 * Fetches one page. `responseFields` is the full Ecwid value (envelope included) when the caller
 * asked for a field subset, else undefined.
 */
export type FetchPage<T> = (offset: number, limit: number, responseFields?: string) => Promise<SearchResult<T>>

export interface PaginateOptions<T> {
  /** Page size; Ecwid's maximum (and our default) is 100. */
  limit?: number
  idOf: (item: T) => string | number
  /**
   * Item fields to ask for, e.g. "id,name,price" (or "items(id,name)"). The envelope fields that
   * pagination needs (total, count, offset, limit) are added; the id field must be among them.
   */
  responseFields?: string
  /** Full re-walks allowed when the final count shows items were missed (default 1). */
  maxReconcilePasses?: number
}

export interface PaginateStats {
  /** Pages fetched, including step-backs and reconciliation. */
  requests: number
  /** Unique items yielded. */
  items: number
  /** Items seen again (shifted by inserts, re-read by step-backs or reconciliation) and dropped. */
  duplicates: number
  /**
   * Items a forward page returned twice within one walk: proof that items moved right across our
   * position (an insert, or a re-sort after an update), which means one was likely missed.
   */
  shifts: number
  /** Extra fetches made because `total` shrank between two pages. */
  stepBacks: number
  reconcilePasses: number
  /** `total` on the last page fetched. */
  finalTotal: number
  /** Items Ecwid counts but we never saw, after reconciliation (0 when complete). */
  gaps: number
  /** Items yielded beyond finalTotal: most likely deleted after we read them. */
  surplus: number
}

/** Adds the envelope fields pagination relies on to a caller's item field list. */
export function pageResponseFields(fields: string): string {
  const trimmed = fields.trim()
  const items = /(^|,)\s*items\s*\(/.test(trimmed) ? trimmed : `items(${trimmed})`
  const present = new Set(
    items
      .replace(/\([^()]*\)/g, '')
      .split(',')
      .map((f) => f.trim())
  )
  const envelope = ['total', 'count', 'offset', 'limit'].filter((f) => !present.has(f))
  return [...envelope, items].join(',')
}

/**
 * Async iterable over every item of a search. How it copes with a store that changes during the
 * walk (offset paging, any sort order):
 *  - An insert before the current offset (or an item re-sorted to the front) shifts later items
 *    right: the next page repeats items we already have. They are dropped by id; each repeat on a
 *    forward page is a `shift`, and means the item that caused it was probably missed.
 *  - A delete before the current offset shifts items left, so boundary items would be skipped.
 *    Each page's `total` is compared with the previous one; when it shrank by d we re-read the d
 *    positions just before the current offset (`stepBacks`), where whatever slid past the
 *    boundary now sits. One extra small request per shrink, no full re-walk.
 *  - After the walk, if there were shifts or fewer unique items than the final `total`, one full
 *    re-walk (`reconcilePasses`, default at most 1) yields only unseen items. If the last walk
 *    was still not clean, `gaps` says how many items may be missing; it is never silently 0.
 * Limits, by nature of offset paging: an insert and a delete both behind us between the same two
 * pages cancel out in every figure, and items deleted after we yielded them stay yielded
 * (`surplus` hints at them). Sync covers both: an updatedFrom pass from the walk's start time
 * catches new items, the deleted-items endpoints catch deletions. Sorting by creation time
 * ascending (products: ADDED_TIME_ASC) puts inserts at the end, where the walk reads them anyway.
 */
export class Paginator<T> implements AsyncIterable<T> {
  private readonly seen = new Set<string>()
  private readonly counters: PaginateStats = {
    requests: 0,
    items: 0,
    duplicates: 0,
    shifts: 0,
    stepBacks: 0,
    reconcilePasses: 0,
    finalTotal: 0,
    gaps: 0,
    surplus: 0
  }
  private readonly limit: number
  private readonly fields: string | undefined
  private started = false

  constructor(
    private readonly fetchPage: FetchPage<T>,
    private readonly opts: PaginateOptions<T>
  ) {
    this.limit = Math.max(1, Math.min(100, Math.floor(opts.limit ?? 100)))
    this.fields = opts.responseFields ? pageResponseFields(opts.responseFields) : undefined
  }

  get stats(): PaginateStats {
    return { ...this.counters }
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for await (const page of this.pages()) yield* page
  }

  /** Yields each page's new (unseen) items as an array; empty pages are skipped. */
  async *pages(): AsyncGenerator<T[]> {
    if (this.started) throw new AppError('INTERNAL', 'A paginator can be iterated only once.')
    this.started = true
    const maxPasses = this.opts.maxReconcilePasses ?? 1
    let shifts = yield* this.walk()
    // A shift means something moved behind us; a short count means something is missing. Either
    // way only a fresh walk can find it, and it yields nothing already seen.
    const suspect = (): boolean => shifts > 0 || this.seen.size < this.counters.finalTotal
    while (suspect() && this.counters.reconcilePasses < maxPasses) {
      this.counters.reconcilePasses++
      shifts = yield* this.walk()
    }
    this.counters.gaps = suspect() ? Math.max(1, shifts, this.counters.finalTotal - this.seen.size) : 0
    this.counters.surplus = Math.max(0, this.seen.size - this.counters.finalTotal)
  }

  private async fetch(offset: number, limit: number): Promise<SearchResult<T>> {
    this.counters.requests++
    const page = await this.fetchPage(offset, limit, this.fields)
    if (!page || !Array.isArray(page.items) || typeof page.total !== 'number') {
      throw new AppError('INTERNAL', 'Ecwid answered a search without items/total; check responseFields.')
    }
    this.counters.finalTotal = page.total
    return page
  }

  /** Keeps unseen items; `walkSeen` (forward pages only) counts shifts within the current walk. */
  private fresh(items: readonly T[], walkSeen?: Set<string>): T[] {
    const out: T[] = []
    for (const item of items) {
      const id = this.opts.idOf(item)
      if (id === undefined || id === null) {
        throw new AppError('INTERNAL', 'A search item has no id; include the id field in responseFields.')
      }
      const key = String(id)
      if (walkSeen) {
        if (walkSeen.has(key)) this.counters.shifts++
        walkSeen.add(key)
      }
      if (this.seen.has(key)) {
        this.counters.duplicates++
        continue
      }
      this.seen.add(key)
      out.push(item)
    }
    this.counters.items += out.length
    return out
  }

  /** One forward pass; returns how many shifts it saw. */
  private async *walk(): AsyncGenerator<T[], number> {
    const walkSeen = new Set<string>()
    const shiftsBefore = this.counters.shifts
    let offset = 0
    let lastTotal: number | undefined
    for (;;) {
      const page = await this.fetch(offset, this.limit)
      const shrunk = lastTotal === undefined ? 0 : lastTotal - page.total
      lastTotal = page.total
      const items = this.fresh(page.items, walkSeen)
      if (items.length > 0) yield items
      if (shrunk > 0 && offset > 0) {
        // Up to `shrunk` items slid left past our boundary: read the positions just before it.
        let from = Math.max(0, offset - shrunk)
        while (from < offset) {
          const size = Math.min(this.limit, offset - from)
          this.counters.stepBacks++
          const back = await this.fetch(from, size)
          lastTotal = back.total
          for (const item of back.items) walkSeen.add(String(this.opts.idOf(item)))
          const recovered = this.fresh(back.items)
          if (recovered.length > 0) yield recovered
          from += size
        }
      }
      if (page.items.length === 0) break
      offset += page.items.length
      if (offset >= lastTotal) break
    }
    return this.counters.shifts - shiftsBefore
  }
}

export function paginate<T>(fetchPage: FetchPage<T>, opts: PaginateOptions<T>): Paginator<T> {
  return new Paginator(fetchPage, opts)
}

/** Reads every item into an array (for callers that do not need streaming). */
export async function collectAll<T>(pager: Paginator<T>): Promise<T[]> {
  const all: T[] = []
  for await (const item of pager) all.push(item)
  return all
}
