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

/** Resources whose items can be set aside (the profile is one object: it syncs or fails). */
export type SetAsideResource = Exclude<SyncResource, 'profile'>

/** Items of one resource a sync could not store, with why; every other item synced. */
export interface SetAsideSummary {
  resource: SetAsideResource
  count: number
  /** The first few, for the status line and the CLI. */
  examples: { id: string; reason: string }[]
}

/**
 * Something a sync did differently and the merchant should know, e.g. a full re-read because
 * Ecwid's deleted-items history (kept 6 months) no longer covers the last sync.
 */
export interface SyncNote {
  resource: SyncResource
  text: string
}

/** "3 orders could not be read: 1008 (it has no internal id), …" */
export function setAsideLine(s: SetAsideSummary): string {
  const noun = s.count === 1 ? s.resource.replace(/ies$/, 'y').replace(/s$/, '') : s.resource
  const shown = s.examples.map((e) => `${e.id} (${e.reason})`).join(', ')
  const more = s.count > s.examples.length ? ', …' : ''
  return `${s.count} ${noun} could not be read: ${shown}${more}`
}
