// Which stores exist and which one is open. View state only; the store list lives in main.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { isAppError } from '@shared/errors'
import type { AppInfo } from '@shared/model/app'
import type { StoreSummary } from '@shared/model/store'
import { api } from '../api'
import { errorText } from '../composables/useErrorText'

const LAST_STORE_KEY = 'stockroom.lastStoreId'

export const useConnectionStore = defineStore('connection', () => {
  const appInfo = ref<AppInfo | null>(null)
  const stores = ref<StoreSummary[]>([])
  const currentId = ref<number | null>(null)
  const busy = ref(false)
  const error = ref<string | null>(null)

  const current = computed(() => stores.value.find((s) => s.storeId === currentId.value) ?? null)

  async function load(): Promise<void> {
    try {
      // Independent reads, asked together: the grid's first query waits for the store list.
      const [info, list] = await Promise.all([api.getAppInfo(), api.listStores()])
      appInfo.value = info
      stores.value = list
      const last = Number(localStorage.getItem(LAST_STORE_KEY))
      const remembered = stores.value.find((s) => s.storeId === last)
      if (remembered) currentId.value = remembered.storeId
    } catch (e) {
      error.value = errorText(e)
      // A damaged store list is reported once and comes back rebuilt: show the message and the list.
      if (isAppError(e) && e.details?.recovered === true) {
        try {
          stores.value = await api.listStores()
        } catch {
          // the message above already says what to do
        }
      }
    }
  }

  function select(storeId: number): void {
    currentId.value = storeId
    localStorage.setItem(LAST_STORE_KEY, String(storeId))
  }

  async function openDemo(): Promise<void> {
    busy.value = true
    error.value = null
    try {
      const demo = await api.openDemoStore()
      stores.value = await api.listStores()
      select(demo.storeId)
    } catch (e) {
      error.value = errorText(e)
    } finally {
      busy.value = false
    }
  }

  /** Connects a store; returns null on success or the error text to show beside the form. */
  async function connect(input: { storeId: number; token: string; label?: string }): Promise<string | null> {
    busy.value = true
    try {
      const summary = await api.connectStore(input)
      stores.value = await api.listStores()
      select(summary.storeId)
      return null
    } catch (e) {
      return errorText(e)
    } finally {
      busy.value = false
    }
  }

  async function rename(storeId: number, label: string): Promise<string | null> {
    try {
      await api.renameStore(storeId, label)
      stores.value = await api.listStores()
      return null
    } catch (e) {
      return errorText(e)
    }
  }

  async function remove(storeId: number, deleteLocalData: boolean): Promise<string | null> {
    try {
      await api.removeStore(storeId, { deleteLocalData })
      stores.value = await api.listStores()
      if (currentId.value === storeId) {
        currentId.value = null
        localStorage.removeItem(LAST_STORE_KEY)
      }
      return null
    } catch (e) {
      return errorText(e)
    }
  }

  return { appInfo, stores, currentId, current, busy, error, load, select, openDemo, connect, rename, remove }
})
