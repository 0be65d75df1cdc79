// A windowed row cache over a paged query: blocks of rows fetched on demand, in-flight blocks
// de-duplicated, answers to an outdated query dropped, and a bounded number of blocks kept. While
// the grid scrolls, blocks ahead in the scroll direction are read before they are painted.
import { ref, shallowRef, triggerRef } from 'vue'
import type { Page } from '@shared/model/grid'
import { errorText } from './useErrorText'

/** Rows per block: a few screens; the first block is all the first paint waits for. */
export const BLOCK = 100
/** Blocks kept: 5,000 rows covers the grid's largest copy/fill selection; older ones are dropped. */
export const MAX_BLOCKS = 60
/** Read-ahead: at least this many rows past the painted window, in the direction of the scroll, */
export const AHEAD_MIN = 3 * BLOCK
/** and as many as the scroll covers in this long (a round trip and its queue), up to AHEAD_MAX. */
const AHEAD_LEAD_MS = 400
export const AHEAD_MAX = 8 * BLOCK
/**
 * Rows per millisecond above which nothing is read ahead: a fling passes rows faster than they can
 * be read (bench:grid: reading ahead there halved the frame rate and hid no placeholder), so only
 * wheel and keyboard speeds read ahead; the rows where a fling stops are read as they are painted.
 */
export const AHEAD_MAX_SPEED = 1.5
/** Adjacent missing blocks read ahead in one request: 400 rows, under the contract's 500 cap. */
export const AHEAD_RUN = 4
/** Read-ahead requests in flight at once: pipelined, without queueing reads the user may pass by. */
export const AHEAD_IN_FLIGHT = 2
/**
 * During a fling, painted windows (up to FLING_WINDOW rows) are read one at a time: one asked while
 * another is on its way waits, replaced by any later one, so the blocks the fling has passed by the
 * time a read lands are never read (bench:grid: ~420 reads of 100 rows in an 8 s top-to-bottom scroll,
 * nearly all for rows already gone). The window where the fling stops is always read.
 */
export const FLING_WINDOW = 2 * BLOCK

export function useRowCache<Row>(fetchPage: (offset: number, limit: number) => Promise<Page<Row>>) {
  const total = ref<number | null>(null)
  const error = ref<string | null>(null)
  const blocks = shallowRef(new Map<number, Row[]>())
  const inFlight = new Map<number, Promise<void>>()
  // Bumped on every new query: a window that arrives for an older one is not painted.
  let generation = 0
  let lastAsked = 0

  function evict(): void {
    const map = blocks.value
    if (map.size <= MAX_BLOCKS) return
    // Drop the blocks farthest from where the grid last asked: that is where the user is not.
    const far = [...map.keys()].sort((a, b) => Math.abs(b - lastAsked) - Math.abs(a - lastAsked))
    for (const b of far.slice(0, map.size - MAX_BLOCKS)) map.delete(b)
  }

  /** Reads `count` adjacent blocks from `first` in one request; each is de-duplicated while in flight. */
  function fetchRun(first: number, count: number): Promise<void> {
    const gen = generation
    const load = async (): Promise<void> => {
      try {
        const page = await fetchPage(first * BLOCK, count * BLOCK)
        if (gen !== generation) return
        total.value = page.total
        for (let i = 0; i < count; i++) blocks.value.set(first + i, page.rows.slice(i * BLOCK, (i + 1) * BLOCK))
        evict()
        triggerRef(blocks)
        error.value = null
      } catch (e) {
        if (gen === generation) error.value = errorText(e)
      }
    }
    const p: Promise<void> = load().finally(() => {
      for (let i = 0; i < count; i++) if (inFlight.get(first + i) === p) inFlight.delete(first + i)
    })
    for (let i = 0; i < count; i++) inFlight.set(first + i, p)
    return p
  }

  function fetchBlock(block: number): Promise<void> {
    const existing = inFlight.get(block)
    if (existing) return existing
    if (blocks.value.has(block)) return Promise.resolve()
    return fetchRun(block, 1)
  }

  function rowAt(index: number): Row | undefined {
    return blocks.value.get(Math.floor(index / BLOCK))?.[index % BLOCK]
  }

  let flingRead: Promise<void> | null = null
  let flingNext: { start: number; end: number } | null = null

  /**
   * Makes sure rows [start, end) are loaded or on their way; resolves when they are. A painted window
   * asked during a fling while another fling read is on its way is deferred (see FLING_WINDOW).
   */
  function ensureRange(start: number, end: number): Promise<void> {
    if (Math.abs(velocity) > AHEAD_MAX_SPEED && end - start <= FLING_WINDOW && total.value !== null) {
      if (flingRead) {
        flingNext = { start, end }
        return flingRead
      }
      const read: Promise<void> = readRange(start, end).finally(() => {
        flingRead = null
        const next = flingNext
        flingNext = null
        if (next) void ensureRange(next.start, next.end)
      })
      flingRead = read
      return read
    }
    return readRange(start, end)
  }

  function readRange(start: number, end: number): Promise<void> {
    const last = total.value === null ? start + 1 : Math.min(end, total.value)
    const first = Math.floor(Math.max(0, start) / BLOCK)
    lastAsked = first
    const jobs: Promise<void>[] = []
    for (let b = first; b <= Math.floor(Math.max(start, last - 1) / BLOCK); b++) jobs.push(fetchBlock(b))
    return Promise.all(jobs).then(() => undefined)
  }

  // The scroll as the grid reports it: where the painted window started, when, and how fast it moves.
  let scrollAt = { start: 0, time: 0 }
  let velocity = 0
  let aheadInFlight = 0

  /**
   * Reads ahead of the painted rows [start, end) in the direction they move, farther the faster they
   * move, so rows are usually loaded before they are painted. Never awaits: painting goes on.
   */
  function prefetch(start: number, end: number, now: number = performance.now()): void {
    const dt = now - scrollAt.time
    // Rows per millisecond, smoothed; a pause (or the first call) starts from rest.
    velocity = dt > 0 && dt < 500 ? 0.5 * velocity + (0.5 * (start - scrollAt.start)) / dt : 0
    scrollAt = { start, time: now }
    lastAsked = Math.floor(start / BLOCK)
    const rows = total.value
    if (rows === null || Math.abs(velocity) > AHEAD_MAX_SPEED) return
    const ahead = Math.min(AHEAD_MAX, Math.max(AHEAD_MIN, Math.abs(velocity) * AHEAD_LEAD_MS))
    const up = velocity < 0
    const from = Math.floor(Math.max(0, up ? start - ahead : end) / BLOCK)
    const to = Math.floor((Math.min(rows, up ? start : end + ahead) - 1) / BLOCK)
    // Nearest first in the direction of travel; a run of adjacent missing blocks is one request.
    const order = up ? Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => to - i) : Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)
    const missing = (b: number): boolean => !blocks.value.has(b) && !inFlight.has(b)
    for (let i = 0; i < order.length && aheadInFlight < AHEAD_IN_FLIGHT; i++) {
      const b = order[i]!
      if (!missing(b)) continue
      let n = 1
      while (n < AHEAD_RUN && i + n < order.length && missing(order[i + n]!)) n++
      i += n - 1
      const first = up ? b - n + 1 : b
      aheadInFlight++
      void fetchRun(first, n).finally(() => aheadInFlight--)
    }
  }

  /**
   * Drops every window and reads the first one again (new query, new store, finished sync). The old
   * total stays until the new one is known so the grid does not collapse to zero rows meanwhile.
   */
  function reset(keepTotal = true): Promise<void> {
    generation++
    inFlight.clear()
    flingNext = null
    blocks.value = new Map()
    if (!keepTotal) total.value = null
    return fetchBlock(0)
  }

  /** Finds a loaded row by a predicate (detail panels look rows up by key). */
  function findLoaded(match: (row: Row) => boolean): Row | undefined {
    for (const rows of blocks.value.values()) {
      const hit = rows.find(match)
      if (hit !== undefined) return hit
    }
    return undefined
  }

  return { total, error, blocks, rowAt, ensureRange, prefetch, reset, findLoaded }
}
