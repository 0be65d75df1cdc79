// Product variations ("combinations") as session entities. Ecwid keeps them inside their product and
// edits them at /products/{id}/combinations/{cid}; the engine addresses one by a single string id.
import type { EntityId } from '@shared/model/session'
import { isRecord } from './json-path'
import type { Entity } from './ports'

/**
 * A variation's session entity id is the string "productId/combinationId" (e.g. "123/456"): a
 * string, so it survives JSON and IPC unchanged, stays unique across products (combination ids are
 * only unique within a product), groups a product's variations together when ids sort as text, and
 * maps straight onto the REST path. The entity itself is the combination as Ecwid sends it with
 * `id` replaced by that string, plus `productId`, `combinationId` and `productName` (for labels).
 */
export interface VariationKey {
  productId: number
  combinationId: number
}

/** Fields the engine adds to a combination; never sent to Ecwid. */
export const SYNTHETIC_FIELDS = ['productId', 'combinationId', 'productName'] as const

export const variationEntityId = (productId: number, combinationId: number): string => `${productId}/${combinationId}`

export function parseVariationId(id: EntityId): VariationKey | null {
  const m = /^(\d+)\/(\d+)$/.exec(String(id))
  if (!m) return null
  const productId = Number(m[1])
  const combinationId = Number(m[2])
  return Number.isSafeInteger(productId) && Number.isSafeInteger(combinationId) ? { productId, combinationId } : null
}

const combinationsOf = (product: Entity): Entity[] => (Array.isArray(product.combinations) ? product.combinations.filter(isRecord) : [])

export function variationEntity(product: Entity, combination: Entity): Entity {
  const productId = Number(product.id)
  const combinationId = Number(combination.id)
  const productName = typeof product.name === 'string' ? product.name : ''
  return { ...combination, id: variationEntityId(productId, combinationId), productId, combinationId, productName }
}

/** Every variation of a product, as session entities. */
export function variationsOf(product: Entity | null): Entity[] {
  return product ? combinationsOf(product).map((c) => variationEntity(product, c)) : []
}

/** One variation of a product, or null when the product no longer has it. */
export function variationIn(product: Entity | null, key: VariationKey): Entity | null {
  const found = product ? combinationsOf(product).find((c) => Number(c.id) === key.combinationId) : undefined
  return product && found ? variationEntity(product, found) : null
}

/** Back to Ecwid's shape: the synthetic fields dropped and the combination's own id restored. */
export function combinationOf(entity: Entity): Entity {
  const out: Entity = { ...entity }
  for (const k of SYNTHETIC_FIELDS) delete out[k]
  const key = parseVariationId(String(entity.id))
  if (key) out.id = key.combinationId
  return out
}

/** The product with one combination replaced (appended when it was not there). */
export function withCombination(product: Entity, variation: Entity): Entity {
  const combination = combinationOf(variation)
  const list = combinationsOf(product)
  const at = list.findIndex((c) => Number(c.id) === Number(combination.id))
  const next = at < 0 ? [...list, combination] : list.map((c, i) => (i === at ? { ...c, ...combination } : c))
  return { ...product, combinations: next }
}

const CREATE_PATH = /^\/products\/(\d+)\/combinations$/

/**
 * A variation create as Ecwid documents it (POST /products/{id}/combinations with the options
 * selection, https://api-docs.ecwid.com/reference/create-product-variation): the staged body
 * names its product in `productId`, which goes into the path; synthetic fields are never sent.
 */
export function variationCreateSub(body: Entity): { method: 'POST'; path: string; body: Entity } {
  const out: Entity = { ...body }
  for (const k of SYNTHETIC_FIELDS) delete out[k]
  delete out.id
  return { method: 'POST', path: `/products/${Number(body.productId)}/combinations`, body: out }
}

/** The product a variation create is for, from its request path (null for other requests). */
export function createdForProduct(path: string): number | null {
  const m = CREATE_PATH.exec(path)
  return m ? Number(m[1]) : null
}

/** Whether a variation selects every one of these option values (names and values exact). */
export function selectsOptions(entity: Entity, wanted: readonly { name: string; value: string }[]): boolean {
  const own = Array.isArray(entity.options) ? entity.options.filter(isRecord) : []
  return wanted.every((w) => own.some((o) => o.name === w.name && o.value === w.value))
}

/** "<product name> — <option values>", e.g. "Linen shirt — L, Blue", for the review. */
export function variationLabel(entity: Entity): string {
  const options = Array.isArray(entity.options) ? entity.options.filter(isRecord).map((o) => String(o.value ?? '')).filter((v) => v !== '') : []
  const name = typeof entity.productName === 'string' && entity.productName !== '' ? entity.productName : `Product ${String(entity.productId ?? '')}`
  const what = options.length > 0 ? options.join(', ') : typeof entity.sku === 'string' && entity.sku !== '' ? entity.sku : `variation ${String(entity.combinationId ?? '')}`
  return `${name} — ${what}`
}

/** Reads a variation through a product reader (local copy, API or memory). */
export async function readVariation(getProduct: (id: number) => Promise<Entity | null>, id: EntityId): Promise<Entity | null> {
  const key = parseVariationId(id)
  return key ? variationIn(await getProduct(key.productId), key) : null
}
