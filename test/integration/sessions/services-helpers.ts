// Helpers for session tests over the real composition root: wait for a store's sync, push a session
// and wait for its last progress event.
import type { JobProgress } from '../../../src/shared/model/job'
import type { Services } from '../../../src/main/core/services'

export async function waitForSync(services: Services, storeId: number): Promise<void> {
  const deadline = Date.now() + 30_000
  for (;;) {
    const s = await services.api.getSyncState(storeId)
    if (s.phase === 'done') return
    if (s.phase === 'failed' || Date.now() > deadline) throw new Error(`sync did not finish: ${JSON.stringify(s)}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

/** Starts a push and resolves with its last progress event. */
export function pushAndWait(services: Services, storeId: number, sessionId: string): Promise<JobProgress> {
  return new Promise((resolve, reject) => {
    const stop = services.events.subscribe((name, payload) => {
      if (name !== 'jobProgress') return
      const p = payload as JobProgress
      if (p.sessionId !== sessionId || p.state === 'running' || p.state === 'paused') return
      stop()
      resolve(p)
    })
    services.api.pushSession(storeId, sessionId).catch((e: unknown) => {
      stop()
      reject(e)
    })
  })
}
