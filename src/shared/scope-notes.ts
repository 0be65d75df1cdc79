// What a token's missing scopes disable, in words a merchant understands. Pure; used by the Stores
// screen and the CLI.
import type { AccessLevel, StoreCapabilities } from './model/store'

const AREAS: { key: keyof StoreCapabilities; label: string; read: string; update: string }[] = [
  { key: 'catalog', label: 'Products', read: 'read_catalog', update: 'update_catalog' },
  { key: 'orders', label: 'Orders', read: 'read_orders', update: 'update_orders' },
  { key: 'coupons', label: 'Coupons', read: 'read_discount_coupons', update: 'update_discount_coupons' },
  { key: 'customers', label: 'Customers', read: 'read_customers', update: 'update_customers' },
  { key: 'profile', label: 'The store profile', read: 'read_store_profile', update: 'update_store_profile' }
]

export function missingScopeNotes(capabilities: StoreCapabilities): string[] {
  const notes: string[] = []
  for (const area of AREAS) {
    const level: AccessLevel = capabilities[area.key]
    if (!level.read) notes.push(`${area.label}: hidden — the token lacks ${area.read}.`)
    else if (!level.update) notes.push(`${area.label}: read-only — the token lacks ${area.update}.`)
  }
  return notes
}

/** Why an area is read-only ("the token lacks update_catalog"), or null when it may be edited. */
export function readOnlyReason(capabilities: StoreCapabilities, area: keyof StoreCapabilities): string | null {
  const a = AREAS.find((x) => x.key === area)
  if (!a) return null
  const level = capabilities[area]
  if (!level.read) return `the token lacks ${a.read}`
  return level.update ? null : `the token lacks ${a.update}`
}
