// Preview, then stage, one bulk operation (the bulk edit and product options dialogs): the engine's
// preview is kept only while the operation and selection it was made for stay the same, and staging
// goes into the active session (created when there is none) as one undo step.
import { computed, ref, shallowRef, watch } from 'vue'
import type { BulkOperation, BulkPreview, BulkResult, EntitySelection, SessionResource } from '@shared/model/session'
import { api } from '../api'
import { useGridSessionStore } from '../stores/grid-session'
import { tracked } from './useErrorText'

export interface BulkRunInput {
  storeId: () => number
  resource: () => SessionResource
  selection: () => EntitySelection
  /** The operation, or what is missing in the merchant's words. */
  build: () => { op: BulkOperation } | { error: string }
  /** A last check before main is asked (null: go ahead). */
  check?: () => string | null
}

export function useBulkRun(input: BulkRunInput) {
  const session = useGridSessionStore()
  const built = computed(input.build)
  const key = computed(() => JSON.stringify([input.resource(), input.selection(), 'op' in built.value ? built.value.op : null]))
  const busy = ref(false)
  const error = ref<string | null>(null)
  const preview = shallowRef<{ key: string; result: BulkPreview } | null>(null)
  const current = computed(() => (preview.value?.key === key.value ? preview.value.result : null))
  watch(key, () => (error.value = null))

  async function run<T>(fn: (sessionId: string, op: BulkOperation) => Promise<T>): Promise<T | null> {
    const b = built.value
    const problem = 'error' in b ? b.error : (input.check?.() ?? null)
    if ('error' in b || problem !== null) {
      error.value = problem
      return null
    }
    return tracked(error, (on) => (busy.value = on), async () => fn((await session.ensureActive(input.storeId())).id, b.op))
  }

  async function doPreview(): Promise<void> {
    const k = key.value
    const result = await run((sid, op) => api.previewBulk(input.storeId(), sid, input.resource(), input.selection(), op))
    if (result) preview.value = { key: k, result }
  }

  /** Stages the previewed operation; the grid and the staged-changes bar re-read the session. */
  async function doStage(): Promise<BulkResult | null> {
    if (!current.value) return null
    const result = await run((sid, op) => api.applyBulk(input.storeId(), sid, input.resource(), input.selection(), op))
    if (result) await session.refresh()
    return result
  }

  /** Whether any preview was shown (for an operation or selection since changed, perhaps). */
  const previewed = computed(() => preview.value !== null)
  return { busy, error, current, previewed, doPreview, doStage }
}
