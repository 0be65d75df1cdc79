// Sandbox product endpoints: search with Ecwid's filters and sort orders, single product CRUD,
// variations ("combinations") and stock adjustment. Public tokens see enabled products only.

import type { Product, ProductVariation } from '../../../shared/model/product'
import { PRODUCT_SORT_ORDERS } from '../../../shared/model/product'
import { PRODUCT_FIELDS as PRODUCT_DESCRIPTORS } from '../../../shared/model/schema'
import { checkCombinationOptions, checkProductOptions } from '../catalogue-rules'
import { conflict, notFound } from '../errors'
import { boolParam, dateParam, enumListParam, intParam, listParam, numParam, paginate, paging, within } from '../query'
import type { Route, RouteContext } from '../router'
import type { ProductMeta } from '../seed-products'
import type { StoreState } from '../state'
import { assignFields, checkedBody, pickFields, specOf, type FieldSpec } from '../validate'

// What POST/PUT /products and PUT .../combinations/{id} check, from the product descriptors.
const PRODUCT_FIELDS: FieldSpec = specOf(PRODUCT_DESCRIPTORS)
const VARIATION_FIELDS: FieldSpec = {
  ...specOf(PRODUCT_DESCRIPTORS, (f) => f.variation === true),
  // A combination's SKU may be empty (it then uses the product's); Stockroom does not edit this flag on
  // combinations, but Ecwid's update-product-variation accepts it.
  sku: 'string',
  isShippingRequired: 'boolean'
}

export function productIndexOrThrow(state: StoreState, raw: string | undefined): number {
  const id = Number(raw)
  const index = Number.isInteger(id) ? state.productIndex(id) : undefined
  if (index === undefined || !state.products.isLive(index)) throw notFound('PRODUCT_NOT_FOUND', `Product #${raw ?? ''} not found`)
  return index
}

/** Keeps inStock/quantity consistent after a write, as Ecwid does. */
function normalizeStock<T extends { unlimited?: boolean; quantity?: number; inStock?: boolean }>(p: T): void {
  if (p.unlimited) delete p.quantity
  p.inStock = p.unlimited === true || (p.quantity ?? 0) > 0
}

function checkSkuFree(state: StoreState, sku: string | undefined, selfIndex: number): void {
  if (sku === undefined) return
  const clash = state.products.select((m, i) => i !== selfIndex && (m.sku === sku || m.variationSkus.includes(sku)))
  if (clash.length > 0) throw conflict('SKU_ALREADY_EXISTS', `Product with SKU '${sku}' already exists`)
}

function checkCategories(state: StoreState, ids: unknown): void {
  if (!Array.isArray(ids)) return
  for (const id of ids as number[]) {
    const i = state.categoryIndex(id)
    if (id !== 0 && (i === undefined || !state.categories.isLive(i))) throw notFound('CATEGORIES_NOT_FOUND', `Category #${id} not found`)
  }
}

const collator = new Intl.Collator('en')
const SORTS: Record<string, (a: ProductMeta, b: ProductMeta) => number> = {
  ADDED_TIME_DESC: (a, b) => b.createTs - a.createTs,
  ADDED_TIME_ASC: (a, b) => a.createTs - b.createTs,
  NAME_ASC: (a, b) => collator.compare(a.name, b.name),
  NAME_DESC: (a, b) => collator.compare(b.name, a.name),
  PRICE_ASC: (a, b) => a.price - b.price,
  PRICE_DESC: (a, b) => b.price - a.price,
  UPDATED_TIME_ASC: (a, b) => a.updateTs - b.updateTs,
  UPDATED_TIME_DESC: (a, b) => b.updateTs - a.updateTs
}

function search(ctx: RouteContext): number[] {
  const { state, query: q } = ctx
  const publicOnly = ctx.auth.kind === 'public'
  const ids = listParam(q, 'productId')
  if (ids) {
    // Ecwid: with productId every other search parameter is ignored.
    const wanted = ids.map(Number).map((id) => state.productIndex(id)).filter((i): i is number => i !== undefined)
    return [...new Set(wanted)].filter((i) => state.products.isLive(i) && (!publicOnly || state.products.meta(i)?.enabled))
  }
  const sku = q.get('sku')
  if (sku) return state.products.select((m) => (m.sku === sku || m.variationSkus.includes(sku)) && (!publicOnly || m.enabled))
  const keyword = q.get('keyword')?.replace(/\*$/, '').toLowerCase()
  const enabled = publicOnly ? true : boolParam(q, 'enabled')
  const inStock = boolParam(q, 'inStock')
  const [cFrom, cTo] = [dateParam(q, 'createdFrom'), dateParam(q, 'createdTo')]
  const [uFrom, uTo] = [dateParam(q, 'updatedFrom'), dateParam(q, 'updatedTo')]
  const [pFrom, pTo] = [numParam(q, 'priceFrom'), numParam(q, 'priceTo')]
  const category = intParam(q, 'category')
  const categories = listParam(q, 'categories')?.map(Number)
  const sortBy = enumListParam(q, 'sortBy', PRODUCT_SORT_ORDERS)?.[0]
  const inCats = (m: ProductMeta): boolean => {
    const wanted = category !== undefined ? [category] : categories
    if (!wanted) return true
    return wanted.some((c) => (c === 0 ? m.categoryIds.length === 0 : m.categoryIds.includes(c)))
  }
  const active = enabled !== undefined || inStock !== undefined || cFrom !== undefined || cTo !== undefined || uFrom !== undefined || uTo !== undefined || pFrom !== undefined || pTo !== undefined || category !== undefined || categories !== undefined || !!keyword
  const out = state.products.select(
    !active ? undefined : (m) =>
      (enabled === undefined || m.enabled === enabled) &&
      (inStock === undefined || m.inStock === inStock) &&
      within(m.createTs, cFrom, cTo) &&
      within(m.updateTs, uFrom, uTo) &&
      within(m.price, pFrom, pTo) &&
      inCats(m) &&
      (keyword === undefined || keyword === '' || m.name.toLowerCase().includes(keyword) || m.sku.toLowerCase().includes(keyword))
  )
  const cmp = sortBy ? SORTS[sortBy] : undefined
  if (cmp) {
    const meta = (i: number): ProductMeta => state.products.meta(i) as ProductMeta
    out.sort((a, b) => cmp(meta(a), meta(b)) || a - b)
  }
  return out
}

function variationOrThrow(p: Product, raw: string | undefined): ProductVariation {
  const v = (p.combinations ?? []).find((c) => String(c.id) === raw)
  if (!v) throw notFound('COMBINATION_NOT_FOUND', `Combination #${raw ?? ''} not found in product #${p.id}`)
  return v
}

export const productRoutes: Route[] = [
  {
    method: 'GET', path: '/products', scope: 'read_catalog', publicOk: true,
    handler: (ctx) => ({ body: paginate(search(ctx), paging(ctx.query), (i) => ctx.state.products.get(i)), page: true })
  },
  {
    method: 'GET', path: '/products/:id', scope: 'read_catalog', publicOk: true,
    handler: ({ state, params, auth }) => {
      const p = state.products.get(productIndexOrThrow(state, params.id))
      if (!p || (auth.kind === 'public' && !p.enabled)) throw notFound('PRODUCT_NOT_FOUND', `Product #${params.id ?? ''} not found`)
      return { body: p }
    }
  },
  {
    method: 'POST', path: '/products', scope: 'create_catalog',
    handler: ({ state, body }) => {
      const b = checkedBody(body, PRODUCT_FIELDS, ['name'])
      if (b.options !== undefined) checkProductOptions(b.options)
      checkSkuFree(state, b.sku as string | undefined, -1)
      checkCategories(state, b.categoryIds)
      const fields = pickFields<Product>(b, PRODUCT_FIELDS)
      normalizeStock(fields)
      return { body: { id: state.createProduct(fields).id } }
    }
  },
  {
    method: 'PUT', path: '/products/:id', scope: 'update_catalog',
    handler: ({ state, params, body }) => {
      const index = productIndexOrThrow(state, params.id)
      const b = checkedBody(body, PRODUCT_FIELDS)
      if (b.options !== undefined) checkProductOptions(b.options)
      checkSkuFree(state, b.sku as string | undefined, index)
      checkCategories(state, b.categoryIds)
      state.updateProduct(index, (p) => {
        assignFields(p, b, PRODUCT_FIELDS)
        if (b.unlimited === false && b.quantity === undefined && p.quantity === undefined) p.quantity = 0
        normalizeStock(p)
        if (Array.isArray(b.categoryIds)) p.categories = p.categoryIds?.map((id) => ({ id, enabled: true }))
      })
      return { body: { updateCount: 1 } }
    }
  },
  {
    method: 'DELETE', path: '/products/:id', scope: 'update_catalog',
    handler: ({ state, params }) => ({ body: { deleteCount: state.deleteProduct(productIndexOrThrow(state, params.id)) ? 1 : 0 } })
  },
  {
    method: 'PUT', path: '/products/:id/inventory', scope: 'update_catalog',
    handler: ({ state, params, body }) => {
      const index = productIndexOrThrow(state, params.id)
      const b = checkedBody(body, { quantityDelta: 'integer' }, ['quantityDelta'])
      state.updateProduct(index, (p) => {
        if (!p.unlimited) p.quantity = (p.quantity ?? 0) + (b.quantityDelta as number)
        normalizeStock(p)
      })
      return { body: { updateCount: 1 } }
    }
  },
  {
    method: 'GET', path: '/products/:id/combinations', scope: 'read_catalog', publicOk: true,
    handler: ({ state, params }) => ({ body: state.products.get(productIndexOrThrow(state, params.id))?.combinations ?? [] })
  },
  {
    method: 'GET', path: '/products/:id/combinations/:combinationId', scope: 'read_catalog', publicOk: true,
    handler: ({ state, params }) => {
      const p = state.products.get(productIndexOrThrow(state, params.id)) as Product
      return { body: variationOrThrow(p, params.combinationId) }
    }
  },
  {
    method: 'PUT', path: '/products/:id/combinations/:combinationId', scope: 'update_catalog',
    handler: ({ state, params, body }) => {
      const index = productIndexOrThrow(state, params.id)
      const b = checkedBody(body, VARIATION_FIELDS)
      const current = state.products.get(index) as Product
      variationOrThrow(current, params.combinationId)
      if (typeof b.sku === 'string' && b.sku !== '') {
        const own = (current.combinations ?? []).find((c) => String(c.id) === params.combinationId)
        if (own?.sku !== b.sku) checkSkuFree(state, b.sku, -1)
      }
      // Documented on update-product-variation: `options` re-identifies the variation (a value rename).
      const options = b.options === undefined ? undefined : checkCombinationOptions(current, b.options, Number(params.combinationId))
      state.updateProduct(index, (p) => {
        const v = variationOrThrow(p, params.combinationId)
        assignFields(v, b, VARIATION_FIELDS)
        if (options) v.options = options.map((o) => ({ name: o.name, value: o.value }))
        if (b.unlimited === false && v.quantity === undefined) v.quantity = 0
        normalizeStock(v)
      })
      return { body: { updateCount: 1 } }
    }
  },
  {
    // https://api-docs.ecwid.com/reference/create-product-variation: one variation per request.
    method: 'POST', path: '/products/:id/combinations', scope: 'create_catalog',
    handler: ({ state, params, body }) => {
      const index = productIndexOrThrow(state, params.id)
      const b = checkedBody(body, VARIATION_FIELDS)
      const current = state.products.get(index) as Product
      const options = checkCombinationOptions(current, b.options)
      if (typeof b.sku === 'string' && b.sku !== '') checkSkuFree(state, b.sku, -1)
      let id = 0
      state.updateProduct(index, (p) => {
        const list = p.combinations ?? []
        id = list.reduce((max, c) => Math.max(max, c.id), p.id * 100) + 1
        const v: ProductVariation = { id, combinationNumber: list.length + 1, options: options.map((o) => ({ name: o.name, value: o.value })) }
        assignFields(v, b, VARIATION_FIELDS)
        if (v.unlimited !== true) v.quantity ??= 0
        normalizeStock(v)
        p.combinations = [...list, v]
      })
      return { body: { id } }
    }
  },
  {
    method: 'DELETE', path: '/products/:id/combinations/:combinationId', scope: 'update_catalog',
    handler: ({ state, params }) => {
      const index = productIndexOrThrow(state, params.id)
      variationOrThrow(state.products.get(index) as Product, params.combinationId)
      state.updateProduct(index, (p) => {
        p.combinations = (p.combinations ?? []).filter((c) => String(c.id) !== params.combinationId)
      })
      return { body: { deleteCount: 1 } }
    }
  }
]
