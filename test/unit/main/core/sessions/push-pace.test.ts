// The push's model of Ecwid's FIFO batch queue: a late look must not slow the next batch's polls.
import { describe, expect, it } from 'vitest'
import { learnPace } from '../../../../../src/main/core/sessions/push'

describe('learnPace', () => {
  it('found done on the first look: the pace only speeds up, so overshoots do not add up', () => {
    // 5 steps at 100 ms each learned; this batch was seen done 900 ms after it could start (late look).
    const p = learnPace(100, 1_000, 1_900, { polls: 1, busyAt: 1_000 }, 5)
    expect(p.msPerStep).toBe(100)
    // The next batch started when this one is estimated done, not when it was seen done.
    expect(p.doneAt).toBe(1_500)
    expect(learnPace(100, 1_000, 1_300, { polls: 1, busyAt: 1_000 }, 5)).toEqual({ msPerStep: 60, doneAt: 1_300 })
  })

  it('found busy first: done between the last busy look and the answer', () => {
    expect(learnPace(50, 1_000, 2_000, { polls: 2, busyAt: 1_600 }, 4)).toEqual({ msPerStep: 200, doneAt: 1_800 })
  })
})
