// A value read from the open store's local copy, cached per store and read again after each of its
// syncs. The read runs in main over IPC; a failed read keeps what was cached (or `fallback`).
import { computed, ref, watch, type ComputedRef } from 'vue'
import { useConnectionStore } from '../stores/connection'
import { useStatusStore } from '../stores/status'

/** Returns a composable sharing one cache across its callers; call it inside setup. */
export function syncedPerStore<T>(read: (storeId: number) => Promise<T>, fallback: T): () => ComputedRef<T> {
  const cache = ref<Record<number, T>>({})
  return () => {
    const connection = useConnectionStore()
    const status = useStatusStore()
    const storeId = computed(() => connection.currentId)
    async function load(id: number): Promise<void> {
      try {
        const value = await read(id)
        cache.value = { ...cache.value, [id]: value }
      } catch {
        // Kept: the caller shows its fallback (built-in statuses, ISO dates) until a read succeeds.
      }
    }
    watch(
      () => [storeId.value, storeId.value === null ? 0 : (status.sync[storeId.value]?.lastSyncAt ?? 0)] as const,
      ([id]) => void (id !== null && load(id)),
      { immediate: true }
    )
    return computed(() => (storeId.value === null ? fallback : ((cache.value[storeId.value] as T | undefined) ?? fallback)))
  }
}
