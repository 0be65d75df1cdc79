// Two processes on one data folder share one token's window: the ledger file, driven here by two
// ledgers (as two processes would open it) on one fake clock. Ecwid's limit is per token, not per
// process: "up to 600 requests per minute with one application token"
// (https://docs.ecwid.com/api-reference/rest-api/get-started#rate-limits, /work/shared/ecwid-docs).

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FakeClock } from '../../../../helpers/fake-clock'
import { createScheduler } from '../../../../../src/main/core/limiter/scheduler'
import { openBudgetLedger, type BudgetLedger } from '../../../../../src/main/core/limiter/shared-budget'
import { tokenKey } from '../../../../../src/main/core/limiter/token-key'
import { maxStartsInWindow, simulate } from './harness'

const KEY = tokenKey('secret_sharedbudgettest')
let dir: string
const open: BudgetLedger[] = []

function ledger(role: 'app' | 'cli', pid: number, alive: Set<number> = new Set([1, 2])): BudgetLedger {
  const l = openBudgetLedger(dir, { role, pid, isAlive: (p) => alive.has(p) })
  open.push(l)
  return l
}

function schedulerOn(l: BudgetLedger, clock: FakeClock): ReturnType<typeof createScheduler> {
  const scheduler = createScheduler({ clock, shared: l.budgetFor() })
  scheduler.identify?.(KEY)
  return scheduler
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'budget-'))
})
afterEach(() => {
  for (const l of open.splice(0)) l.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('shared budget ledger', () => {
  it('two processes on one token never start more than the budget together in any window', async () => {
    const clock = new FakeClock()
    const t0 = clock.now()
    const a = schedulerOn(ledger('cli', 1), clock)
    const b = schedulerOn(ledger('cli', 2), clock)
    const runA = simulate(a, clock, 900, { latency: () => 50 })
    const runB = simulate(b, clock, 900, { latency: () => 80 })
    await clock.runAll()
    await Promise.all([runA.settled, runB.settled])
    const starts = [...runA.trace.starts, ...runB.trace.starts]
    expect(starts).toHaveLength(1_800)
    // Each alone would allow 590 per window; without the ledger together they reach 1,180.
    expect(maxStartsInWindow(starts, 60_000)).toBe(590)
    // Both got part of the first window: neither process is starved.
    expect(runA.trace.starts.filter((t) => t < t0 + 60_000).length).toBeGreaterThan(100)
    expect(runB.trace.starts.filter((t) => t < t0 + 60_000).length).toBeGreaterThan(100)
    expect(a.stats().usedLastMinute).toBe(b.stats().usedLastMinute)
  })

  it('a CLI job leaves the reserve to a running app, and gets it back once the app is killed', async () => {
    const clock = new FakeClock()
    const alive = new Set([1, 2])
    const app = ledger('app', 1, alive)
    const cli = ledger('cli', 2, alive).budgetFor()
    cli.identify(KEY)
    app.budgetFor()
    let taken = 0
    while (cli.take(clock.now(), 590).ok) taken++
    expect(taken).toBe(590 - 60)
    // The app's interactive requests still find room in the same window.
    const appBudget = app.budgetFor()
    appBudget.identify(KEY)
    expect(appBudget.take(clock.now(), 590).ok).toBe(true)

    alive.delete(1) // the app was killed: no close(), its row is still in the file
    await clock.advance(1_000)
    let more = 0
    while (cli.take(clock.now(), 590).ok) more++
    expect(taken + 1 + more).toBe(590)
  })

  it('a 429 pause recorded by one process holds back the other', async () => {
    const clock = new FakeClock()
    const a = schedulerOn(ledger('cli', 1), clock)
    const b = schedulerOn(ledger('cli', 2), clock)
    const first = await a.acquire('background')
    first.done({ kind: 'rate-limited', retryAfterMs: 5_000 })
    const started = clock.now()
    let grantedAt = -1
    const waiting = b.acquire('interactive').then((p) => {
      grantedAt = clock.now()
      p.done({ kind: 'ok' })
    })
    await clock.advance(4_999)
    expect(grantedAt).toBe(-1)
    await clock.runAll()
    await waiting
    expect(grantedAt).toBe(started + 5_000)
  })

  it('keeps tokens apart: another token is not slowed by this one', () => {
    const clock = new FakeClock()
    const one = ledger('cli', 1).budgetFor()
    const other = ledger('cli', 2).budgetFor()
    one.identify(KEY)
    other.identify(tokenKey('secret_someoneelse'))
    while (one.take(clock.now(), 10).ok);
    expect(other.take(clock.now(), 10).ok).toBe(true)
    expect(one.count(clock.now())).toBe(10)
  })
})
