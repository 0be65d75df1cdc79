// createSessionsService: the contract's session methods over one SessionEngine per store, the push
// job runner and the ports. services.ts spreads `api` into StockroomApi; the CLI uses runPush to
// push in the foreground. No electron import; never logs a token.
import { AppError } from '@shared/errors'
import type { StockroomApi } from '@shared/contract'
import type { PushResult } from '@shared/model/session'
import type { EcwidApi } from '../ecwid'
import type { EventHub } from '../events'
import { createApiEntitySource, nullSink } from './api-source'
import { runCatalogueBulk } from '../catalogue/bulk'
import { productCrudMethods } from '../catalogue/product-crud'
import { runBulk } from './bulk'
import { changeHistoryCsv, searchChangeHistory } from './change-history'
import { checkConflicts, listConflicts, resolveConflicts } from './conflicts'
import { openEngine, type SessionEngine } from './engine'
import { historyCsv, listHistory } from './history'
import { createJobRunner } from './jobs'
import { acquirePushLock } from './push-lock'
import { buildOps, estimatePush } from './plan'
import type { EntitySink, EntitySource } from './ports'
import type { ImagePushOptions } from './image-push'
import { runPush, type PushControl, type PushOptions } from './push'
import { createRemote, type RemoteOptions } from './remote'
import { revertSession } from './revert'
import { reviewPage } from './review'
import { stageCreate, stageDeletes, stageEdits, type StagingDeps } from './staging'
import { stageCouponCodes } from './coupon-codes'
import type { OrderStatus } from '@shared/model/order-status'

export const SESSION_METHODS = [
  'listSessions', 'createSession', 'renameSession', 'discardSession', 'getActiveSession', 'setActiveSession',
  'stageEdits', 'stageCreate', 'stageCouponCodes', 'stageDeletes', 'stageDuplicates', 'previewProductDeletes', 'undoSession', 'redoSession', 'previewBulk', 'applyBulk',
  'reviewSession', 'discardChanges', 'checkConflicts', 'listConflicts', 'resolveConflicts', 'estimatePush',
  'pushSession', 'retryFailed', 'getJob', 'pauseJob', 'resumeJob', 'cancelJob', 'revertSession', 'listHistory',
  'exportHistoryCsv', 'searchChangeHistory', 'exportChangeHistory'
] as const
export type SessionsApi = Pick<StockroomApi, (typeof SESSION_METHODS)[number]>

export interface SessionsServiceDeps {
  dataDir: string
  apiFor(storeId: number): Promise<EcwidApi>
  events?: EventHub
  /** Where entities are read and the server's answers written; default: the API and nowhere. */
  portsFor?(storeId: number, api: EcwidApi): { source: EntitySource; sink: EntitySink }
  /** Decimals of the store's currency (null: unknown here); default: read once from the profile (2 if unreadable). */
  precisionOf?(storeId: number): Promise<number | null>
  /** The store's synced order statuses (null: none synced yet); default and fallback: read once from Ecwid. */
  orderStatusesOf?(storeId: number): Promise<readonly OrderStatus[] | null>
  remote?: RemoteOptions
  push?: PushOptions
  /** Chosen image files and the address check (staging refuses bad links; the push checks again). */
  images?: ImagePushOptions
  now?: () => number
}

export interface SessionsService {
  api: SessionsApi
  /** Pushes in the foreground (the CLI); progress through the callback. */
  runPush(storeId: number, sessionId: string, opts?: { retryFailed?: boolean; signal?: AbortSignal; onProgress?: PushControl['progress'] }): Promise<PushResult>
  engine(storeId: number): SessionEngine
  close(): Promise<void>
}

export function createSessionsService(deps: SessionsServiceDeps): SessionsService {
  const now = deps.now ?? Date.now
  const engines = new Map<number, SessionEngine>()
  const precision = new Map<number, number>()
  const statuses = new Map<number, readonly OrderStatus[]>()
  const jobs = createJobRunner((p) => deps.events?.emit('jobProgress', p), now)

  const engine = (storeId: number): SessionEngine => {
    let e = engines.get(storeId)
    if (!e) engines.set(storeId, (e = openEngine(deps.dataDir, storeId, now)))
    return e
  }
  async function precisionOf(storeId: number, api: EcwidApi): Promise<number> {
    const given = await deps.precisionOf?.(storeId)
    if (typeof given === 'number') return given
    const cached = precision.get(storeId)
    if (cached !== undefined) return cached
    let p = 2
    try {
      const profile = await api.profile.get({ responseFields: 'formatsAndUnits(currencyPrecision)' })
      p = profile.formatsAndUnits?.currencyPrecision ?? 2
    } catch {
      // Offline or no profile scope: Ecwid's default precision keeps validation useful.
    }
    precision.set(storeId, p)
    return p
  }
  async function orderStatusesOf(storeId: number, api: EcwidApi): Promise<readonly OrderStatus[]> {
    const local = await deps.orderStatusesOf?.(storeId)
    if (local) return local
    const cached = statuses.get(storeId)
    if (cached) return cached
    let list: readonly OrderStatus[] = []
    try {
      list = (await api.profile.orderStatuses()).items
    } catch {
      // Offline or no profile scope: the built-in statuses still validate.
    }
    statuses.set(storeId, list)
    return list
  }
  async function context(storeId: number): Promise<StagingDeps & { api: EcwidApi; sink: EntitySink; engine: SessionEngine }> {
    const e = engine(storeId)
    const api = await deps.apiFor(storeId)
    const ports = deps.portsFor?.(storeId, api) ?? { source: createApiEntitySource(api), sink: nullSink }
    const p = await precisionOf(storeId, api)
    return {
      engine: e,
      api,
      db: e.db,
      sessions: e.sessions,
      changes: e.changes,
      undo: e.undo,
      source: ports.source,
      sink: ports.sink,
      validation: {
        precision: p,
        isSkuTaken: (sku, exceptId) => ports.source.isSkuTaken(sku, exceptId),
        isCouponCodeTaken: (code, exceptId) => ports.source.isCouponCodeTaken(code, exceptId),
        orderStatuses: () => orderStatusesOf(storeId, api),
        checkImageUrls: deps.images?.checkUrls
      }
    }
  }
  /** Local-only calls need no API client (and work offline). */
  const local = (storeId: number): SessionEngine => engine(storeId)

  function startPush(storeId: number, sessionId: string, retryFailed: boolean): string {
    const e = local(storeId)
    e.sessions.get(sessionId)
    // This process's own job already holds the lock: pushing again just shows that job.
    const running = jobs.forSession(sessionId)
    if (running) return running.id
    // Taken before the job starts, so a second pusher gets CONFLICT from pushSession itself.
    let jobId: string | null = null
    const lock = acquirePushLock(e.db, sessionId, {
      onLost: () => {
        try {
          if (jobId) jobs.cancel(jobId)
        } catch {
          // finished meanwhile
        }
      }
    })
    try {
      jobId = jobs.start(storeId, sessionId, async (control) => {
        try {
          const ctx = await context(storeId)
          const remote = createRemote(ctx.api, deps.remote)
          return await runPush({ ...ctx.engine, remote, source: ctx.source, sink: ctx.sink, images: deps.images, now }, sessionId, control, { ...deps.push, retryFailed })
        } finally {
          lock.release()
        }
      }).id
    } catch (err) {
      lock.release()
      throw err
    }
    return jobId
  }
  const jobOrThrow = (id: string) => {
    const j = jobs.get(id)
    if (!j) throw new AppError('NOT_FOUND', 'This push has finished already.')
    return j
  }

  const api: SessionsApi = {
    listSessions: async (storeId) => local(storeId).sessions.list(),
    createSession: async (storeId, name) => local(storeId).sessions.create(name),
    renameSession: async (storeId, id, name) => local(storeId).sessions.rename(id, name),
    async discardSession(storeId, id) {
      local(storeId).sessions.discard(id)
    },
    getActiveSession: async (storeId) => local(storeId).sessions.active(),
    async setActiveSession(storeId, id) {
      local(storeId).sessions.setActive(id)
      return local(storeId).sessions.active()
    },
    async stageEdits(storeId, id, edits) {
      const ctx = await context(storeId)
      const r = await stageEdits(ctx, id, edits)
      return { session: ctx.sessions.get(id), ...r }
    },
    async stageCreate(storeId, id, resource, fields) {
      const ctx = await context(storeId)
      const entityId = await stageCreate(ctx, id, resource, fields)
      return { session: ctx.sessions.get(id), entityId }
    },
    async stageCouponCodes(storeId, id, request) {
      const ctx = await context(storeId)
      const result = await stageCouponCodes(ctx, id, request)
      return { session: ctx.sessions.get(id), ...result }
    },
    ...productCrudMethods(context),
    async stageDeletes(storeId, id, resource, ids) {
      const ctx = await context(storeId)
      await stageDeletes(ctx, id, resource, ids)
      return ctx.sessions.get(id)
    },
    async undoSession(storeId, id) {
      const e = local(storeId)
      e.sessions.requireEditable(id)
      e.undo.undo(id)
      return e.sessions.get(id)
    },
    async redoSession(storeId, id) {
      const e = local(storeId)
      e.sessions.requireEditable(id)
      e.undo.redo(id)
      return e.sessions.get(id)
    },
    async previewBulk(storeId, id, resource, selection, op) {
      const ctx = await context(storeId)
      return op.kind === 'catalogue' ? runCatalogueBulk(ctx, id, selection, op.steps, false) : runBulk(ctx, id, resource, selection, op, false)
    },
    async applyBulk(storeId, id, resource, selection, op) {
      const ctx = await context(storeId)
      const preview = op.kind === 'catalogue' ? await runCatalogueBulk(ctx, id, selection, op.steps, true) : await runBulk(ctx, id, resource, selection, op, true)
      return { ...preview, session: ctx.sessions.get(id) }
    },
    reviewSession: async (storeId, id, filter) => {
      local(storeId).sessions.get(id)
      return reviewPage(local(storeId).db, id, filter)
    },
    async discardChanges(storeId, id, changeIds) {
      const e = local(storeId)
      e.sessions.requireEditable(id)
      const rows = e.changes.byIds(id, changeIds)
      const entries = rows.map((r) => e.changes.remove(id, r))
      e.undo.record(id, `Discard ${rows.length} change${rows.length === 1 ? '' : 's'}`, entries)
      return e.sessions.get(id)
    },
    async checkConflicts(storeId, id) {
      const ctx = await context(storeId)
      ctx.sessions.requireEditable(id)
      await checkConflicts(ctx.db, createRemote(ctx.api, deps.remote), ctx.changes.byState(id, ['staged']), undefined, now)
      return listConflicts(ctx.db, id)
    },
    listConflicts: async (storeId, id) => listConflicts(local(storeId).db, id),
    async resolveConflicts(storeId, id, changeIds, resolution) {
      const e = local(storeId)
      resolveConflicts(e.db, id, changeIds, resolution, now)
      return e.sessions.get(id)
    },
    async estimatePush(storeId, id) {
      const e = local(storeId)
      const rows = e.changes.byState(id, ['staged', 'pending', 'sent'])
      const resources = new Set(rows.filter((r) => r.kind === 'update').map((r) => r.resource))
      // Variations are re-read one product at a time (conflicts.ts), not by one search per resource.
      const variationProducts = new Set(rows.filter((r) => r.resource === 'variations').map((r) => r.entity_id.split('/')[0]))
      const conflictReads = resources.size - (resources.has('variations') ? 1 : 0) + variationProducts.size
      return estimatePush({ changes: rows.length, ops: buildOps(rows), conflictReads })
    },
    pushSession: async (storeId, id) => startPush(storeId, id, false),
    retryFailed: async (storeId, id) => startPush(storeId, id, true),
    getJob: async (jobId) => jobs.get(jobId)?.progress ?? null,
    pauseJob: async (jobId) => jobs.pause(jobOrThrow(jobId).id),
    resumeJob: async (jobId) => jobs.resume(jobOrThrow(jobId).id),
    cancelJob: async (jobId) => jobs.cancel(jobOrThrow(jobId).id),
    async revertSession(storeId, id) {
      const ctx = await context(storeId)
      return revertSession(ctx, id)
    },
    listHistory: async (storeId) => listHistory(local(storeId).db, local(storeId).sessions),
    exportHistoryCsv: async (storeId, id) => historyCsv(local(storeId).db, local(storeId).sessions, id ?? undefined),
    searchChangeHistory: async (storeId, query) => searchChangeHistory(local(storeId).db, query),
    exportChangeHistory: async (storeId, filter) => changeHistoryCsv(local(storeId).db, filter)
  }

  return {
    api,
    engine,
    async runPush(storeId, sessionId, opts = {}) {
      const ctx = await context(storeId)
      // Stops this push if another pusher took the lock over (ours looked stale to it).
      const lost = new AbortController()
      const lock = acquirePushLock(ctx.db, sessionId, { onLost: () => lost.abort() })
      try {
        const remote = createRemote(ctx.api, deps.remote)
        const signal = opts.signal ? AbortSignal.any([opts.signal, lost.signal]) : lost.signal
        const control: PushControl = { signal, gate: async () => undefined, progress: (c) => opts.onProgress?.(c) }
        return await runPush({ ...ctx.engine, remote, source: ctx.source, sink: ctx.sink, images: deps.images, now }, sessionId, control, { ...deps.push, retryFailed: opts.retryFailed })
      } finally {
        lock.release()
      }
    },
    async close() {
      await jobs.closeAll()
      for (const e of engines.values()) e.close()
      engines.clear()
    }
  }
}
