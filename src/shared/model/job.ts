// Long-running jobs (pushes) as the UI sees them: an id and progress events with counts and ETA.
// Types only.

export type JobId = string

export type JobState = 'running' | 'paused' | 'done' | 'failed' | 'cancelled'

export interface JobProgress {
  jobId: JobId
  kind: 'push'
  storeId: number
  sessionId: string
  state: JobState
  /** Changes in this push. */
  total: number
  applied: number
  failed: number
  conflicts: number
  /** Changes on the wire right now. */
  sent: number
  requests: number
  rateLimited: number
  startedAt: number
  /** Milliseconds left, or null before there is enough to estimate. */
  etaMs: number | null
  message?: string
}
