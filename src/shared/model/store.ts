// A store known on this machine, as the UI sees it. Never holds a token.

/** What the token may do, per area; detected when connecting. */
export interface StoreCapabilities {
  catalog: AccessLevel
  orders: AccessLevel
  coupons: AccessLevel
  customers: AccessLevel
  profile: AccessLevel
}

export interface AccessLevel {
  read: boolean
  update: boolean
  create: boolean
}

export interface StoreSummary {
  storeId: number
  /** The user's label for the store; defaults to the store's name. */
  label: string
  /** The store's name from its profile. */
  name: string
  currency: string
  /** Ecwid access scopes the token carries, as far as we could detect them. */
  scopes: string[]
  capabilities: StoreCapabilities
  /** True for the built-in demo store served by the local sandbox. */
  demo: boolean
  /** Epoch ms of the last successful sync, or null. */
  lastSyncAt: number | null
}
