// In-memory EntitySource + EntitySink for tests, benchmarks and the CLI before the local store is
// wired. Holds whole entities keyed by resource and id; `query.search` matches name/sku/code/email.
import type { GridFilter } from '@shared/model/grid'
import type { EntityId, EntitySelection, SessionResource } from '@shared/model/session'
import { idOf, type Entity, type EntitySink, type EntitySource } from './ports'
import { parseVariationId, readVariation, variationsOf, withCombination } from './variation-port'

export interface MemoryPorts {
  source: EntitySource
  sink: EntitySink
  /** Live tables, for tests to inspect or seed. */
  tables: Map<SessionResource, Map<string, Entity>>
  load(resource: SessionResource, entities: Iterable<Entity>): void
}

/** The grid's filters, evaluated on raw entity fields (enough for tests and the CLI). */
export function matchesFilters(entity: Entity, filters: readonly GridFilter[] | undefined): boolean {
  return (filters ?? []).every((f) => {
    const v = entity[f.field]
    switch (f.kind) {
      case 'text':
        return typeof v === 'string' && (f.op === 'equals' ? v === f.value : v.toLowerCase().includes(f.value.toLowerCase()))
      case 'number':
        return typeof v === 'number' && (f.min === undefined || v >= f.min) && (f.max === undefined || v <= f.max)
      case 'boolean':
        return v === f.value
      case 'enum':
        return Array.isArray(v) ? v.some((x) => f.values.includes(String(x))) : f.values.includes(String(v))
      case 'date':
        return true
    }
  })
}

export function matchesSearch(entity: Entity, search: string | undefined): boolean {
  if (!search) return true
  const needle = search.toLowerCase()
  return ['name', 'sku', 'code', 'email', 'id'].some((k) => {
    const v = entity[k]
    return (typeof v === 'string' || typeof v === 'number') && String(v).toLowerCase().includes(needle)
  })
}

export function createMemoryPorts(): MemoryPorts {
  const tables = new Map<SessionResource, Map<string, Entity>>()
  const loadedAt = new Map<SessionResource, number>()
  const table = (resource: SessionResource): Map<string, Entity> => {
    let t = tables.get(resource)
    if (!t) tables.set(resource, (t = new Map()))
    return t
  }
  const source: EntitySource = {
    async get(resource, id) {
      if (resource === 'variations') return readVariation(async (pid) => structuredClone(table('products').get(String(pid)) ?? null), id)
      const e = table(resource).get(String(id))
      return e ? structuredClone(e) : null
    },
    async *select(resource, selection: EntitySelection) {
      if (resource === 'variations') {
        for (const p of table('products').values()) for (const v of variationsOf(p)) if (!selection.ids || selection.ids.map(String).includes(idOf(v))) yield v
        return
      }
      const t = table(resource)
      if (selection.ids) {
        for (const id of selection.ids) {
          const e = t.get(String(id))
          if (e) yield e
        }
        return
      }
      for (const e of t.values()) if (matchesSearch(e, selection.query?.search) && matchesFilters(e, selection.query?.filters)) yield e
    },
    async isSkuTaken(sku, exceptId?: EntityId) {
      const variation = exceptId === undefined ? null : parseVariationId(exceptId)
      for (const [id, p] of table('products')) {
        if (!variation && id === String(exceptId)) continue
        if (p.sku === sku) return true
        if (variationsOf(p).some((v) => v.sku === sku && idOf(v) !== String(exceptId))) return true
      }
      return false
    },
    async isCouponCodeTaken(code, exceptId?: EntityId) {
      const want = code.toLowerCase()
      for (const [id, c] of table('coupons')) if (id !== String(exceptId) && String(c.code).toLowerCase() === want) return true
      return false
    },
    freshAsOf: (resource) => loadedAt.get(resource) ?? null
  }
  const sink: EntitySink = {
    async upsert(resource, entity) {
      const key = resource === 'variations' ? parseVariationId(idOf(entity)) : null
      const product = key ? table('products').get(String(key.productId)) : undefined
      if (resource === 'variations') {
        if (product) table('products').set(idOf(product), withCombination(product, structuredClone(entity)))
        return
      }
      table(resource).set(idOf(entity), structuredClone(entity))
    },
    async remove(resource, id) {
      const key = resource === 'variations' ? parseVariationId(id) : null
      if (key) {
        // Like the local store: the variation leaves its product.
        const product = table('products').get(String(key.productId))
        const list = product && Array.isArray(product.combinations) ? (product.combinations as Entity[]) : []
        if (product) table('products').set(idOf(product), { ...product, combinations: list.filter((c) => Number(c.id) !== key.combinationId) })
        return
      }
      table(resource).delete(String(id))
    }
  }
  return {
    source,
    sink,
    tables,
    load(resource, entities) {
      loadedAt.set(resource, Date.now())
      const t = table(resource)
      for (const e of entities) t.set(idOf(e), e)
    }
  }
}
