// Bulk edit sessions as the Sessions screen and the staged-changes bar see them: the store's session
// list, the active and selected session, push jobs' live progress. View state only: every rule is in main.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { JobProgress } from '@shared/model/job'
import type { ConflictResolution, HistoryEntry, PushEstimate, SessionSummary } from '@shared/model/session'
import { api, onEvent } from '../api'
import { errorText } from '../composables/useErrorText'

export const useSessionsStore = defineStore('sessions', () => {
  const storeId = ref<number | null>(null)
  const list = ref<SessionSummary[]>([])
  const selectedId = ref<string | null>(null)
  /** Active session per store: the bar shows it on any screen. */
  const activeByStore = ref<Record<number, SessionSummary | null>>({})
  /** Latest push progress per session (events carry the session id). */
  const jobs = ref<Record<string, JobProgress>>({})
  const estimate = ref<PushEstimate | null>(null)
  const history = ref<HistoryEntry[]>([])
  const error = ref<string | null>(null)
  /** Bumped whenever the selected session's changes may differ: review windows reload on it. */
  const revision = ref(0)
  let unsubscribe: (() => void) | null = null

  const selected = computed(() => list.value.find((s) => s.id === selectedId.value) ?? null)
  const selectedJob = computed(() => (selectedId.value ? (jobs.value[selectedId.value] ?? null) : null))

  /** Runs an action; its error (already merchant text from main) goes to the banner. */
  async function attempt<T>(fn: () => Promise<T>): Promise<T | undefined> {
    try {
      const r = await fn()
      error.value = null
      return r
    } catch (e) {
      error.value = errorText(e)
      return undefined
    }
  }

  /** Puts a fresh summary in the list (and the active slot) without reloading everything. */
  function note(summary: SessionSummary): void {
    const i = list.value.findIndex((s) => s.id === summary.id)
    if (i >= 0) list.value.splice(i, 1, summary)
    else if (summary.storeId === storeId.value) list.value.unshift(summary)
    if (summary.active || activeByStore.value[summary.storeId]?.id === summary.id) {
      activeByStore.value = { ...activeByStore.value, [summary.storeId]: summary.active ? summary : null }
    }
    if (summary.id === selectedId.value) revision.value++
  }

  function listen(): void {
    unsubscribe ??= onEvent('jobProgress', (p) => {
      jobs.value = { ...jobs.value, [p.sessionId]: p }
      if (p.state === 'done' || p.state === 'failed' || p.state === 'cancelled') {
        if (p.storeId === storeId.value) void refresh()
        void refreshActive(p.storeId)
      }
    })
  }

  async function refreshActive(id: number): Promise<void> {
    const active = await attempt(() => api.getActiveSession(id))
    if (active !== undefined) activeByStore.value = { ...activeByStore.value, [id]: active }
  }

  async function refresh(): Promise<void> {
    const id = storeId.value
    if (id === null) return
    const sessions = await attempt(() => api.listSessions(id))
    if (sessions === undefined || id !== storeId.value) return
    list.value = sessions
    activeByStore.value = { ...activeByStore.value, [id]: sessions.find((s) => s.active) ?? null }
    if (!sessions.some((s) => s.id === selectedId.value)) selectedId.value = (sessions.find((s) => s.active) ?? sessions[0])?.id ?? null
    revision.value++
  }

  async function open(id: number | null): Promise<void> {
    listen()
    if (id !== storeId.value) {
      storeId.value = id
      list.value = []
      selectedId.value = null
      history.value = []
    }
    await refresh()
  }

  function select(id: string): void {
    selectedId.value = id
    estimate.value = null
    revision.value++
  }

  const sid = (): number => {
    if (storeId.value === null) throw new Error('No store is open.')
    return storeId.value
  }

  async function create(name: string): Promise<boolean> {
    const s = await attempt(() => api.createSession(sid(), name))
    if (!s) return false
    await attempt(() => api.setActiveSession(sid(), s.id))
    await refresh()
    select(s.id)
    return true
  }

  async function rename(id: string, name: string): Promise<boolean> {
    const s = await attempt(() => api.renameSession(sid(), id, name))
    if (s) note(s)
    return s !== undefined
  }

  async function setActive(id: string | null): Promise<void> {
    await attempt(() => api.setActiveSession(sid(), id))
    await refresh()
  }

  async function discard(id: string): Promise<void> {
    await attempt(() => api.discardSession(sid(), id))
    await refresh()
  }

  async function undo(redo = false): Promise<void> {
    const s = selected.value
    if (!s || !(redo ? s.canRedo : s.canUndo)) return
    const next = await attempt(() => (redo ? api.redoSession(sid(), s.id) : api.undoSession(sid(), s.id)))
    if (next) note(next)
  }

  async function discardChanges(changeIds: number[]): Promise<void> {
    const s = selected.value
    if (!s || changeIds.length === 0) return
    const next = await attempt(() => api.discardChanges(sid(), s.id, changeIds))
    if (next) note(next)
  }

  async function loadEstimate(): Promise<void> {
    const s = selected.value
    estimate.value = s ? ((await attempt(() => api.estimatePush(sid(), s.id))) ?? null) : null
  }

  async function resolve(changeIds: number[] | 'all', resolution: ConflictResolution): Promise<void> {
    const s = selected.value
    if (!s) return
    const next = await attempt(() => api.resolveConflicts(sid(), s.id, changeIds, resolution))
    if (next) note(next)
  }

  async function push(retryFailed = false): Promise<void> {
    const s = selected.value
    if (!s) return
    const jobId = await attempt(() => (retryFailed ? api.retryFailed(sid(), s.id) : api.pushSession(sid(), s.id)))
    if (!jobId) return
    // The first progress event may have gone out before this answer: ask once.
    const p = await attempt(() => api.getJob(jobId))
    if (p && jobs.value[s.id]?.jobId !== jobId) jobs.value = { ...jobs.value, [s.id]: p }
    await refresh()
  }

  async function control(action: 'pause' | 'resume' | 'cancel'): Promise<void> {
    const job = selectedJob.value
    if (!job) return
    const call = action === 'pause' ? api.pauseJob : action === 'resume' ? api.resumeJob : api.cancelJob
    const p = await attempt(() => call(job.jobId))
    if (p) jobs.value = { ...jobs.value, [job.sessionId]: p }
  }

  async function revert(id: string): Promise<void> {
    const s = await attempt(() => api.revertSession(sid(), id))
    if (!s) return
    await refresh()
    select(s.id)
  }

  async function loadHistory(): Promise<void> {
    history.value = (await attempt(() => api.listHistory(sid()))) ?? []
  }

  async function exportCsv(id: string | null): Promise<string | null> {
    return (await attempt(() => api.exportHistoryCsv(sid(), id))) ?? null
  }

  return {
    storeId, list, selectedId, selected, activeByStore, jobs, selectedJob, estimate, history, error, revision,
    note, refresh, refreshActive, open, select, create, rename, setActive, discard, undo, discardChanges, loadEstimate,
    resolve, push, control, revert, loadHistory, exportCsv, attempt
  }
})
