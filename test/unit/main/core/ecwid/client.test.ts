// Unit tests for the low-level Ecwid client: headers, URLs, responseFields, status mapping,
// token hygiene and cancellation. Fake fetch, fake scheduler, fake clock.

import { describe, expect, it } from 'vitest'
import { STORE_ID, API_BASE, TOKEN, expectNoToken, failure, hang, json, setup, text } from './fakes'

describe('request basics', () => {
  it('sends the token only as a Bearer header and builds the URL from base, store and path', async () => {
    const { client, f, s } = setup()
    f.next(() => json({ total: 0, items: [] }))
    await client.request({ path: '/products', query: { keyword: 'mug', categories: [1, 2], enabled: true, skip: undefined } })
    const call = f.calls[0]!
    expect(call.headers.authorization).toBe(`Bearer ${TOKEN}`)
    expect(call.headers.accept).toBe('application/json')
    expect(call.headers['content-type']).toBeUndefined()
    expect(call.url.origin + call.url.pathname).toBe(`${API_BASE}/${STORE_ID}/products`)
    expect(call.url.searchParams.get('categories')).toBe('1,2')
    expect(call.url.searchParams.get('enabled')).toBe('true')
    expect(call.url.searchParams.has('skip')).toBe(false)
    expect(call.url.href).not.toContain(TOKEN)
    expect(s.acquires).toEqual(['interactive'])
    expect(s.outcomes).toEqual([{ kind: 'ok' }])
  })

  it('sends JSON bodies with content-type application/json and the given priority', async () => {
    const { client, f, s } = setup()
    f.next(() => json({ updateCount: 1 }))
    const res = await client.request<{ updateCount: number }>({ method: 'PUT', path: '/products/5', body: { price: 9.99 }, priority: 'background' })
    expect(res.updateCount).toBe(1)
    expect(f.calls[0]!.method).toBe('PUT')
    expect(f.calls[0]!.headers['content-type']).toBe('application/json')
    expect(f.calls[0]!.body).toEqual({ price: 9.99 })
    expect(s.acquires).toEqual(['background'])
  })

  it('passes responseFields through in the query string, unmangled', async () => {
    const { client, f } = setup()
    f.next(() => json({}))
    await client.request({ path: '/products', query: { responseFields: 'total,items(id,name,price)' } })
    expect(f.calls[0]!.url.searchParams.get('responseFields')).toBe('total,items(id,name,price)')
  })

  it('refuses to put a token in the URL and rejects paths with a query', async () => {
    const { client, f } = setup()
    await expect(client.request({ path: '/profile', query: { token: TOKEN } })).rejects.toMatchObject({ code: 'INTERNAL' })
    await expect(client.request({ path: '/profile?x=1' })).rejects.toMatchObject({ code: 'INTERNAL' })
    expect(f.calls).toHaveLength(0)
  })

  it('does not follow redirects (the token would travel with them)', async () => {
    const { client, f } = setup()
    f.next(() => new Response(null, { status: 302, headers: { location: 'https://evil.test/' } }))
    const e = await failure(client.request({ path: '/profile' }))
    expect(e.code).toBe('INTERNAL')
    expect(f.calls).toHaveLength(1)
  })

  it('returns undefined for an empty 2xx body', async () => {
    const { client, f } = setup()
    f.next(() => new Response(null, { status: 204 }))
    await expect(client.request({ method: 'DELETE', path: '/products/1' })).resolves.toBeUndefined()
  })

  it('stops before any request when no token is saved', async () => {
    const { client, f, s } = setup({ getToken: async () => '' })
    const e = await failure(client.request({ path: '/profile' }))
    expect(e.code).toBe('AUTH_INVALID')
    expect(f.calls).toHaveLength(0)
    expect(s.acquires).toHaveLength(0)
  })

  it('rejects a token with control characters without echoing it', async () => {
    const { client, f } = setup({ getToken: async () => `${TOKEN}\nX-Evil: 1` })
    const e = await failure(client.request({ path: '/profile' }))
    expect(e.code).toBe('AUTH_INVALID')
    expectNoToken(e)
    expect(f.calls).toHaveLength(0)
  })
})

describe('status mapping (no retry for 4xx)', () => {
  const cases: [number, unknown, string][] = [
    [400, { errorMessage: "Wrong parameter 'inStock' value", errorCode: 'WRONG_PARAMETER' }, 'VALIDATION'],
    [401, '', 'AUTH_INVALID'],
    [403, { errorMessage: 'Invalid access token in the request', errorCode: 'INVALID_API_TOKEN' }, 'AUTH_INVALID'],
    [403, { errorMessage: "Token doesn't have required scope: update_catalog", errorCode: 'INSUFFICIENT_APP_SCOPE' }, 'SCOPE_MISSING'],
    [402, { errorMessage: 'Please upgrade your account to access API', errorCode: 'NOT_AVAILABLE_ON_CURRENT_PLAN' }, 'PLAN_REQUIRED'],
    [404, { errorMessage: 'Product not found', errorCode: 'PRODUCT_NOT_FOUND' }, 'NOT_FOUND'],
    [409, { errorMessage: 'SKU already exists', errorCode: 'SKU_ALREADY_EXISTS' }, 'CONFLICT'],
    [415, { errorMessage: 'Unsupported content-type' }, 'UNSUPPORTED_MEDIA'],
    [422, { errorMessage: 'Wrong URL' }, 'VALIDATION']
  ]
  it.each(cases)('HTTP %i %j → %s, one request', async (status, body, code) => {
    const { client, f, s } = setup()
    f.next(() => (typeof body === 'string' ? text(body, status) : json(body, status)))
    const e = await failure(client.request({ path: '/products/1' }))
    expect(e.code).toBe(code)
    expect(e.details?.status).toBe(status)
    expect(f.calls).toHaveLength(1)
    const expected = code === 'AUTH_INVALID' ? 'auth-invalid' : 'error'
    expect(s.outcomes).toEqual([{ kind: expected }])
    expectNoToken(e)
  })

  it('names the missing scope in details and in the message', async () => {
    const { client, f } = setup()
    f.next(() => json({ errorMessage: 'Token does not have update_catalog scope', errorCode: 'INSUFFICIENT_APP_SCOPE' }, 403))
    const e = await failure(client.request({ method: 'PUT', path: '/products/1', body: {} }))
    expect(e.code).toBe('SCOPE_MISSING')
    expect(e.details?.scope).toBe('update_catalog')
    expect(e.message).toContain('update_catalog')
  })

  it('says what to do when the token is refused', async () => {
    const { client, f } = setup()
    f.next(() => text('', 403))
    const e = await failure(client.request({ path: '/profile' }))
    expect(e.message).toMatch(/refused by Ecwid\. Replace it in Stores/)
    // GET /profile is the call any valid token may make: a bare 403 there needs no second opinion.
    expect(f.calls).toHaveLength(1)
  })

  // Ecwid: "Get store profile … This request is available with any access token"
  // (https://developers.ecwid.com/api-documentation/store-information); both a bad token and a
  // missing scope answer 403 (https://docs.ecwid.com/api-reference/rest-api/rest-api-error-codes).
  it('a bare 403 with a working token is a missing scope: one GET /profile confirms it, nothing is blocked', async () => {
    const { client, f, s } = setup()
    f.next(() => text('', 403), () => json({ generalInfo: { storeId: 4242 } }))
    const e = await failure(client.request({ path: '/customers' }))
    expect(e.code).toBe('SCOPE_MISSING')
    expect(e.details?.scope).toBe('read_customers')
    expect(f.calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual(['GET /api/v3/4242/customers', 'GET /api/v3/4242/profile'])
    expect(s.outcomes).toEqual([{ kind: 'auth-suspect' }, { kind: 'ok' }])
    expect(s.scheduler.stats().blocked).toBe(false)
  })

  it('a bare 403 that GET /profile also refuses is a refused token: two requests, then blocked', async () => {
    const { client, f, s } = setup()
    f.next(() => text('', 403), () => text('', 403))
    const e = await failure(client.request({ method: 'PUT', path: '/products/1', body: {} }))
    expect(e.code).toBe('AUTH_INVALID')
    expect(f.calls).toHaveLength(2)
    expect(s.outcomes).toEqual([{ kind: 'auth-suspect' }, { kind: 'auth-invalid' }])
    expectNoToken(e)
  })

  it('concurrent bare 403s share one token check', async () => {
    const { client, f } = setup()
    f.next(() => text('', 403), () => text('', 403), () => json({ generalInfo: { storeId: 4242 } }))
    const errors = await Promise.all([failure(client.request({ path: '/customers' })), failure(client.request({ path: '/orders' }))])
    expect(errors.map((e) => e.code)).toEqual(['SCOPE_MISSING', 'SCOPE_MISSING'])
    expect(f.calls.filter((c) => c.url.pathname.endsWith('/profile'))).toHaveLength(1)
  })

  it('redacts the token when the server echoes it back', async () => {
    const { client, f } = setup()
    f.next(() => json({ errorMessage: `Bad token ${TOKEN} for Bearer ${TOKEN}` }, 400))
    const e = await failure(client.request({ path: '/products' }))
    expect(e.code).toBe('VALIDATION')
    expectNoToken(e)
    expect(e.message).toContain('[redacted]')
  })
})

describe('cancellation', () => {
  it('rejects with CANCELLED when the signal is already aborted', async () => {
    const { client, f } = setup()
    const ctrl = new AbortController()
    ctrl.abort()
    await expect(client.request({ path: '/profile', signal: ctrl.signal })).rejects.toMatchObject({ code: 'CANCELLED' })
    expect(f.calls).toHaveLength(0)
  })

  it('aborts an in-flight request without retrying', async () => {
    const { client, f, s } = setup()
    const ctrl = new AbortController()
    f.next(hang)
    const p = client.request({ path: '/profile', signal: ctrl.signal })
    setTimeout(() => ctrl.abort(), 5)
    await expect(p).rejects.toMatchObject({ code: 'CANCELLED' })
    expect(f.calls).toHaveLength(1)
    expect(s.pending()).toBe(0)
  })
})
