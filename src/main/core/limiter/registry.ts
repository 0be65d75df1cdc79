// One request scheduler per Ecwid token, keyed by a caller-chosen key (the store id), plus a combined view.
// Keys are store ids, never tokens (they show up in stats views); no electron import.

import { createScheduler, type ManagedScheduler, type SchedulerOptions } from './scheduler'
import type { SharedBudget } from './shared-budget'
import type { LimiterStats, RequestScheduler } from './types'

export interface SchedulerEntry {
  key: string
  stats: LimiterStats
}

export interface SchedulerRegistry {
  /** The scheduler for `key`, created on first use with the registry's options. */
  get(key: string): RequestScheduler
  has(key: string): boolean
  /** Live figures of every scheduler, in creation order (for a combined status view). */
  all(): SchedulerEntry[]
  /** Closes the key's scheduler (queued acquirers get CANCELLED) and forgets it. */
  delete(key: string): boolean
}

/**
 * Ecwid's 600/min limit is per token, so each store gets its own window, pause and bad-token state:
 * one store's refused token or 429 storm must not stall another store's requests.
 */
export interface RegistryOptions extends Omit<SchedulerOptions, 'shared'> {
  /** Each scheduler's view of the cross-process ledger (one per scheduler: it names its own token). */
  sharedFor?: () => SharedBudget
}

export function createSchedulerRegistry(registryOpts: RegistryOptions = {}): SchedulerRegistry {
  const { sharedFor, ...factoryOpts } = registryOpts
  const schedulers = new Map<string, ManagedScheduler>()
  return {
    get(key) {
      let scheduler = schedulers.get(key)
      if (scheduler === undefined) {
        scheduler = createScheduler({ ...factoryOpts, shared: sharedFor?.() })
        schedulers.set(key, scheduler)
      }
      return scheduler
    },
    has: (key) => schedulers.has(key),
    all: () => [...schedulers].map(([key, scheduler]) => ({ key, stats: scheduler.stats() })),
    delete(key) {
      const scheduler = schedulers.get(key)
      if (scheduler === undefined) return false
      scheduler.dispose()
      return schedulers.delete(key)
    }
  }
}
