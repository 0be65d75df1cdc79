// composables/useLocalCopyReads: a screen reads the open store's local copy once when it opens, not
// again when the status bar merely learns the sync state of an earlier sync (that doubled the first
// product query, issue 18), and again after a sync that finished since the read began.
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { effectScope, nextTick } from 'vue'
import type { SyncState } from '@shared/model/app'
import { onLocalCopyChange } from '../../../src/renderer/src/composables/useLocalCopyReads'
import { useConnectionStore } from '../../../src/renderer/src/stores/connection'
import { useStatusStore } from '../../../src/renderer/src/stores/status'

const synced = (storeId: number, lastSyncAt: number): SyncState => ({ storeId, phase: 'done', lastSyncAt })

describe('onLocalCopyChange', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('reads once per opened store, ignores a sync state that becomes known, re-reads after a newer sync', async () => {
    const connection = useConnectionStore()
    const status = useStatusStore()
    const reads: number[] = []
    const scope = effectScope()
    scope.run(() => onLocalCopyChange((id) => reads.push(id)))
    expect(reads).toEqual([])

    connection.currentId = 7
    await nextTick()
    expect(reads).toEqual([7])

    // The status bar seeds the figure of a sync that finished before the screen read the copy.
    status.sync = { 7: synced(7, Date.now() - 60_000) }
    await nextTick()
    expect(reads).toEqual([7])

    status.sync = { 7: synced(7, Date.now() + 1_000) }
    await nextTick()
    expect(reads).toEqual([7, 7])

    connection.currentId = 8
    await nextTick()
    expect(reads).toEqual([7, 7, 8])
    scope.stop()
  })
})
