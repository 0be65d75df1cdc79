// Maps Ecwid access scopes to what the UI may do per area (read/update/create).
import type { AccessLevel, StoreCapabilities } from '@shared/model/store'
import type { SyncResource } from '@shared/model/sync'

const AREAS: Record<keyof StoreCapabilities, string> = {
  catalog: 'catalog',
  orders: 'orders',
  coupons: 'discount_coupons',
  customers: 'customers',
  profile: 'store_profile'
}

export function capabilitiesFromScopes(scopes: readonly string[]): StoreCapabilities {
  const has = (s: string): boolean => scopes.includes(s)
  const level = (area: string): AccessLevel => ({ read: has(`read_${area}`), update: has(`update_${area}`), create: has(`create_${area}`) })
  return {
    catalog: level(AREAS.catalog),
    orders: level(AREAS.orders),
    coupons: level(AREAS.coupons),
    customers: level(AREAS.customers),
    profile: { ...level(AREAS.profile), create: false }
  }
}

const ALL: AccessLevel = { read: true, update: true, create: true }
export const FULL_CAPABILITIES: StoreCapabilities = { catalog: ALL, orders: ALL, coupons: ALL, customers: ALL, profile: { ...ALL, create: false } }

const AREA_OF: Record<SyncResource, keyof StoreCapabilities> = {
  products: 'catalog', categories: 'catalog', orders: 'orders', coupons: 'coupons', customers: 'customers', profile: 'profile'
}

/**
 * After a sync that Ecwid refused for some resources (a 403 with a working token): those areas are
 * read-only, since the local copy can no longer be brought up to date and edits would be refused too.
 */
export function withUnsyncedReadOnly(caps: StoreCapabilities, skipped: readonly SyncResource[]): StoreCapabilities {
  const out = { ...caps }
  for (const r of skipped) out[AREA_OF[r]] = { ...out[AREA_OF[r]], update: false, create: false }
  return out
}
