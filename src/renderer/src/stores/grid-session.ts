// The active session as the grids need it: staged values to overlay on rows, validation messages of
// rejected edits, staging/undo/redo calls in order. View state only: the engine lives in main.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import type { CellEdit, JsonValue, SessionResource, SessionSummary, StageResult } from '@shared/model/session'
import { api } from '../api'
import { tracked } from '../composables/useErrorText'
import { useSessionsStore } from './sessions'

/** Changes read per review page (the engine's maximum). */
const PAGE = 1000
/** States whose value is not yet in the local copy: what a grid should show on top of its rows. */
const OVERLAID = new Set(['staged', 'pending', 'sent', 'failed', 'conflict'])

const cellKey = (resource: string, entityId: string | number, field: string): string => `${resource}|${String(entityId)}|${field}`
const entityKey = (resource: string, entityId: string | number): string => `${resource}|${String(entityId)}`

function defaultName(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `Edits ${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`
}

export const useGridSessionStore = defineStore('gridSession', () => {
  const storeId = ref<number | null>(null)
  const active = ref<SessionSummary | null>(null)
  /** entity → field → staged value; replaced (never mutated) so readers re-render. */
  const staged = shallowRef(new Map<string, Map<string, JsonValue | null>>())
  const errors = shallowRef(new Map<string, string>())
  /** Why a push failed a change (e.g. an image address gone since staging), until it is edited or pushed. */
  const failures = shallowRef(new Map<string, string>())
  const error = ref<string | null>(null)
  const pending = ref(0)
  // Calls run one after another: an undo typed right after a paste must undo that paste.
  let chain: Promise<unknown> = Promise.resolve()
  function queue<T>(fn: () => Promise<T>): Promise<T> {
    const next = chain.then(fn, fn)
    chain = next.catch(() => undefined)
    return next
  }

  // The Sessions screen and the staged-changes bar read the sessions store: tell it about every new
  // summary, and follow it when the active session changes there (switched, discarded, pushed).
  const sessions = useSessionsStore()
  function publish(summary: SessionSummary | null): void {
    active.value = summary
    if (summary) sessions.note(summary)
    else if (storeId.value !== null) sessions.activeByStore = { ...sessions.activeByStore, [storeId.value]: null }
  }
  watch(
    () => (storeId.value === null ? undefined : sessions.activeByStore[storeId.value]),
    (theirs) => {
      if (theirs === undefined) return
      const mine = active.value
      if (theirs?.id !== mine?.id || (theirs && mine && theirs.updatedAt > mine.updatedAt)) void queue(refresh)
    }
  )

  const stagedCount = computed(() => active.value?.counts.staged ?? 0)
  const canUndo = computed(() => active.value?.canUndo ?? false)
  const canRedo = computed(() => active.value?.canRedo ?? false)

  const track = <T>(fn: () => Promise<T>): Promise<T | null> => tracked(error, (on) => (pending.value += on ? 1 : -1), fn)

  /** Re-reads the active session and every change in it that the local copy does not show yet. */
  async function refresh(): Promise<void> {
    const id = storeId.value
    if (id === null) return
    await track(async () => {
      const session = await api.getActiveSession(id)
      const next = new Map<string, Map<string, JsonValue | null>>()
      const failed = new Map<string, string>()
      if (session) {
        for (let offset = 0; ; offset += PAGE) {
          const page = await api.reviewSession(id, session.id, { offset, limit: PAGE })
          for (const c of page.rows) {
            if (c.kind !== 'update' || !OVERLAID.has(c.state)) continue
            if (c.state === 'failed' && c.error) failed.set(cellKey(c.resource, c.entityId, c.field), c.error)
            const k = entityKey(c.resource, c.entityId)
            const fields = next.get(k) ?? new Map<string, JsonValue | null>()
            fields.set(c.field, c.after)
            next.set(k, fields)
          }
          if (offset + page.rows.length >= page.total || page.rows.length === 0) break
        }
      }
      if (storeId.value !== id) return
      publish(session)
      staged.value = next
      failures.value = failed
    })
  }

  function open(id: number | null): Promise<void> {
    if (id === storeId.value) return queue(refresh)
    storeId.value = id
    active.value = null
    staged.value = new Map()
    errors.value = new Map()
    failures.value = new Map()
    return queue(refresh)
  }

  /** The active draft session, creating "Edits <date>" when there is none (or it was pushed). */
  async function ensureActive(id: number): Promise<SessionSummary> {
    const current = active.value ?? (await api.getActiveSession(id))
    if (current && (current.status === 'draft' || current.status === 'partial')) return current
    const taken = new Set((await api.listSessions(id)).map((s) => s.name.toLowerCase()))
    let name = defaultName()
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${defaultName()} (${n})`
    const created = await api.createSession(id, name)
    return (await api.setActiveSession(id, created.id)) ?? created
  }

  /** Validates and stages edits as one undo step; rejected cells keep their message until re-edited. */
  function stage(edits: CellEdit[]): Promise<StageResult | null> {
    return queue(async () => {
      const id = storeId.value
      if (id === null || edits.length === 0) return null
      const result = await track(async () => {
        const session = await ensureActive(id)
        return api.stageEdits(id, session.id, edits)
      })
      if (!result) return null
      const errs = new Map(errors.value)
      const rejected = new Set(result.rejected.map((r) => r.index))
      for (const e of edits) errs.delete(cellKey(e.resource, e.entityId, e.field))
      for (const r of result.rejected) {
        const e = edits[r.index]
        if (e) errs.set(cellKey(e.resource, e.entityId, e.field), r.message)
      }
      errors.value = errs
      // Show accepted values at once; the refresh below settles collapses and back-to-base edits.
      const next = new Map(staged.value)
      edits.forEach((e, i) => {
        if (rejected.has(i)) return
        const k = entityKey(e.resource, e.entityId)
        next.set(k, new Map(next.get(k) ?? []).set(e.field, e.value))
      })
      staged.value = next
      publish(result.session)
      await refresh()
      return result
    })
  }

  function step(kind: 'undo' | 'redo'): Promise<void> {
    return queue(async () => {
      const id = storeId.value
      const session = active.value
      if (id === null || !session) return
      if (kind === 'undo' ? !session.canUndo : !session.canRedo) return
      await track(() => (kind === 'undo' ? api.undoSession(id, session.id) : api.redoSession(id, session.id)))
      await refresh()
    })
  }

  function stagedFields(resource: SessionResource, entityId: string | number): ReadonlyMap<string, JsonValue | null> | undefined {
    return staged.value.get(entityKey(resource, entityId))
  }
  function isStaged(resource: SessionResource, entityId: string | number, field: string): boolean {
    return staged.value.get(entityKey(resource, entityId))?.has(field) ?? false
  }
  function errorOf(resource: SessionResource, entityId: string | number, field: string): string | undefined {
    const key = cellKey(resource, entityId, field)
    return errors.value.get(key) ?? failures.value.get(key)
  }

  return {
    storeId, active, staged, errors, error, pending, stagedCount, canUndo, canRedo,
    open, refresh: () => queue(refresh), stage, ensureActive, undo: () => step('undo'), redo: () => step('redo'), stagedFields, isStaged, errorOf
  }
})
