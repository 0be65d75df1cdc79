// Everything a push needs from Ecwid, over the shared client: paths per resource, "changed since"
// reads for conflict checks, single calls, batch POST with our own deduplication key, and polls.
// Goes through the store's scheduler (background priority); never sees or logs the token.
import { AppError, isAppError } from '@shared/errors'
import type { BatchTicket } from '@shared/model'
import type { EntityId, SessionResource } from '@shared/model/session'
import type { EcwidApi } from '../ecwid'
import { mapBatchResponses, pollBatch, type BatchItemResult, type BatchSubRequest } from '../ecwid/batch'
import { seg } from '../ecwid/client'
import type { Entity } from './ports'
import { parseVariationId, readVariation, variationsOf } from './variation-port'

const COLLECTION: Record<SessionResource, string> = {
  products: '/products',
  coupons: '/discount_coupons',
  orders: '/orders',
  customers: '/customers',
  profile: '/profile',
  // Variations are created with their product's options; the engine only updates them.
  variations: '/products',
  categories: '/categories'
}

export const collectionPath = (resource: SessionResource): string => COLLECTION[resource]
/** The profile is one document per store: its path carries no id. */
export function entityPath(resource: SessionResource, id: EntityId): string {
  if (resource === 'profile') return COLLECTION.profile
  if (resource === 'variations') {
    const key = parseVariationId(id)
    if (!key) throw new AppError('VALIDATION', `“${String(id)}” is not a variation id (productId/combinationId).`)
    return `/products/${seg(key.productId)}/combinations/${seg(key.combinationId)}`
  }
  return `${COLLECTION[resource]}/${seg(id)}`
}

export interface RemoteOptions {
  /** First wait before polling a ticket (and the shortest); the poller adapts to Ecwid's pace. */
  pollIntervalMs?: number
  maxPollIntervalMs?: number
}

/** Where a polled batch stands in Ecwid's FIFO queue, so polls land when it should be done. */
export interface BatchPace {
  /** When the batches ahead of it were done (or it was posted): its own work starts there. */
  startedAt: number
  /** Expected wait before it is done, from the pace of the batches before. */
  firstPollMs?: number
  /** Each poll's answer, so the caller can tell an early look from a late one. */
  onProgress?: (completed: number, total: number) => void
  /** Longest wait between looks: a busy answer's extrapolation must not overshoot the batch's own pace. */
  maxPollMs?: number
  /** Shortest wait (default the remote's pollIntervalMs): a batch probably done already is looked at sooner. */
  minPollMs?: number
}

export interface Remote {
  /** Entities of a resource updated at or after `sinceSec` (Unix seconds). */
  changedSince(resource: SessionResource, sinceSec: number, signal?: AbortSignal): AsyncIterable<Entity>
  /** One entity, or null when Ecwid says it does not exist. */
  read(resource: SessionResource, id: EntityId, signal?: AbortSignal): Promise<Entity | null>
  single(sub: BatchSubRequest, signal?: AbortSignal): Promise<BatchItemResult>
  /** POST of a binary body (image uploads, which the batch API cannot carry); answers Ecwid's {id}. */
  upload(path: string, bytes: Uint8Array, contentType: string, signal?: AbortSignal): Promise<{ id: number | string }>
  /**
   * POST /batch; the same dedupKey within an hour answers the first ticket again (exactly-once).
   * `parallel` asks Ecwid for parallel mode: only for batches where order does not matter.
   */
  postBatch(subs: readonly BatchSubRequest[], dedupKey: string, signal?: AbortSignal, parallel?: boolean): Promise<string>
  poll(ticket: string, subs: readonly BatchSubRequest[], signal?: AbortSignal, pace?: BatchPace): Promise<BatchItemResult[]>
  /** HTTP attempts and 429s so far on this store's client. */
  counters(): { requests: number; rateLimited: number }
}

export function createRemote(api: EcwidApi, opts: RemoteOptions = {}): Remote {
  const priority = 'background' as const
  async function read(resource: SessionResource, id: EntityId, signal?: AbortSignal): Promise<Entity | null> {
    // A variation is read with its product: one GET, and the product name for the label.
    if (resource === 'variations') return readVariation((pid) => read('products', pid, signal), id)
    try {
      return await api.request<Entity>({ path: entityPath(resource, id), priority, signal })
    } catch (e) {
      if (isAppError(e) && e.code === 'NOT_FOUND') return null
      throw e
    }
  }
  return {
    async *changedSince(resource, sinceSec, signal) {
      const params = { updatedFrom: Math.max(0, Math.floor(sinceSec)) }
      const o = { priority, signal }
      // The profile has no updatedFrom filter: one read is as cheap as any search.
      if (resource === 'profile') {
        yield (await api.profile.get(o)) as unknown as Entity
        return
      }
      // Ecwid's category search has no updatedFrom filter and categories carry no update stamp: the
      // whole tree is read (hidden ones too), a few pages at most.
      if (resource === 'categories') {
        for await (const c of api.categories.listAll({ hidden_categories: true }, o)) yield c as unknown as Entity
        return
      }
      // Combinations carry no stamp of their own: their products' updates stand in for them.
      if (resource === 'variations') {
        for await (const p of api.products.searchAll(params, o)) yield* variationsOf(p as unknown as Entity)
        return
      }
      const pager =
        resource === 'products'
          ? api.products.searchAll(params, o)
          : resource === 'coupons'
            ? api.coupons.searchAll(params, o)
            : resource === 'orders'
              ? api.orders.searchAll(params, o)
              : api.customers.searchAll(params, o)
      for await (const item of pager as AsyncIterable<unknown>) yield item as Entity
    },
    read,
    async single(sub, signal) {
      try {
        const body = await api.request<unknown>({ method: sub.method, path: sub.path, body: sub.body, priority, signal })
        return { ok: true, status: 200, body }
      } catch (e) {
        if (isAppError(e) && (e.code === 'VALIDATION' || e.code === 'NOT_FOUND' || e.code === 'CONFLICT')) return { ok: false, error: e }
        throw e
      }
    },
    upload: (path, bytes, contentType, signal) => api.request<{ id: number | string }>({ method: 'POST', path, bytes: { data: bytes, contentType }, priority, signal }),
    async postBatch(subs, dedupKey, signal, parallel = false) {
      const body = subs.map((s, i) => ({ id: String(i), method: s.method, path: s.path, ...(s.body === undefined ? {} : { body: s.body }) }))
      const answer = await api.request<BatchTicket>({
        method: 'POST',
        path: '/batch',
        // Parallel mode runs sub-requests in no set order: the plan allows it only where no two
        // writes touch one product (plan.ts parallelSafe).
        query: { stopOnFirstFailure: false, deduplicationKey: dedupKey, allowParallelMode: parallel ? true : undefined },
        body,
        idempotent: true,
        priority,
        signal
      })
      if (!answer || typeof answer.ticket !== 'string') throw new AppError('TRANSIENT', 'Ecwid did not return a batch ticket. Push again to resume.')
      return answer.ticket
    },
    async poll(ticket, subs, signal, pace) {
      const status = await pollBatch(api.client, ticket, subs.length, {
        priority,
        signal,
        startedAt: pace?.startedAt,
        firstPollMs: pace?.firstPollMs,
        onProgress: pace?.onProgress,
        // Without a pace, a short first look; the poller stretches its waits from the observed pace.
        pollIntervalMs: pace?.minPollMs ?? opts.pollIntervalMs ?? 250,
        maxPollIntervalMs: Math.min(pace?.maxPollMs ?? Infinity, opts.maxPollIntervalMs ?? 10_000)
      })
      return mapBatchResponses(subs, status)
    },
    counters() {
      const s = api.client.stats()
      return { requests: s.requests, rateLimited: s.rateLimited }
    }
  }
}
