// `stockroom fetch <resource>`: downloads a resource from Ecwid (or the sandbox) through the shared
// scheduler and reports how many requests it took. For scripts and for checking a token.
import { AppError } from '@shared/errors'
import { createEcwidApi, type EcwidApi } from '../../core/ecwid'
import { createScheduler } from '../../core/limiter/scheduler'
import { requireStore, resolveToken } from '../context'
import { UsageError } from '../output'
import { intOption } from './sandbox'
import type { Command } from './index'

export const FETCH_RESOURCES = ['products', 'orders', 'coupons', 'customers', 'categories', 'profile'] as const
export type FetchResource = (typeof FETCH_RESOURCES)[number]

/** Page by page (arrays of items) through one resource. */
function pagesOf(api: EcwidApi, resource: Exclude<FetchResource, 'profile'>): AsyncIterable<unknown[]> {
  const opts = { priority: 'background' as const }
  switch (resource) {
    case 'products':
      return api.products.searchAll({}, opts).pages()
    case 'orders':
      return api.orders.searchAll({}, opts).pages()
    case 'coupons':
      return api.coupons.searchAll({}, opts).pages()
    case 'customers':
      return api.customers.searchAll({}, opts).pages()
    case 'categories':
      return api.categories.listAll({}, opts).pages()
  }
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
    const scheduler = createScheduler()
    const api = createEcwidApi({ apiBase: ctx.global.apiBase, storeId, getToken: async () => token, scheduler })
    const started = Date.now()
    let count = 0
    try {
      if (resource === 'profile') {
        await api.profile.get({ signal: ctx.signal })
        count = 1
      } else {
        for await (const page of pagesOf(api, resource)) {
          count += page.length
          ctx.out.info(`${resource}: ${count}`)
          if (limit !== undefined && count >= limit) break
          if (ctx.signal.aborted) throw new AppError('CANCELLED', 'Stopped.')
        }
        if (limit !== undefined) count = Math.min(count, limit)
      }
    } finally {
      scheduler.dispose()
    }
    const stats = api.client.stats()
    ctx.out.result(
      { resource, count, requests: stats.requests, rateLimited: stats.rateLimited, durationMs: Date.now() - started },
      `${count} ${resource} in ${stats.requests} requests (${stats.rateLimited} rate-limited), ${Date.now() - started} ms`
    )
  }
}
