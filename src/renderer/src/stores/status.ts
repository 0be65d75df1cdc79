// Live status-bar figures pushed from main: rate-limit gauge, connection and sync state per store.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ConnectionState, RateLimitState, SyncState } from '@shared/model/app'
import { api, onEvent } from '../api'

export const useStatusStore = defineStore('status', () => {
  const rateLimit = ref<Record<number, RateLimitState>>({})
  const connection = ref<Record<number, ConnectionState>>({})
  const sync = ref<Record<number, SyncState>>({})
  let unsubscribers: (() => void)[] = []

  function listen(): void {
    if (unsubscribers.length) return
    unsubscribers = [
      onEvent('rateLimit', (s) => (rateLimit.value = { ...rateLimit.value, [s.storeId]: s })),
      onEvent('connection', (s) => (connection.value = { ...connection.value, [s.storeId]: s })),
      onEvent('syncState', (s) => (sync.value = { ...sync.value, [s.storeId]: s }))
    ]
  }

  async function refreshRateLimit(storeId: number): Promise<void> {
    try {
      const s = await api.getRateLimit(storeId)
      rateLimit.value = { ...rateLimit.value, [storeId]: s }
    } catch {
      // The gauge keeps its last figure; connection errors are reported by the connection event.
    }
  }

  /** Seeds the sync figure for a store the app just selected (events only tell what changes later). */
  async function refreshSync(storeId: number): Promise<void> {
    try {
      const s = await api.getSyncState(storeId)
      // An event that arrived meanwhile is newer than this answer: keep it.
      if (!sync.value[storeId]) sync.value = { ...sync.value, [storeId]: s }
    } catch {
      // Nothing to show yet; the next syncState event fills it in.
    }
  }

  async function syncNow(storeId: number): Promise<void> {
    await api.syncStore(storeId, {})
  }

  async function cancelSync(storeId: number): Promise<void> {
    await api.cancelSync(storeId)
  }

  function stop(): void {
    unsubscribers.forEach((u) => u())
    unsubscribers = []
  }

  return { rateLimit, connection, sync, listen, refreshRateLimit, refreshSync, syncNow, cancelSync, stop }
})
