// One entity's full Ecwid JSON from the local copy for detail panels (order items and addresses,
// product descriptions), loaded when the shown row changes; stale answers are dropped.
import { ref, watch, type Ref } from 'vue'
import type { GridResource } from '@shared/model/grid'
import type { JsonValue } from '@shared/model/session'
import { api } from '../api'
import { errorText } from './useErrorText'

export type JsonObject = { [key: string]: JsonValue }

export const isObject = (v: JsonValue | undefined | null): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v)

export function useEntityJson(storeId: Ref<number | null>, resource: GridResource, id: Ref<string | number | null>) {
  const json = ref<JsonObject | null>(null)
  const loading = ref(false)
  const error = ref<string | null>(null)
  let ticket = 0
  watch(
    [storeId, id],
    async ([sid, eid]) => {
      const mine = ++ticket
      json.value = null
      error.value = null
      if (sid === null || eid === null) return
      loading.value = true
      try {
        const v = await api.getEntityJson(sid, resource, eid)
        if (mine === ticket) json.value = isObject(v) ? v : null
      } catch (e) {
        if (mine === ticket) error.value = errorText(e)
      } finally {
        if (mine === ticket) loading.value = false
      }
    },
    { immediate: true }
  )
  return { json, loading, error }
}
