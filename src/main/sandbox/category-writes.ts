// Category create/update/delete for the sandbox, as documented:
// https://api-docs.ecwid.com/reference/create-category (name, parentId — omitted for a root
// category —, orderBy "starts from 10 and increments by 10", enabled, productIds; 404 when the
// parent or an assigned product is not found). A parent that would put a category under itself
// (a cycle) is refused with 400.

import type { Category } from '../../shared/model/category'
import { badRequest, notFound } from './errors'
import type { RouteContext } from './router'
import { CATEGORY_ID_BASE } from './seed'
import type { StoreState } from './state'
import { requireObject, validateFields, type FieldSpec } from './validate'

const CATEGORY_FIELDS: FieldSpec = {
  name: 'nonEmptyString',
  parentId: 'integer',
  orderBy: 'integer',
  description: 'string',
  enabled: 'boolean',
  customSlug: 'string',
  seoTitle: 'string',
  seoDescription: 'string',
  productIds: 'intArray'
}
const TEXT_FIELDS = ['name', 'description', 'customSlug', 'seoTitle', 'seoDescription'] as const

export function categoryIndexOrThrow(state: StoreState, raw: string | number | undefined, code = 'CATEGORY_NOT_FOUND'): number {
  const id = Number(raw)
  const index = Number.isInteger(id) ? state.categoryIndex(id) : undefined
  if (index === undefined || !state.categories.isLive(index)) throw notFound(code, `Category #${String(raw ?? '')} not found`)
  return index
}

/** Throws unless `parentId` is root (0) or a live category that is not `selfId` or below it. */
function checkParent(state: StoreState, parentId: number, selfId?: number): void {
  if (parentId === 0) return
  for (let at: number | undefined = parentId, hops = 0; at !== undefined && at !== 0; hops++) {
    if (at === selfId) throw badRequest(`Category #${selfId} cannot be moved under itself or one of its subcategories`)
    if (hops > state.categories.size) break
    at = state.categories.get(categoryIndexOrThrow(state, at, 'PARENT_CATEGORY_NOT_FOUND'))?.parentId
  }
}

function checkProducts(state: StoreState, ids: unknown): number[] | undefined {
  if (!Array.isArray(ids)) return undefined
  for (const id of ids as number[]) {
    const i = state.productIndex(id)
    if (i === undefined || !state.products.isLive(i)) throw notFound('PRODUCT_NOT_FOUND', `Product #${id} not found`)
  }
  return ids as number[]
}

/** Products in `ids` get the category; with `exact`, every other product loses it. */
function assignProducts(state: StoreState, categoryId: number, ids: readonly number[], exact: boolean): void {
  const wanted = new Set(ids)
  const touched = new Set<number>(ids.map((id) => state.productIndex(id) as number))
  if (exact) for (const i of state.products.select((m) => m.categoryIds.includes(categoryId))) touched.add(i)
  for (const i of touched) {
    state.updateProduct(i, (p) => {
      const has = (p.categoryIds ?? []).includes(categoryId)
      const want = wanted.has(p.id)
      if (want && !has) p.categoryIds = [...(p.categoryIds ?? []), categoryId]
      else if (!want && has) p.categoryIds = (p.categoryIds ?? []).filter((c) => c !== categoryId)
      p.categories = p.categoryIds?.map((id) => ({ id, enabled: true }))
    })
  }
}

function siblingsNextOrder(state: StoreState, parentId: number): number {
  let max = 0
  state.categories.select((c) => ((c.parentId ?? 0) === parentId && (max = Math.max(max, c.orderBy ?? 0)), false))
  return max + 10
}

function copyFields(c: Category, b: Record<string, unknown>): void {
  for (const k of TEXT_FIELDS) if (typeof b[k] === 'string') c[k] = b[k] as string
  if (typeof b.enabled === 'boolean') c.enabled = b.enabled
  if (typeof b.orderBy === 'number') c.orderBy = b.orderBy
  if (typeof b.parentId === 'number') {
    if (b.parentId === 0) delete c.parentId
    else c.parentId = b.parentId
  }
}

export function createCategory({ state, body }: RouteContext): { body: { id: number } } {
  const b = requireObject(body)
  validateFields(b, CATEGORY_FIELDS, ['name'])
  const parentId = typeof b.parentId === 'number' ? b.parentId : 0
  checkParent(state, parentId)
  const productIds = checkProducts(state, b.productIds)
  const created = state.categories.append((index) => {
    const c: Category = { id: CATEGORY_ID_BASE + index, name: '', enabled: true, orderBy: siblingsNextOrder(state, parentId) }
    copyFields(c, b)
    return c
  })
  state.touch('categories')
  if (productIds) assignProducts(state, created.id, productIds, false)
  return { body: { id: created.id } }
}

export function updateCategory({ state, params, body }: RouteContext): { body: { updateCount: number } } {
  const index = categoryIndexOrThrow(state, params.id)
  const b = requireObject(body)
  validateFields(b, CATEGORY_FIELDS)
  const c = state.categories.get(index) as Category
  if (typeof b.parentId === 'number') checkParent(state, b.parentId, c.id)
  const productIds = checkProducts(state, b.productIds)
  copyFields(c, b)
  state.categories.put(index, c)
  state.touch('categories')
  if (productIds) assignProducts(state, c.id, productIds, true)
  return { body: { updateCount: 1 } }
}

/** Deletes the category with its subcategories; their products stay, unassigned from them. */
export function deleteCategory({ state, params }: RouteContext): { body: { deleteCount: number } } {
  const root = state.categories.get(categoryIndexOrThrow(state, params.id)) as Category
  const gone = new Set([root.id])
  for (let grew = true; grew; ) {
    grew = false
    state.categories.select((c) => (c.parentId !== undefined && gone.has(c.parentId) && !gone.has(c.id) && (gone.add(c.id), (grew = true)), false))
  }
  for (const id of gone) state.categories.remove(categoryIndexOrThrow(state, id))
  for (const i of state.products.select((m) => m.categoryIds.some((c) => gone.has(c)))) {
    state.updateProduct(i, (p) => {
      p.categoryIds = (p.categoryIds ?? []).filter((c) => !gone.has(c))
      p.categories = p.categoryIds.map((id) => ({ id, enabled: true }))
    })
  }
  state.touch('categories')
  return { body: { deleteCount: 1 } }
}
