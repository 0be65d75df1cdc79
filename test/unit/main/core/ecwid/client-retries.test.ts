// Unit tests for the Ecwid client's retry rules: transient failures with backoff, no resend of
// non-idempotent writes, 429s through the scheduler, timeouts, and the bad-token stop.

import { describe, expect, it } from 'vitest'
import { parseRetryAfter } from '../../../../../src/main/core/ecwid/client'
import { failure, hang, json, networkError, setup, text } from './fakes'

describe('retries', () => {
  it('retries a 5xx with backoff, then succeeds', async () => {
    const { client, f, s, clock } = setup()
    f.next(
      () => json({ errorMessage: 'oops' }, 503),
      () => json({ errorMessage: 'oops' }, 500),
      () => json({ ok: 1 })
    )
    await expect(client.request({ path: '/profile' })).resolves.toEqual({ ok: 1 })
    expect(f.calls).toHaveLength(3)
    expect(s.outcomes.map((o) => o.kind)).toEqual(['transient', 'transient', 'ok'])
    expect(clock.sleeps).toEqual([375, 750])
    expect(client.stats()).toMatchObject({ requests: 3, retries: 2, transientFailures: 2 })
  })

  it('gives up after maxRetries with TRANSIENT', async () => {
    const { client, f } = setup({ maxRetries: 2 })
    f.next(...Array.from({ length: 5 }, () => () => json({}, 502)))
    const e = await failure(client.request({ path: '/profile' }))
    expect(e.code).toBe('TRANSIENT')
    expect(f.calls).toHaveLength(3)
  })

  it('retries dropped connections (ECONNRESET / socket hang up)', async () => {
    const { client, f, s } = setup()
    f.next(
      () => {
        throw networkError('ECONNRESET')
      },
      () => {
        throw networkError('UND_ERR_SOCKET', 'other side closed')
      },
      () => json({ ok: true })
    )
    await expect(client.request({ path: '/profile' })).resolves.toEqual({ ok: true })
    expect(s.outcomes.map((o) => o.kind)).toEqual(['transient', 'transient', 'ok'])
  })

  it('maps an unreachable host to OFFLINE without retrying', async () => {
    for (const code of ['ENOTFOUND', 'ECONNREFUSED', 'EAI_AGAIN']) {
      const { client, f } = setup()
      f.next(() => {
        throw networkError(code)
      })
      const e = await failure(client.request({ path: '/profile' }))
      expect(e.code).toBe('OFFLINE')
      expect(f.calls).toHaveLength(1)
    }
  })

  it('retries a malformed (truncated) JSON body on a 2xx', async () => {
    const { client, f } = setup()
    f.next(
      () => text('{"total": 3, "items": [', 200),
      () => json({ total: 0 })
    )
    await expect(client.request({ path: '/products' })).resolves.toEqual({ total: 0 })
    expect(f.calls).toHaveLength(2)
  })

  it('times out a hung request, retries, and finally reports TRANSIENT', async () => {
    const { client, f, s } = setup({ timeoutMs: 20, maxRetries: 1 })
    f.next(hang, hang)
    const e = await failure(client.request({ path: '/profile' }))
    expect(e.code).toBe('TRANSIENT')
    expect(e.details?.timedOut).toBe(true)
    expect(f.calls).toHaveLength(2)
    expect(s.outcomes.map((o) => o.kind)).toEqual(['transient', 'transient'])
  })

  it('does not resend a POST after a 5xx (it may have been applied) unless marked idempotent', async () => {
    const { client, f } = setup()
    f.next(() => json({}, 500))
    const e = await failure(client.request({ method: 'POST', path: '/products', body: { name: 'x' } }))
    expect(e.code).toBe('TRANSIENT')
    expect(e.details?.mayHaveApplied).toBe(true)
    expect(f.calls).toHaveLength(1)

    f.next(
      () => json({}, 500),
      () => json({ ticket: 't' })
    )
    await expect(client.request({ method: 'POST', path: '/batch', body: [], idempotent: true })).resolves.toEqual({ ticket: 't' })
  })

  it('retries a 429 by re-acquiring a permit, reporting Retry-After to the scheduler', async () => {
    const { client, f, s, clock } = setup()
    f.next(
      () => json({ errorMessage: 'Too many requests' }, 429, { 'retry-after': '2' }),
      () => json({ ok: 1 })
    )
    await expect(client.request({ path: '/products' })).resolves.toEqual({ ok: 1 })
    expect(s.acquires).toHaveLength(2)
    expect(s.outcomes).toEqual([{ kind: 'rate-limited', retryAfterMs: 2000 }, { kind: 'ok' }])
    // The client itself does not sleep: the scheduler pauses every request for the token.
    expect(clock.sleeps).toEqual([])
  })

  it('gives up on a 429 storm with RATE_LIMITED after the cap', async () => {
    const { client, f, s } = setup({ maxRateLimitRetries: 3 })
    f.next(...Array.from({ length: 10 }, () => () => json({}, 429)))
    const e = await failure(client.request({ method: 'POST', path: '/products', body: {} }))
    expect(e.code).toBe('RATE_LIMITED')
    expect(f.calls).toHaveLength(4)
    expect(s.outcomes.every((o) => o.kind === 'rate-limited')).toBe(true)
  })

  it('stops after a refused token: the scheduler blocks further requests', async () => {
    const { client, f } = setup()
    f.next(() => json({ errorCode: 'INVALID_API_TOKEN', errorMessage: 'Invalid access token' }, 403))
    await expect(client.request({ path: '/profile' })).rejects.toMatchObject({ code: 'AUTH_INVALID' })
    await expect(client.request({ path: '/profile' })).rejects.toMatchObject({ code: 'AUTH_INVALID' })
    expect(f.calls).toHaveLength(1)
  })

  it('reports every permit exactly once', async () => {
    const { client, f, s } = setup({ timeoutMs: 20 })
    f.next(() => json({}, 500), hang, () => text('{', 200), () => json({}, 429), () => json({ a: 1 }))
    await client.request({ path: '/profile' })
    expect(s.pending()).toBe(0)
    expect(s.outcomes.map((o) => o.kind)).toEqual(['transient', 'transient', 'transient', 'rate-limited', 'ok'])
  })
})

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2025-01-01T00:00:00Z')
    expect(parseRetryAfter('3', now)).toBe(3000)
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:10 GMT', now)).toBe(10_000)
    expect(parseRetryAfter(null, now)).toBeUndefined()
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter('99999', now)).toBe(600_000)
  })
})
