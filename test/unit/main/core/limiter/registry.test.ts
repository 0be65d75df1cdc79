// One scheduler per store key, a combined view, and closing a store's scheduler.

import { describe, expect, it } from 'vitest'
import { FakeClock } from '../../../../helpers/fake-clock'
import { createSchedulerRegistry } from '../../../../../src/main/core/limiter/registry'

describe('createSchedulerRegistry', () => {
  it('keeps one scheduler per key, created with the registry options', async () => {
    const clock = new FakeClock()
    const registry = createSchedulerRegistry({ clock, limit: 100, safetyMargin: 5 })
    const a = registry.get('store-1')
    expect(registry.get('store-1')).toBe(a)
    const b = registry.get('store-2')
    expect(b).not.toBe(a)
    ;(await a.acquire('background')).done({ kind: 'ok' })
    expect(registry.all()).toEqual([
      { key: 'store-1', stats: expect.objectContaining({ totalRequests: 1, budget: 95 }) },
      { key: 'store-2', stats: expect.objectContaining({ totalRequests: 0, budget: 95 }) }
    ])
  })

  it('isolates stores: one blocked token does not stop another store', async () => {
    const registry = createSchedulerRegistry({ clock: new FakeClock() })
    ;(await registry.get('bad').acquire('background')).done({ kind: 'auth-invalid' })
    await expect(registry.get('bad').acquire('background')).rejects.toMatchObject({ code: 'AUTH_INVALID' })
    await expect(registry.get('good').acquire('background')).resolves.toBeDefined()
  })

  it('delete() cancels queued acquirers and forgets the scheduler', async () => {
    const clock = new FakeClock()
    const registry = createSchedulerRegistry({ clock })
    const first = registry.get('s')
    await first.acquire('background') // probe still in flight: the next one queues
    const queued = first.acquire('background')
    expect(registry.delete('s')).toBe(true)
    await expect(queued).rejects.toMatchObject({ code: 'CANCELLED' })
    await expect(first.acquire('interactive')).rejects.toMatchObject({ code: 'CANCELLED' })
    expect(registry.has('s')).toBe(false)
    expect(registry.delete('s')).toBe(false)
    expect(registry.get('s')).not.toBe(first)
    expect(clock.pendingTimers()).toBe(0)
  })
})
