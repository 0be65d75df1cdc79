// The store profile form's state: the synced profile with the active session's staged values on top,
// staged and undone through the same grid-session store as grid edits (one session, one undo history).
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { StoreProfile } from '@shared/model/profile'
import type { JsonValue, SessionSummary } from '@shared/model/session'
import { api } from '../api'
import { errorText } from '../composables/useErrorText'
import { useConnectionStore } from './connection'
import { useGridSessionStore } from './grid-session'

/** Value at a dot path of the profile ("company.city"); undefined when a step is missing. */
export function valueAt(profile: unknown, path: string): unknown {
  let cur: unknown = profile
  for (const key of path.split('.')) {
    if (typeof cur !== 'object' || cur === null || Array.isArray(cur)) return undefined
    cur = (cur as Record<string, unknown>)[key]
  }
  return cur
}

export const useProfileStore = defineStore('profile', () => {
  const storeId = ref<number | null>(null)
  const profile = ref<StoreProfile | null>(null)
  const loaded = ref(false)
  const busy = ref(false)
  const error = ref<string | null>(null)

  const connection = useConnectionStore()
  const session = useGridSessionStore()
  const capabilities = computed(() => connection.current?.capabilities.profile ?? null)
  /** Why the form cannot be edited, or null when it can. */
  const readOnlyReason = computed(() => {
    const c = capabilities.value
    if (!c) return null
    if (!c.read) return 'The token lacks read_store_profile, so the profile cannot be shown or edited.'
    return c.update ? null : 'Read-only — the token lacks update_store_profile. Reconnect the store with a token that has it to edit the profile.'
  })

  /** The profile is one entity per store, keyed by the store id (see SESSION_RESOURCES). */
  const staged = computed<ReadonlyMap<string, JsonValue | null>>(() => (storeId.value === null ? new Map() : (session.stagedFields('profile', storeId.value) ?? new Map())))
  const fieldErrors = computed<Record<string, string>>(() => {
    const out: Record<string, string> = {}
    if (storeId.value === null) return out
    const prefix = `profile|${storeId.value}|`
    for (const [key, message] of session.errors) if (key.startsWith(prefix)) out[key.slice(prefix.length)] = message
    return out
  })
  const activeSession = computed<SessionSummary | null>(() => session.active)

  /** What the form shows: the staged value when there is one, else the synced one. */
  function shown(path: string): unknown {
    return staged.value.has(path) ? staged.value.get(path) : valueAt(profile.value, path)
  }
  const isStaged = (path: string): boolean => staged.value.has(path)

  async function open(id: number | null): Promise<void> {
    storeId.value = id
    profile.value = null
    loaded.value = false
    if (id === null) return
    try {
      const [p] = await Promise.all([api.getProfile(id), session.open(id)])
      if (storeId.value !== id) return
      profile.value = p
      error.value = null
    } catch (e) {
      error.value = errorText(e)
    } finally {
      loaded.value = storeId.value === id
    }
  }

  /** Re-reads the local profile in place (after a sync or a push) without blanking the form. */
  async function reload(): Promise<void> {
    const id = storeId.value
    if (id === null) return
    try {
      const p = await api.getProfile(id)
      if (storeId.value === id) profile.value = p
      await session.refresh()
    } catch (e) {
      error.value = errorText(e)
    }
  }

  /** Stages one field into the active session; the message (if rejected) shows beside the field. */
  async function stage(path: string, value: JsonValue): Promise<void> {
    const id = storeId.value
    if (id === null || readOnlyReason.value) return
    busy.value = true
    try {
      await session.stage([{ resource: 'profile', entityId: id, field: path, value }])
    } finally {
      busy.value = false
    }
  }

  return { storeId, profile, loaded, busy, error, staged, fieldErrors, session: activeSession, readOnlyReason, shown, isStaged, open, reload, stage, undo: () => session.undo() }
})
