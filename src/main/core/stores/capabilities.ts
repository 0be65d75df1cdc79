// Maps Ecwid access scopes to what the UI may do per area (read/update/create).
import type { AccessLevel, StoreCapabilities } from '@shared/model/store'

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
