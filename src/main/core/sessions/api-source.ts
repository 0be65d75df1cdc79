// EntitySource over the Ecwid API, for the CLI until the local store is wired in: reads entities
// and selections straight from Ecwid (interactive priority for single reads, background for walks).
import { isAppError } from '@shared/errors'
import type { EntitySelection, SessionResource } from '@shared/model/session'
import type { EcwidApi } from '../ecwid'
import { matchesFilters, matchesSearch } from './memory-ports'
import type { Entity, EntitySink, EntitySource } from './ports'
import { entityPath } from './remote'
import { parseVariationId, readVariation, variationsOf } from './variation-port'

function walk(api: EcwidApi, resource: SessionResource, search: string | undefined): AsyncIterable<unknown> {
  const o = { priority: 'background' as const }
  switch (resource) {
    case 'products':
      return api.products.searchAll(search ? { keyword: search } : {}, o)
    case 'orders':
      return api.orders.searchAll(search ? { keywords: search } : {}, o)
    case 'customers':
      return api.customers.searchAll(search ? { keyword: search } : {}, o)
    case 'coupons':
      return api.coupons.searchAll({}, o)
    case 'categories':
      return api.categories.listAll({ hidden_categories: true, ...(search ? { keyword: search } : {}) }, o)
    case 'profile':
      return (async function* () {
        yield await api.profile.get(o)
      })()
    case 'variations':
      // Products carry their combinations: a product walk is the variation walk.
      return (async function* () {
        for await (const p of api.products.searchAll(search ? { keyword: search } : {}, o)) yield* variationsOf(p as unknown as Entity)
      })()
  }
}

export function createApiEntitySource(api: EcwidApi): EntitySource {
  const read = async (resource: SessionResource, id: string | number): Promise<Entity | null> => {
    if (resource === 'variations') return readVariation((pid) => read('products', pid), id)
    try {
      return await api.request<Entity>({ path: entityPath(resource, id), priority: 'interactive' })
    } catch (e) {
      if (isAppError(e) && e.code === 'NOT_FOUND') return null
      throw e
    }
  }
  return {
    get: read,
    async *select(resource, selection: EntitySelection) {
      if (selection.ids) {
        for (const id of selection.ids) {
          const e = await read(resource, id)
          if (e) yield e
        }
        return
      }
      const q = selection.query
      for await (const item of walk(api, resource, q?.search)) {
        const e = item as Entity
        // Ecwid's keyword search is fuzzier than ours; the local rule decides.
        if (matchesSearch(e, q?.search) && matchesFilters(e, q?.filters)) yield e
      }
    },
    async isSkuTaken(sku, exceptId) {
      const found = await api.products.search({ sku, responseFields: 'total,items(id,sku,combinations(id,sku))' })
      const variation = exceptId === undefined ? null : parseVariationId(exceptId)
      if (!variation) return found.items.some((p) => String(p.id) !== String(exceptId))
      // Ecwid's sku search also finds products by a variation's SKU: only this variation is excluded.
      return found.items.some((p) => p.sku === sku || (p.combinations ?? []).some((c) => c.sku === sku && !(p.id === variation.productId && c.id === variation.combinationId)))
    },
    // Every read is live, so the copy is as fresh as the moment it was read.
    freshAsOf: () => Date.now(),
    async isCouponCodeTaken(code, exceptId) {
      const found = await api.coupons.search({ code })
      return found.items.some((c) => String(c.id) !== String(exceptId) && c.code.toLowerCase() === code.toLowerCase())
    }
  }
}

/** Until the local store is wired, there is nowhere to write the server's answers to. */
export const nullSink: EntitySink = {
  discards: true,
  upsert: async () => undefined,
  remove: async () => undefined
}
