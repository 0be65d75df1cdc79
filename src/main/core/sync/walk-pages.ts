// Concurrent offset walk over one Ecwid search: once `total` is known, the remaining pages are
// requested several at a time through the same scheduler. No database access: onPage persists.
import { AppError, isAppError } from '@shared/errors'
import type { SearchResult } from '@shared/model'
import { toStorageError } from '../store/storage-errors'

export interface WalkOptions<T> {
  fetchPage(offset: number, limit: number, signal: AbortSignal): Promise<SearchResult<T>>
  /**
   * Called once per answer, synchronously, in arrival order (not offset order). `complete` is true
   * when every position of page `pageOffset` has now been delivered: the caller persists that
   * fact in the same transaction as the items, so a resumed walk skips exactly those pages.
   */
  onPage(pageOffset: number, items: T[], complete: boolean, total: number): void
  /** Items per request (Ecwid's maximum, 100). */
  pageSize?: number
  /** Requests in flight at once; the scheduler still enforces the per-minute budget. */
  concurrency?: number
  /** Page offsets already written by an earlier, interrupted walk. */
  skip?: ReadonlySet<number>
  /** The total when already known (a resumed walk, or a first page fetched ahead). */
  total?: number
  signal?: AbortSignal
}

export interface WalkResult {
  requests: number
  items: number
  /** The last total Ecwid reported. */
  total: number
  /**
   * The total changed during the walk: items were inserted or deleted, offsets shifted, and an item
   * may have been read twice or not at all. Callers then skip the "unseen rows are gone" sweep.
   */
  dirty: boolean
}

interface Task {
  page: number
  offset: number
  limit: number
}

export const DEFAULT_WALK_CONCURRENCY = 6

export async function walkPages<T>(opts: WalkOptions<T>): Promise<WalkResult> {
  const size = Math.max(1, Math.min(100, opts.pageSize ?? 100))
  const concurrency = Math.max(1, opts.concurrency ?? DEFAULT_WALK_CONCURRENCY)
  const skip = opts.skip ?? new Set<number>()
  const stop = new AbortController()
  const onAbort = (): void => stop.abort()
  opts.signal?.addEventListener('abort', onAbort, { once: true })
  const result: WalkResult = { requests: 0, items: 0, total: opts.total ?? 0, dirty: false }
  const queue: Task[] = []
  let planned = 0 // offsets below this are queued, skipped or done
  let firstError: unknown = null

  const plan = (total: number): void => {
    for (; planned < total; planned += size) if (!skip.has(planned)) queue.push({ page: planned, offset: planned, limit: size })
  }

  const run = async (task: Task): Promise<void> => {
    result.requests++
    const answer = await opts.fetchPage(task.offset, task.limit, stop.signal)
    if (typeof answer?.total !== 'number' || !Array.isArray(answer.items)) {
      throw new AppError('INTERNAL', 'Ecwid answered a search without items/total.')
    }
    if (answer.total !== result.total) result.dirty = true
    result.total = answer.total
    plan(answer.total)
    const expected = Math.max(0, Math.min(task.limit, answer.total - task.offset))
    const got = answer.items.length
    // A short page (cut-off answer) leaves a hole: read the rest of it before calling it complete.
    const complete = got >= expected || got === 0
    result.items += got
    opts.onPage(task.page, answer.items, complete, answer.total)
    if (!complete) queue.push({ page: task.page, offset: task.offset + got, limit: task.limit - got })
  }

  const worker = async (): Promise<void> => {
    while (!stop.signal.aborted) {
      const task = queue.shift()
      if (!task) return
      try {
        await run(task)
      } catch (e) {
        firstError ??= e
        stop.abort()
      }
    }
  }

  try {
    if (opts.total === undefined) {
      planned = size // offset 0 is the page being read right now
      await run({ page: 0, offset: 0, limit: size }).catch((e: unknown) => {
        firstError = e
      })
      result.dirty = false // the first answer defines the total; it is not a change
    } else {
      plan(opts.total)
    }
    // Workers start one by one as tasks appear; a worker that finds the queue empty stops, and the
    // loop below restarts workers while any task is left (short pages add tasks late).
    while (firstError === null && !stop.signal.aborted && queue.length > 0) {
      await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker))
    }
  } finally {
    opts.signal?.removeEventListener('abort', onAbort)
  }
  if (opts.signal?.aborted) throw new AppError('CANCELLED', 'The sync was cancelled.')
  if (firstError !== null) throw isAppError(firstError) ? firstError : (toStorageError(firstError) ?? new AppError('INTERNAL', String(firstError)))
  return result
}
