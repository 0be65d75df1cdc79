// A value read from the open store's local copy, cached per store and read again after each of its
// syncs. The read runs in main over IPC; a failed read keeps what was cached (or `fallback`).
import { computed, ref, type ComputedRef } from 'vue'
import { useConnectionStore } from '../stores/connection'
import { onLocalCopyChange } from './useLocalCopyReads'

/** Returns a composable sharing one cache across its callers; call it inside setup. */
export function syncedPerStore<T>(read: (storeId: number) => Promise<T>, fallback: T): () => ComputedRef<T> {
  const cache = ref<Record<number, T>>({})
  return () => {
    const connection = useConnectionStore()
    const storeId = computed(() => connection.currentId)
    async function load(id: number): Promise<void> {
      try {
        const value = await read(id)
        cache.value = { ...cache.value, [id]: value }
      } catch {
        // Kept: the caller shows its fallback (built-in statuses, ISO dates) until a read succeeds.
      }
    }
    onLocalCopyChange((id) => void load(id))
    return computed(() => (storeId.value === null ? fallback : ((cache.value[storeId.value] as T | undefined) ?? fallback)))
  }
}
