// The shared FakeClock test helper: time order, abort, microtask flushing, runAll.

import { describe, expect, it } from 'vitest'
import { FakeClock } from '../../../../helpers/fake-clock'

describe('FakeClock', () => {
  it('resolves sleeps in time order, then creation order, with now() at each due time', async () => {
    const clock = new FakeClock(0)
    const log: string[] = []
    void clock.sleep(30).then(() => log.push(`c@${clock.now()}`))
    void clock.sleep(10).then(() => log.push(`a@${clock.now()}`))
    void clock.sleep(10).then(() => log.push(`b@${clock.now()}`))
    await clock.advance(20)
    expect(log).toEqual(['a@10', 'b@10'])
    expect(clock.now()).toBe(20)
    await clock.advance(100)
    expect(log).toEqual(['a@10', 'b@10', 'c@30'])
    expect(clock.now()).toBe(120)
  })

  it('fires sleeps scheduled by woken code within the same advance', async () => {
    const clock = new FakeClock(0)
    const times: number[] = []
    const loop = async (): Promise<void> => {
      for (let i = 0; i < 3; i++) {
        await clock.sleep(5)
        await Promise.resolve()
        times.push(clock.now())
      }
    }
    void loop()
    await clock.advance(15)
    expect(times).toEqual([5, 10, 15])
  })

  it('rejects an aborted sleep with the signal reason and forgets it', async () => {
    const clock = new FakeClock(0)
    const controller = new AbortController()
    const sleeping = clock.sleep(50, controller.signal)
    controller.abort(new Error('stop'))
    await expect(sleeping).rejects.toThrow('stop')
    expect(clock.pendingTimers()).toBe(0)
    await expect(clock.sleep(1, controller.signal)).rejects.toThrow('stop')
  })

  it('runAll() drains every sleep and guards against endless loops', async () => {
    const clock = new FakeClock(0)
    void clock.sleep(1_000)
    await clock.runAll()
    expect(clock.now()).toBe(1_000)
    expect(clock.pendingTimers()).toBe(0)
    const forever = async (): Promise<void> => {
      for (;;) await clock.sleep(1)
    }
    void forever()
    await expect(clock.runAll(50)).rejects.toThrow(/endless/)
  })
})
