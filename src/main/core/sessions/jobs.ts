// Background push jobs: one per session at a time, with pause / resume / cancel, progress events
// (counts and ETA) and the final result. The job itself is runPush; this only steers it.
import { randomUUID } from 'node:crypto'
import { AppError } from '@shared/errors'
import type { JobId, JobProgress, JobState } from '@shared/model/job'
import type { PushResult } from '@shared/model/session'
import type { PushControl, PushCounts } from './push'

export interface Job {
  id: JobId
  storeId: number
  sessionId: string
  progress: JobProgress
  done: Promise<PushResult>
}

export interface JobRunner {
  start(storeId: number, sessionId: string, run: (control: PushControl) => Promise<PushResult>): Job
  get(id: JobId): Job | undefined
  forSession(sessionId: string): Job | undefined
  pause(id: JobId): JobProgress
  resume(id: JobId): JobProgress
  cancel(id: JobId): JobProgress
  /** Cancels every running job and waits for them (app shutdown). */
  closeAll(): Promise<void>
}

/** Remaining time from the pace so far: elapsed × remaining / done. Null until something is done. */
export function etaMs(elapsedMs: number, done: number, total: number): number | null {
  if (done <= 0 || total <= done) return done > 0 ? 0 : null
  return Math.round((elapsedMs * (total - done)) / done)
}

export function createJobRunner(emit: (p: JobProgress) => void, now: () => number = Date.now): JobRunner {
  const jobs = new Map<JobId, Job & { abort: AbortController; paused: { promise: Promise<void>; release: () => void } | null }>()

  function update(job: Job, patch: Partial<JobProgress>): void {
    job.progress = { ...job.progress, ...patch }
    emit({ ...job.progress })
  }

  const runner: JobRunner = {
    start(storeId, sessionId, run) {
      const existing = runner.forSession(sessionId)
      if (existing) return existing
      const id = randomUUID()
      const abort = new AbortController()
      const startedAt = now()
      const progress: JobProgress = {
        jobId: id, kind: 'push', storeId, sessionId, state: 'running', total: 0, applied: 0, failed: 0, conflicts: 0, sent: 0, requests: 0, rateLimited: 0, startedAt, etaMs: null
      }
      const job = { id, storeId, sessionId, progress, abort, paused: null as null | { promise: Promise<void>; release: () => void }, done: Promise.resolve({} as PushResult) }
      let lastEmit = 0
      const control: PushControl = {
        signal: abort.signal,
        gate: () => job.paused?.promise ?? Promise.resolve(),
        progress(c: PushCounts) {
          const t = now()
          const finished = c.applied + c.failed
          const patch = { ...c, etaMs: etaMs(t - startedAt, finished, c.total - c.conflicts) }
          // Throttled: thousands of single calls must not flood the renderer with events.
          if (t - lastEmit < 200 && finished < c.total) {
            job.progress = { ...job.progress, ...patch }
            return
          }
          lastEmit = t
          update(job, patch)
        }
      }
      job.done = run(control).then(
        (result) => {
          const state: JobState = result.state === 'done' ? 'done' : result.state === 'cancelled' ? 'cancelled' : 'failed'
          update(job, { state, etaMs: 0, ...(result.message ? { message: result.message } : {}) })
          jobs.delete(id)
          return result
        },
        (e: unknown) => {
          update(job, { state: 'failed', message: e instanceof Error ? e.message : String(e) })
          jobs.delete(id)
          throw e
        }
      )
      // Callers that only follow events must not see an unhandled rejection.
      job.done.catch(() => undefined)
      jobs.set(id, job)
      emit({ ...progress })
      return job
    },
    get: (id) => jobs.get(id),
    forSession: (sessionId) => [...jobs.values()].find((j) => j.sessionId === sessionId),
    pause(id) {
      const job = jobs.get(id)
      if (!job) throw new AppError('NOT_FOUND', 'This push has finished already.')
      if (!job.paused) {
        let release = (): void => undefined
        const promise = new Promise<void>((r) => (release = r))
        job.paused = { promise, release }
        update(job, { state: 'paused', etaMs: null })
      }
      return { ...job.progress }
    },
    resume(id) {
      const job = jobs.get(id)
      if (!job) throw new AppError('NOT_FOUND', 'This push has finished already.')
      if (job.paused) {
        job.paused.release()
        job.paused = null
        update(job, { state: 'running' })
      }
      return { ...job.progress }
    },
    cancel(id) {
      const job = jobs.get(id)
      if (!job) throw new AppError('NOT_FOUND', 'This push has finished already.')
      job.abort.abort()
      job.paused?.release()
      job.paused = null
      return { ...job.progress }
    },
    async closeAll() {
      const all = [...jobs.values()]
      for (const j of all) runner.cancel(j.id)
      await Promise.allSettled(all.map((j) => j.done))
    }
  }
  return runner
}
