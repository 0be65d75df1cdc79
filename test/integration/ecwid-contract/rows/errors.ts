// Errors: a refused token, a missing scope, and the rate limit (600 requests a minute per token).
import { expect } from 'vitest'
import { obj, type ContractRow } from '../contract'

const CODES = 'https://docs.ecwid.com/api-reference/rest-api/rest-api-error-codes'
const LIMITS = 'https://docs.ecwid.com/api-reference'

export const errorRows: ContractRow[] = [
  {
    id: 'errors.invalid-token-403',
    doc: CODES,
    kind: 'read',
    async run(ctx) {
      const r = await ctx.get('/profile', { token: ctx.badToken })
      expect(r.status).toBe(403)
      expect(obj(r)).toMatchObject({ errorCode: 'INVALID_API_TOKEN', errorMessage: expect.any(String) })
    }
  },
  {
    id: 'errors.missing-scope-403',
    doc: CODES,
    kind: 'read',
    async run(ctx) {
      const token = ctx.tokenWith(['read_store_profile'])
      if (token === null) return ctx.skip('needs a second token with fewer scopes (sandbox only)')
      const r = await ctx.get('/orders', { token })
      expect(r.status).toBe(403)
      expect(obj(r)).toMatchObject({ errorCode: 'INSUFFICIENT_APP_SCOPE' })
      // A missing scope blocks that resource only: the same token still reads the profile.
      expect((await ctx.get('/profile', { token })).status).toBe(200)
    }
  },
  {
    id: 'errors.rate-limit-429',
    doc: LIMITS,
    kind: 'read',
    sandboxOnly: 'it would block the live token for a while',
    async run(ctx) {
      const token = ctx.tokenWith(['read_store_profile'])
      if (token === null) return ctx.skip('needs a throwaway token')
      const statuses: number[] = []
      let limited: Awaited<ReturnType<typeof ctx.get>> | undefined
      for (let wave = 0; wave < 13 && !limited; wave++) {
        const replies = await Promise.all(Array.from({ length: 50 }, () => ctx.get('/profile', { token })))
        statuses.push(...replies.map((r) => r.status))
        limited = replies.find((r) => r.status === 429)
      }
      expect(statuses.filter((s) => s === 200).length).toBe(600)
      expect(limited?.status).toBe(429)
      // Ecwid does not promise Retry-After (one version of the page names it, the current one does
      // not): a client must not depend on it. When sent, it is a number of seconds.
      const retryAfter = limited?.headers.get('Retry-After')
      if (retryAfter !== null && retryAfter !== undefined) expect(Number(retryAfter)).toBeGreaterThan(0)
      if (limited?.body !== undefined) expect(obj(limited)).toMatchObject({ errorCode: 'RATE_LIMITED' })
    }
  }
]
