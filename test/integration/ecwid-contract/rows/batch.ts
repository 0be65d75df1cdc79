// Batch requests: the ticket status shape, FIFO between a store's batches, unknown tickets. The
// batches hold GET sub-requests only, so these rows change nothing on a live store.
import { expect } from 'vitest'
import { isRecord, obj, type ContractCtx, type ContractRow } from '../contract'

const BATCH = 'https://docs.ecwid.com/api-reference/rest-api/batch-requests'
const STATUS = 'https://api-docs.ecwid.com/reference/get-batch-request-status'

const gets = (n: number): unknown[] => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, method: 'GET', path: '/profile' }))

async function post(ctx: ContractCtx, n: number): Promise<string> {
  const r = await ctx.post('/batch', gets(n))
  expect(r.status).toBe(200)
  const ticket = obj(r).ticket
  expect(ticket).toEqual(expect.any(String))
  return ticket as string
}

const status = async (ctx: ContractCtx, ticket: string): Promise<Record<string, unknown>> => obj(await ctx.get('/batch', { query: { ticket } }))
const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

export const batchRows: ContractRow[] = [
  {
    id: 'batch.ticket-status-shape',
    doc: STATUS,
    kind: 'read',
    async run(ctx) {
      const ticket = await post(ctx, 3)
      let s = await status(ctx, ticket)
      for (let k = 0; s.status !== 'COMPLETED' && k < 100; k++) {
        // QUEUED: none done yet; IN_PROGRESS: at least one done.
        expect(['QUEUED', 'IN_PROGRESS']).toContain(s.status)
        if (s.status === 'QUEUED') expect(s.completedRequests).toBe(0)
        await pause(100)
        s = await status(ctx, ticket)
      }
      expect(s).toMatchObject({ status: 'COMPLETED', totalRequests: 3, completedRequests: 3 })
      const responses = s.responses as unknown[]
      expect(responses.map((r) => (isRecord(r) ? r.id : undefined))).toEqual(['r0', 'r1', 'r2'])
      for (const r of responses) expect(r).toMatchObject({ status: 'COMPLETED', httpStatusCode: 200, httpBody: { generalInfo: expect.any(Object) } })
      // escapedJson=true: the body as a JSON string instead.
      const escaped = obj(await ctx.get('/batch', { query: { ticket, escapedJson: true } }))
      const first = (escaped.responses as Record<string, unknown>[])[0] ?? {}
      expect(JSON.parse(String(first.escapedHttpBody))).toMatchObject({ generalInfo: expect.any(Object) })
    }
  },
  {
    id: 'batch.fifo-per-store',
    doc: BATCH,
    kind: 'read',
    async run(ctx) {
      const first = await post(ctx, 40)
      const second = await post(ctx, 1)
      for (let k = 0; k < 300; k++) {
        // Second read first: if it has started, the first must already be done.
        const later = await status(ctx, second)
        const earlier = await status(ctx, first)
        if ((later.completedRequests as number) > 0) expect(earlier.status).toBe('COMPLETED')
        if (later.status === 'COMPLETED') return
        await pause(20)
      }
      throw new Error('the second batch did not complete')
    }
  },
  {
    id: 'batch.unknown-ticket-400',
    doc: STATUS,
    kind: 'read',
    async run(ctx) {
      // The ticket endpoints document 400 for malformed parameters; an unknown ticket is one.
      const r = await ctx.get('/batch', { query: { ticket: '00000000-0000-4000-8000-000000000000' } })
      expect(r.status).toBe(400)
    }
  }
]
