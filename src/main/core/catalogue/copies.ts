// Bodies for re-creating a product and its variations from a copy Ecwid sent: the fields Ecwid's
// create-product and create-product-variation requests document (the writable product descriptors,
// https://api-docs.ecwid.com/reference/add-product and .../create-product-variation), nothing it
// computes. Used by Duplicate and by the revert of a pushed delete. Pure.
import type { JsonValue } from '@shared/model/session'
import { PRODUCT_FIELDS } from '@shared/model/schema/product'
import type { FieldDescriptor } from '@shared/model/schema/types'
import { isRecord } from '../sessions/json-path'
import type { Entity } from '../sessions/ports'

const descriptors = Object.values(PRODUCT_FIELDS) as FieldDescriptor[]
const sendable = (f: FieldDescriptor): boolean => f.edit !== 'read-only' && f.ecwidApi !== false
const top = (path: string): string => path.split('.')[0] as string
/** A storefront URL must stay unique to one product, so a copy gets its own (Ecwid makes one). */
const NOT_COPIED = new Set(['customSlug'])

export const PRODUCT_CREATE_FIELDS: ReadonlySet<string> = new Set(descriptors.filter(sendable).map((f) => top(f.path)).filter((p) => !NOT_COPIED.has(p)))
export const VARIATION_CREATE_FIELDS: ReadonlySet<string> = new Set([...descriptors.filter((f) => sendable(f) && f.variation === true).map((f) => top(f.path)), 'options'])

function pick(entity: Entity, keep: ReadonlySet<string>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {}
  for (const [k, v] of Object.entries(entity)) if (keep.has(k) && v !== undefined && v !== null) out[k] = v as JsonValue
  return out
}

/** The product's own create fields (options and categories included, variations and images not). */
export const productCreateBody = (product: Entity): Record<string, JsonValue> => pick(product, PRODUCT_CREATE_FIELDS)

export const combinationsOf = (product: Entity): Entity[] => (Array.isArray(product.combinations) ? product.combinations.filter(isRecord) : [])

/** One combination's create body, for the product staged as `productId` (a number or "new:<uuid>"). */
export function variationCreateBody(combination: Entity, productId: number | string, productName: string): Record<string, JsonValue> {
  const body = pick(combination, VARIATION_CREATE_FIELDS)
  if (Array.isArray(body.options)) body.options = (body.options as unknown[]).filter(isRecord).map((o) => ({ name: String(o.name ?? ''), value: String(o.value ?? '') }))
  return { ...body, productId, productName }
}

/** Images a product shows (main and gallery), as Ecwid lists them in `media.images`. */
export function imageCount(product: Entity): number {
  const media = isRecord(product.media) ? product.media : {}
  const images = Array.isArray(media.images) ? media.images.length : 0
  return images > 0 ? images : typeof product.imageUrl === 'string' && product.imageUrl !== '' ? 1 : 0
}
