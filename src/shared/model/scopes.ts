// Ecwid access scopes, as listed in "Get started with REST API" (ecwid-docs), used to decide which
// Stockroom features a token unlocks. Pure data.

export const ECWID_SCOPES = [
  'read_store_profile',
  'update_store_profile',
  'read_store_limits',
  'read_catalog',
  'update_catalog',
  'create_catalog',
  'read_orders',
  'update_orders',
  'create_orders',
  'read_customers',
  'update_customers',
  'create_customers',
  'read_discount_coupons',
  'update_discount_coupons',
  'create_discount_coupons',
  'customize_storefront',
  'add_to_cp',
  'add_shipping_method',
  'add_payment_method',
  'public_storefront',
  'customize_cart_calculation',
  'read_invoices',
  'charge',
  'read_store_stats',
  'read_staff',
  'invite_staff',
  'delete_staff',
  'read_subscriptions',
  'update_subscriptions'
] as const
export type EcwidScope = (typeof ECWID_SCOPES)[number]

/** The scopes Stockroom needs for read-only browsing of everything it shows. */
export const READ_SCOPES = [
  'read_store_profile',
  'read_catalog',
  'read_orders',
  'read_customers',
  'read_discount_coupons'
] as const satisfies readonly EcwidScope[]
