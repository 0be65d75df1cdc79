// What a sync covers and how it is asked for. Pure types and one const list; the engine lives in
// main/core/sync and never in shared.

export const SYNC_RESOURCES = ['products', 'categories', 'orders', 'coupons', 'customers', 'profile'] as const
export type SyncResource = (typeof SYNC_RESOURCES)[number]

export interface SyncOptions {
  /** Re-read everything instead of asking latest-stats what changed (the first sync is always full). */
  full?: boolean
  /** Limit the sync to these resources (default: all of them). */
  resources?: SyncResource[]
}

export type SyncMode = 'full' | 'incremental'
