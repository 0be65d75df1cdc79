// The push's model of Ecwid's FIFO batch queue: a late look must not slow the next batch's polls.
import { describe, expect, it } from 'vitest'
import { CATCH_UP_POLL_MS, learnPace, pollTiming } from '../../../../../src/main/core/sessions/push'
import { BATCH_MS_PER_STEP } from '../../../../../src/main/core/sessions/plan'

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

// Ecwid runs a store's batches FIFO (https://docs.ecwid.com/api-reference/rest-api/batch-requests):
// the next batch starts the moment the one ahead ends, whenever Stockroom happens to look.
describe('pollTiming', () => {
  it('first look at 0.7 of the expected time, counted from when the batch could start', () => {
    // 5 steps at 100 ms: expected 500 ms; 100 ms already waited.
    expect(pollTiming(100, 5, 100, 0)).toEqual({ firstPollMs: 250, maxPollMs: 500 })
  })

  it('the batch ahead was seen done long after its last busy look: this one may be done too, look at once', () => {
    // The one ahead finished somewhere in the last 2 s; this one needs 500 ms.
    expect(pollTiming(100, 5, 0, 2_000)).toEqual({ firstPollMs: 0, minPollMs: CATCH_UP_POLL_MS, maxPollMs: 500 })
  })

  it('a busy answer never waits past the whole batch, even before the pace is known', () => {
    // Measured in the push bench: 100 of 500 done after 1.7 s extrapolated to a 6.9 s wait on a batch that ended 0.85 s later.
    expect(pollTiming(100, 5, 0, 0).maxPollMs).toBe(500)
    expect(pollTiming(0, 5, 0, 0)).toEqual({ maxPollMs: 5 * BATCH_MS_PER_STEP })
  })
})
