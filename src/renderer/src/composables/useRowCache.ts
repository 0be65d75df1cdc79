// A windowed row cache over a paged query: blocks of rows fetched on demand, in-flight blocks
// de-duplicated, answers to an outdated query dropped, and a bounded number of blocks kept.
import { ref, shallowRef, triggerRef } from 'vue'
import type { Page } from '@shared/model/grid'
import { errorText } from './useErrorText'

/** Rows per request: a few screens, far under the 500-row cap of the contract. */
export const BLOCK = 100
/** Blocks kept: 5,000 rows covers the grid's largest copy/fill selection; older ones are dropped. */
export const MAX_BLOCKS = 60

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

  function fetchBlock(block: number): Promise<void> {
    const existing = inFlight.get(block)
    if (existing) return existing
    if (blocks.value.has(block)) return Promise.resolve()
    const gen = generation
    const load = async (): Promise<void> => {
      try {
        const page = await fetchPage(block * BLOCK, BLOCK)
        if (gen !== generation) return
        total.value = page.total
        blocks.value.set(block, page.rows)
        evict()
        triggerRef(blocks)
        error.value = null
      } catch (e) {
        if (gen === generation) error.value = errorText(e)
      }
    }
    const p: Promise<void> = load().finally(() => {
      if (inFlight.get(block) === p) inFlight.delete(block)
    })
    inFlight.set(block, p)
    return p
  }

  function rowAt(index: number): Row | undefined {
    return blocks.value.get(Math.floor(index / BLOCK))?.[index % BLOCK]
  }

  /** Makes sure rows [start, end) are loaded or on their way; resolves when they are. */
  function ensureRange(start: number, end: number): Promise<void> {
    const last = total.value === null ? start + 1 : Math.min(end, total.value)
    const first = Math.floor(Math.max(0, start) / BLOCK)
    lastAsked = first
    const jobs: Promise<void>[] = []
    for (let b = first; b <= Math.floor(Math.max(start, last - 1) / BLOCK); b++) jobs.push(fetchBlock(b))
    return Promise.all(jobs).then(() => undefined)
  }

  /**
   * Drops every window and reads the first one again (new query, new store, finished sync). The old
   * total stays until the new one is known so the grid does not collapse to zero rows meanwhile.
   */
  function reset(keepTotal = true): Promise<void> {
    generation++
    inFlight.clear()
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

  return { total, error, blocks, rowAt, ensureRange, reset, findLoaded }
}
