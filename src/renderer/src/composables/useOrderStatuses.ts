// The open store's order statuses as grid choices: built-in ones plus the custom statuses the store
// has enabled, labelled with the store's own names. Read from the synced profile; re-read after every sync.
import { computed, ref, watch } from 'vue'
import { statusLabel, usableStatuses, type OrderStatus, type OrderStatusType } from '@shared/model/order-status'
import { api } from '../api'
import type { OrderStatusOptions } from '../components/grid-views/columns'
import type { EnumOption } from '../components/grid/types'
import { useConnectionStore } from '../stores/connection'
import { useStatusStore } from '../stores/status'

const cache = ref<Record<number, readonly OrderStatus[]>>({})

export function orderStatusOptions(statuses: readonly OrderStatus[]): OrderStatusOptions {
  const options = (type: OrderStatusType): EnumOption[] => usableStatuses(statuses, type).map((id) => ({ value: id, label: statusLabel(id, statuses) }))
  return { payment: options('PAYMENT_STATUS'), fulfillment: options('FULFILLMENT_STATUS') }
}

export function useOrderStatuses() {
  const connection = useConnectionStore()
  const status = useStatusStore()
  const storeId = computed(() => connection.currentId)

  async function load(id: number): Promise<void> {
    try {
      const profile = await api.getProfile(id)
      cache.value = { ...cache.value, [id]: profile?.orderStatuses ?? [] }
    } catch {
      // Without a synced profile the grid offers the built-in statuses.
    }
  }
  watch(
    () => [storeId.value, storeId.value === null ? 0 : (status.sync[storeId.value]?.lastSyncAt ?? 0)] as const,
    ([id]) => void (id !== null && load(id)),
    { immediate: true }
  )

  return computed(() => orderStatusOptions(storeId.value === null ? [] : (cache.value[storeId.value] ?? [])))
}
