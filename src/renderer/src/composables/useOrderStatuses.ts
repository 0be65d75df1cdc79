// The open store's order statuses as grid choices: built-in ones plus the custom statuses the store
// has enabled, labelled with the store's own names. Read from the synced profile; re-read after every sync.
import { computed } from 'vue'
import { statusLabel, usableStatuses, type OrderStatus, type OrderStatusType } from '@shared/model/order-status'
import { api } from '../api'
import type { OrderStatusOptions } from '../components/grid-views/columns'
import type { EnumOption } from '../components/grid/types'
import { syncedPerStore } from './syncedPerStore'

const useStatuses = syncedPerStore<readonly OrderStatus[]>(async (id) => (await api.getProfile(id))?.orderStatuses ?? [], [])

export function orderStatusOptions(statuses: readonly OrderStatus[]): OrderStatusOptions {
  const options = (type: OrderStatusType): EnumOption[] => usableStatuses(statuses, type).map((id) => ({ value: id, label: statusLabel(id, statuses) }))
  return { payment: options('PAYMENT_STATUS'), fulfillment: options('FULFILLMENT_STATUS') }
}

/** Built-in statuses until the store's profile is synced. */
export function useOrderStatuses() {
  const statuses = useStatuses()
  return computed(() => orderStatusOptions(statuses.value))
}
