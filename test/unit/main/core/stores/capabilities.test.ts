// stores/capabilities: Ecwid access scopes -> read/update/create per UI area.
import { describe, expect, it } from 'vitest'
import { capabilitiesFromScopes, FULL_CAPABILITIES } from '../../../../../src/main/core/stores/capabilities'

const NONE = { read: false, update: false, create: false }

describe('capabilitiesFromScopes', () => {
  it('grants nothing without scopes', () => {
    expect(capabilitiesFromScopes([])).toEqual({ catalog: NONE, orders: NONE, coupons: NONE, customers: NONE, profile: NONE })
  })

  it('maps each area to its Ecwid scope names', () => {
    const caps = capabilitiesFromScopes(['read_catalog', 'update_catalog', 'read_orders', 'create_discount_coupons', 'read_customers', 'update_customers', 'read_store_profile'])
    expect(caps.catalog).toEqual({ read: true, update: true, create: false })
    expect(caps.orders).toEqual({ read: true, update: false, create: false })
    expect(caps.coupons).toEqual({ read: false, update: false, create: true })
    expect(caps.customers).toEqual({ read: true, update: true, create: false })
    expect(caps.profile).toEqual({ read: true, update: false, create: false })
  })

  it('never grants creating a profile', () => {
    expect(capabilitiesFromScopes(['read_store_profile', 'update_store_profile', 'create_store_profile']).profile).toEqual({ read: true, update: true, create: false })
  })

  it('matches scopes exactly, not by prefix or case', () => {
    expect(capabilitiesFromScopes(['read_catalogs', 'READ_CATALOG', 'read_catalog ', 'coupons', 'read_coupons']).catalog).toEqual(NONE)
    expect(capabilitiesFromScopes(['read_coupons', 'update_coupons']).coupons).toEqual(NONE)
  })

  it('ignores scopes of unrelated areas', () => {
    expect(capabilitiesFromScopes(['public_storefront', 'read_store_stats', 'add_to_cart'])).toEqual(capabilitiesFromScopes([]))
  })
})

describe('FULL_CAPABILITIES', () => {
  it('allows everything except creating a profile', () => {
    const all = { read: true, update: true, create: true }
    expect(FULL_CAPABILITIES).toEqual({ catalog: all, orders: all, coupons: all, customers: all, profile: { ...all, create: false } })
  })

  it('equals what a token with every scope gets', () => {
    const scopes = ['catalog', 'orders', 'discount_coupons', 'customers', 'store_profile'].flatMap((a) => [`read_${a}`, `update_${a}`, `create_${a}`])
    expect(capabilitiesFromScopes(scopes)).toEqual(FULL_CAPABILITIES)
  })
})
