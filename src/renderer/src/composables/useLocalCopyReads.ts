// When a view must read the open store's local copy again: once per store it opens, and after each
// sync of it that finished since the last read began. The status bar seeds the sync state after the
// shell starts; that figure becoming known is not a new sync, and re-reading on it doubled the
// first queries of every screen (issue 18: 14 IPC round trips before the first product rows).
import { watch } from 'vue'
import { useConnectionStore } from '../stores/connection'
import { useStatusStore } from '../stores/status'

/** Calls `read(storeId)` now (when a store is open) and whenever the local copy may have changed. */
export function onLocalCopyChange(read: (storeId: number) => void): void {
  const connection = useConnectionStore()
  const status = useStatusStore()
  let readFor: number | null = null
  let readAt = 0
  watch(
    () => {
      const id = connection.currentId
      return [id, id === null ? null : (status.sync[id]?.lastSyncAt ?? null)] as const
    },
    ([id, syncedAt]) => {
      if (id === null) return
      // Main and renderer share the machine's clock: a sync stamped before the read began is in it.
      if (id === readFor && (syncedAt === null || syncedAt <= readAt)) return
      readFor = id
      readAt = Date.now()
      read(id)
    },
    { immediate: true }
  )
}
