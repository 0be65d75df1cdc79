// `stockroom fetch <resource>`: downloads a resource from Ecwid (or the sandbox) through the shared
// scheduler, several pages at a time, and reports how many requests it took. For scripts, for
// checking a token, and for the fetch benchmark.
import { AppError } from '@shared/errors'
import type { SearchResult } from '@shared/model'
import { createEcwidApi, type EcwidApi } from '../../core/ecwid'
import { createCliScheduler } from '../../core/limiter/shared-scheduler'
import { walkPages } from '../../core/sync/walk-pages'
import { requireStore, resolveToken } from '../context'
import { UsageError } from '../output'
import { intOption } from './sandbox'
import type { Command } from './index'

export const FETCH_RESOURCES = ['products', 'orders', 'coupons', 'customers', 'categories', 'profile'] as const
export type FetchResource = (typeof FETCH_RESOURCES)[number]
type ListResource = Exclude<FetchResource, 'profile'>

type PageFetcher = (offset: number, limit: number, signal: AbortSignal) => Promise<SearchResult<{ id: number | string }>>

function pageFetcher(api: EcwidApi, resource: ListResource): PageFetcher {
  const opts = (signal: AbortSignal) => ({ priority: 'background' as const, signal })
  switch (resource) {
    case 'products':
      return (offset, limit, signal) => api.products.search({ offset, limit, sortBy: 'ADDED_TIME_ASC' }, opts(signal))
    case 'orders':
      return (offset, limit, signal) => api.orders.search({ offset, limit }, opts(signal))
    case 'coupons':
      return (offset, limit, signal) => api.coupons.search({ offset, limit }, opts(signal))
    case 'customers':
      return (offset, limit, signal) => api.customers.search({ offset, limit }, opts(signal))
    case 'categories':
      return (offset, limit, signal) => api.categories.list({ offset, limit }, opts(signal))
  }
}

/**
 * Every item of a resource (up to `limit`), counted once by id: a concurrent walk may read an item
 * twice when the store changes underneath it.
 */
export async function fetchAllItems(api: EcwidApi, resource: ListResource, options: { limit?: number; signal?: AbortSignal; onProgress?: (count: number) => void } = {}): Promise<number> {
  const seen = new Set<string>()
  const stop = new AbortController()
  options.signal?.addEventListener('abort', () => stop.abort(), { once: true })
  try {
    await walkPages({
      fetchPage: pageFetcher(api, resource),
      signal: stop.signal,
      concurrency: 8,
      onPage(_offset, items) {
        for (const item of items) seen.add(String(item.id))
        options.onProgress?.(seen.size)
        if (options.limit !== undefined && seen.size >= options.limit) stop.abort()
      }
    })
  } catch (e) {
    // Stopping at --limit aborts the walk on purpose; a user's Ctrl+C still reports CANCELLED.
    const reachedLimit = options.limit !== undefined && seen.size >= options.limit
    if (!reachedLimit || options.signal?.aborted) throw e
  }
  return options.limit === undefined ? seen.size : Math.min(seen.size, options.limit)
}

export const fetchCommand: Command = {
  summary: 'download a resource (products, orders, coupons, customers, categories, profile)',
  options: { limit: { type: 'string' } },
  async run(ctx, values, positionals) {
    const resource = positionals[0] as FetchResource | undefined
    if (!resource || !FETCH_RESOURCES.includes(resource)) throw new UsageError(`fetch needs a resource: ${FETCH_RESOURCES.join(', ')}.`)
    const storeId = requireStore(ctx)
    const limit = intOption(values, 'limit', 1)
    const token = await resolveToken(ctx, storeId)
    const scheduler = createCliScheduler(ctx.global.dataDir)
    const api = createEcwidApi({ apiBase: ctx.global.apiBase, storeId, getToken: async () => token, scheduler })
    const started = Date.now()
    let count = 0
    try {
      if (resource === 'profile') {
        await api.profile.get({ signal: ctx.signal })
        count = 1
      } else {
        count = await fetchAllItems(api, resource, { limit, signal: ctx.signal, onProgress: (n) => ctx.out.info(`${resource}: ${n}`) })
      }
      if (ctx.signal.aborted) throw new AppError('CANCELLED', 'Stopped.')
    } finally {
      scheduler.dispose()
    }
    const stats = api.client.stats()
    const durationMs = Date.now() - started
    ctx.out.result(
      { resource, count, requests: stats.requests, rateLimited: stats.rateLimited, durationMs },
      `${count} ${resource} in ${stats.requests} requests (${stats.rateLimited} rate-limited), ${durationMs} ms`
    )
  }
}
