// A `stockroom session push` child process SIGKILLed at random points and started again, 20 times:
// the server must end in exactly the intended state with no change applied twice (every product
// write on the sandbox is counted). Small sizes and low latency keep it to a few seconds per kill.
// The kill clock starts at the child's first request to the sandbox, not at spawn: the CLI's start-up
// (over a second, up to 5 s on a loaded machine) would otherwise eat the window in which a batch is
// open. The timeout leaves room for that start-up on each of the ~30 runs.
import { seededRandom } from '../../helpers/prng'
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { serverProduct, setup, type Harness } from './helpers'

const ROOT = resolve(__dirname, '../../..')
const TSX = resolve(ROOT, 'node_modules/.bin/tsx')
const CLI = resolve(ROOT, 'src/main/cli/index.ts')
const KILLS = 20


interface Run {
  code: number | null
  killed: boolean
  stdout: string
  stderr: string
}

/** Resolves when the sandbox has received a request beyond the `seen` it had at the start. */
function firstRequest(h: Harness, done: () => void): () => void {
  const seen = h.sb.stats().requests
  const timer = setInterval(() => {
    if (h.sb.stats().requests === seen) return
    clearInterval(timer)
    done()
  }, 5)
  return () => clearInterval(timer)
}

function runPush(h: Harness, name: string, killAfterMs: number | null): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(TSX, ['--tsconfig', 'tsconfig.node.json', CLI, 'session', 'push', name, '--store', String(h.storeId), '--api-base', h.sb.apiBase, '--data-dir', h.dir.path, '--json', '--poll-ms', '20'], {
      cwd: ROOT,
      env: { ...process.env, STOCKROOM_TOKEN: h.sb.tokens.full },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: tsx runs the CLI in a child node process, which a SIGKILL of tsx alone
      // would leave running (still pushing, and holding the session's push lock).
      detached: true
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    let killed = false
    let timer: NodeJS.Timeout | undefined
    const kill = (): void => {
      try {
        process.kill(-(child.pid ?? 0), 'SIGKILL')
        killed = true
      } catch {
        killed = false // exited already
      }
    }
    const stopWatching = killAfterMs === null ? () => {} : firstRequest(h, () => (timer = setTimeout(kill, killAfterMs)))
    child.on('exit', (code) => {
      stopWatching()
      clearTimeout(timer)
      done({ code, killed: killed && code === null, stdout, stderr })
    })
  })
}

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

describe('crash-safe push', () => {
  it(`resumes exactly after ${KILLS} SIGKILLs at random points`, async () => {
    // 502 products: one batch of 500 plus two single calls, so both journal paths get killed. The
    // batch runs in parallel mode (waves of 100): 200 ms a wave keeps it on the queue about 1 s.
    h = await setup({ sandbox: { products: 502, latencyMs: 3, batchStepMs: 200, rateLimit: { limit: 3000 } } })
    const harness = h
    const { sb, service, storeId } = harness
    const writes = new Map<number, number>()
    const original = sb.state.updateProduct.bind(sb.state)
    sb.state.updateProduct = (index, change) => {
      writes.set(index, (writes.get(index) ?? 0) + 1)
      return original(index, change)
    }
    // Deterministic delays so a failure can be replayed.
    const random = seededRandom(20260)
    const intended = new Map<string, unknown>()
    let sessions = 0
    const stageNext = async (): Promise<string> => {
      harness.resync()
      sessions++
      const name = `crash-${sessions}`
      const s = await service.api.createSession(storeId, name)
      await service.api.applyBulk(storeId, s.id, 'products', {}, { kind: 'adjust', field: 'price', by: 'amount', amount: 1 })
      for (const row of (await service.api.reviewSession(storeId, s.id, { limit: 1000 })).rows) intended.set(row.entityId, row.after)
      return name
    }
    const verify = (): void => {
      for (const [id, price] of intended) expect(serverProduct(sb, Number(id))?.price).toBe(price)
      // Each session writes each product once: more writes means a change was applied twice.
      for (const [index, n] of writes) expect({ index, n }).toEqual({ index, n: sessions })
    }

    let name = await stageNext()
    let kills = 0
    const log: string[] = []
    const landed = new Set<string>()
    while (kills < KILLS) {
      // From the first request: the push talks to Ecwid for about 1.5 s (profile and conflict reads,
      // the batch on the queue about 1 s, two single calls); some kills land after it is done.
      const delay = Math.round(random() * 1600)
      const t0 = Date.now()
      const run = await runPush(harness, name, delay)
      log.push(`${name} kill@${delay}ms → ${run.killed ? 'killed' : `exit ${run.code}`} after ${Date.now() - t0} ms`)
      if (process.env.SESSIONS_CRASH_LOG) console.warn(log.at(-1))
      if (run.killed) {
        kills++
        // Where the kill landed, from the journal: open requests with or without a ticket.
        const open = service.engine(storeId).db
          .prepare("SELECT sum(ticket IS NOT NULL) AS t, sum(ticket IS NULL) AS n FROM requests WHERE state = 'sent'")
          .get() as { t: number | null; n: number | null }
        if ((open.t ?? 0) > 0) landed.add('sent with ticket')
        if ((open.n ?? 0) > 0) landed.add('sent without ticket')
        log.push(`  journal: ${open.t ?? 0} open with ticket, ${open.n ?? 0} without`)
        continue
      }
      expect(run.code, `${run.stderr}\n${log.join('\n')}`).toBe(0)
      verify()
      name = await stageNext()
    }
    const last = await runPush(harness, name, null)
    expect(last.code, `${last.stderr}\n${log.join('\n')}`).toBe(0)
    const result = JSON.parse(last.stdout.trim()) as Record<string, number>
    expect(result).toMatchObject({ failed: 0, conflicts: 0, applied: 502 })
    verify()
    expect(kills).toBe(KILLS)
    // Random kills must have hit a batch in flight, not only start-up; the narrow ticketless
    // windows are also forced deterministically in recover.test.ts.
    expect([...landed], log.join('\n')).toContain('sent with ticket')
    if (process.env.SESSIONS_CRASH_LOG) console.warn(log.join('\n'))
    expect(writes.size).toBe(502)
  }, 240_000)
})
