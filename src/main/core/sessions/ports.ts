// What the session engine needs from the rest of the app, as ports: where entities are read (the
// local store, later) and where the server's answers are written back. No electron import.
import type { EntityId, EntitySelection, SessionResource } from '@shared/model/session'
import { variationLabel } from './variation-port'

export type Entity = Record<string, unknown>

/** Reads entities as the merchant sees them (the local store once it is wired; the API for the CLI). */
export interface EntitySource {
  get(resource: SessionResource, id: EntityId): Promise<Entity | null>
  /** Every entity of the selection; `query` becomes GridQuery when the local store lands. */
  select(resource: SessionResource, selection: EntitySelection): AsyncIterable<Entity>
  /**
   * Is this SKU used by a product or variation other than `exceptId`? A variation id
   * ("productId/combinationId") excludes that variation only; a product id excludes the product.
   */
  isSkuTaken(sku: string, exceptId?: EntityId): Promise<boolean>
  /** Is this coupon code (case-insensitive, like Ecwid) used by a coupon other than `exceptId`? */
  isCouponCodeTaken(code: string, exceptId?: EntityId): Promise<boolean>
  /**
   * Epoch ms at which this resource's copy was last known to match Ecwid (the last sync; now for a
   * live API read). A push re-reads only what changed on Ecwid after it. Null/absent: unknown.
   */
  freshAsOf?(resource: SessionResource): number | null
}

/** Receives entities as Ecwid now has them, after a push or a conflict check. */
export interface EntitySink {
  /** True when writes go nowhere (no local store yet): the push then skips assembling entities. */
  readonly discards?: boolean
  upsert(resource: SessionResource, entity: Entity): Promise<void>
  remove(resource: SessionResource, id: EntityId): Promise<void>
}

/** The field that identifies an entity: orders use their string id, everything else a number. */
export function idOf(entity: Entity): string {
  // The store profile has no id of its own: it is identified by its store's id.
  const info = entity.generalInfo
  const id = entity.id ?? (typeof info === 'object' && info !== null ? (info as { storeId?: unknown }).storeId : undefined)
  return typeof id === 'number' || typeof id === 'string' ? String(id) : ''
}

/** A readable name for the review: product name, coupon code, order id, customer email, "Store profile". */
export function labelOf(resource: SessionResource, entity: Entity): string {
  const pick = (key: string): string | undefined => (typeof entity[key] === 'string' && entity[key] !== '' ? (entity[key] as string) : undefined)
  if (resource === 'coupons') return pick('code') ?? pick('name') ?? idOf(entity)
  if (resource === 'customers') return pick('email') ?? pick('name') ?? idOf(entity)
  if (resource === 'orders') return `Order ${idOf(entity)}`
  if (resource === 'profile') return 'Store profile'
  if (resource === 'variations') return variationLabel(entity)
  return pick('name') ?? pick('sku') ?? idOf(entity)
}

/** The SKU or coupon code the merchant searches the change history by ('' when the entity has none). */
export function codeOf(entity: Entity): string {
  for (const key of ['sku', 'code']) {
    const v = entity[key]
    if (typeof v === 'string' && v !== '') return v
  }
  return ''
}
