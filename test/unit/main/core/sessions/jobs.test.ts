// The push job runner: one job per session, pause holds the gate, resume releases it, cancel aborts,
// progress events carry counts and an ETA from the pace so far.
import { describe, expect, it } from 'vitest'
import type { JobProgress } from '@shared/model/job'
import { createJobRunner, etaMs } from '../../../../../src/main/core/sessions/jobs'

describe('jobs', () => {
  it('computes the ETA from the pace so far', () => {
    expect(etaMs(1000, 0, 10)).toBeNull()
    expect(etaMs(1000, 5, 10)).toBe(1000)
    expect(etaMs(1000, 10, 10)).toBe(0)
  })

  it('pauses, resumes and cancels a push, reporting each state', async () => {
    const events: JobProgress[] = []
    const runner = createJobRunner((p) => events.push(p))
    let passed = 0
    const job = runner.start(1, 's1', async (control) => {
      for (let i = 0; i < 100 && !control.signal.aborted; i++) {
        await control.gate()
        passed++
        control.progress({ total: 100, applied: passed, failed: 0, conflicts: 0, sent: 0, requests: passed, rateLimited: 0 })
        await new Promise((r) => setTimeout(r, 2))
      }
      return { applied: passed, failed: 0, conflicts: 0, skipped: 0, requests: passed, rateLimited: 0, durationMs: 0, state: control.signal.aborted ? 'cancelled' : 'done' }
    })
    expect(runner.start(1, 's1', async () => Promise.reject(new Error('second job'))).id).toBe(job.id)
    await new Promise((r) => setTimeout(r, 20))
    expect(runner.pause(job.id).state).toBe('paused')
    await new Promise((r) => setTimeout(r, 10))
    const held = passed
    await new Promise((r) => setTimeout(r, 30))
    expect(passed).toBeLessThanOrEqual(held + 1)
    runner.resume(job.id)
    await new Promise((r) => setTimeout(r, 20))
    expect(passed).toBeGreaterThan(held + 1)
    runner.cancel(job.id)
    const result = await job.done
    expect(result.state).toBe('cancelled')
    expect(events.map((e) => e.state)).toEqual(expect.arrayContaining(['running', 'paused', 'cancelled']))
    expect(events.at(-1)).toMatchObject({ jobId: job.id, sessionId: 's1', state: 'cancelled' })
    expect(runner.get(job.id)).toBeUndefined()
  })
})
