// Reads the store's order statuses with its profile, so custom statuses (CUSTOM_PAYMENT_STATUS_1…)
// get their names and can be chosen offline. One request per profile read.
import { isAppError } from '@shared/errors'
import type { EcwidApi } from '../ecwid'
import type { Db } from '../store/db'
import { saveOrderStatuses } from '../store/order-statuses'

export async function syncOrderStatuses(db: Db, api: EcwidApi, signal?: AbortSignal): Promise<void> {
  try {
    const list = await api.profile.orderStatuses({ priority: 'background', signal })
    saveOrderStatuses(db, Array.isArray(list.items) ? list.items : [])
  } catch (e) {
    // Without the list, orders keep to the built-in statuses; the profile itself is synced.
    if (isAppError(e) && (e.code === 'SCOPE_MISSING' || e.code === 'NOT_FOUND')) return
    throw e
  }
}
