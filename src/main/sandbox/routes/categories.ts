// Sandbox category endpoints: search (parent, keyword, hidden categories, productIds), get, and the
// writes in ../category-writes.ts.
// Product counts are computed from the product table at request time, so they are never stale.

import type { Category } from '../../../shared/model/category'
import { createCategory, deleteCategory, updateCategory } from '../category-writes'
import { notFound } from '../errors'
import { boolParam, intParam, listParam, paginate, paging } from '../query'
import type { Route } from '../router'
import { PRODUCT_ID_BASE } from '../seed-products'
import type { StoreState } from '../state'

/** The category and all its descendants: Ecwid's productCount includes subcategories. */
function subtree(state: StoreState, rootId: number): Set<number> {
  const ids = new Set([rootId])
  for (let grew = true; grew; ) {
    grew = false
    state.categories.select((c) => {
      if (c.parentId !== undefined && ids.has(c.parentId) && !ids.has(c.id)) {
        ids.add(c.id)
        grew = true
      }
      return false
    })
  }
  return ids
}

const countCache = new WeakMap<StoreState, { key: string; counts: Map<number, Category> }>()

/** Counts are recomputed only when products or categories changed since the last request. */
function withCounts(state: StoreState, c: Category, includeIds: boolean): Category {
  if (includeIds) return computeCounts(state, c, true)
  const key = `${state.products.version}/${state.categories.version}`
  let cache = countCache.get(state)
  if (!cache || cache.key !== key) {
    cache = { key, counts: new Map() }
    countCache.set(state, cache)
  }
  const hit = cache.counts.get(c.id)
  if (hit) return { ...c, productCount: hit.productCount, enabledProductCount: hit.enabledProductCount }
  const computed = computeCounts(state, c, false)
  cache.counts.set(c.id, computed)
  return computed
}

function computeCounts(state: StoreState, c: Category, includeIds: boolean): Category {
  const ids: number[] = []
  let enabled = 0
  const tree = subtree(state, c.id)
  state.products.select((m, i) => {
    if (m.categoryIds.some((id) => tree.has(id))) {
      ids.push(i)
      if (m.enabled) enabled++
    }
    return false
  })
  const out: Category = { ...c, productCount: ids.length, enabledProductCount: enabled }
  if (includeIds) out.productIds = ids.map((i) => PRODUCT_ID_BASE + i)
  return out
}

export const categoryRoutes: Route[] = [
  {
    method: 'GET', path: '/categories', scope: 'read_catalog', publicOk: true,
    handler: ({ state, query: q, auth }) => {
      const parent = intParam(q, 'parent')
      const parentIds = listParam(q, 'parentIds')?.map(Number)
      // "By default, Ecwid returns only enabled categories" (https://api-docs.ecwid.com/reference/get-categories).
      const hidden = auth.kind === 'public' ? false : boolParam(q, 'hidden_categories') ?? false
      const keyword = q.get('keyword')?.toLowerCase()
      const includeIds = boolParam(q, 'productIds') === true
      const found = state.categories.select(
        (c) =>
          (parent === undefined || (c.parentId ?? 0) === parent) &&
          (parentIds === undefined || parentIds.includes(c.parentId ?? 0)) &&
          (hidden || c.enabled) &&
          (!keyword || c.name.toLowerCase().includes(keyword))
      )
      return { body: paginate(found, paging(q), (i) => { const c = state.categories.get(i); return c && withCounts(state, c, includeIds) }), page: true }
    }
  },
  {
    method: 'GET', path: '/categories/:id', scope: 'read_catalog', publicOk: true,
    handler: ({ state, params, query, auth }) => {
      const index = params.id !== undefined && /^\d+$/.test(params.id) ? state.categoryIndex(Number(params.id)) : undefined
      const c = index === undefined ? undefined : state.categories.get(index)
      if (!c || (auth.kind === 'public' && !c.enabled)) throw notFound('CATEGORY_NOT_FOUND', `Category #${params.id ?? ''} not found`)
      return { body: withCounts(state, c, boolParam(query, 'productIds') === true) }
    }
  },
  { method: 'POST', path: '/categories', scope: 'create_catalog', handler: createCategory },
  { method: 'PUT', path: '/categories/:id', scope: 'update_catalog', handler: updateCategory },
  { method: 'DELETE', path: '/categories/:id', scope: 'update_catalog', handler: deleteCategory }
]
