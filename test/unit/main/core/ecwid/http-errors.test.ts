// Unit tests for Ecwid status/body → AppError mapping, scope parsing, redaction and network errors.
// Pure functions: no fetch, no scheduler.

import { describe, expect, it } from 'vitest'
import { mapHttpError, mapNetworkError, parseErrorBody, parseScope, redact } from '../../../../../src/main/core/ecwid/http-errors'
import { TOKEN, networkError } from './fakes'

describe('mapHttpError', () => {
  it.each([
    [400, 'VALIDATION'],
    [401, 'AUTH_INVALID'],
    [402, 'PLAN_REQUIRED'],
    // A bare 403 reads as a missing scope until GET /profile says otherwise (issue 14 item 3).
    [403, 'SCOPE_MISSING'],
    [404, 'NOT_FOUND'],
    [405, 'INTERNAL'],
    [408, 'TRANSIENT'],
    [409, 'CONFLICT'],
    [415, 'UNSUPPORTED_MEDIA'],
    [418, 'VALIDATION'],
    [422, 'VALIDATION'],
    [429, 'RATE_LIMITED'],
    [500, 'TRANSIENT'],
    [502, 'TRANSIENT'],
    [503, 'TRANSIENT']
  ])('%i → %s', (status, code) => {
    expect(mapHttpError(status, '').error.code).toBe(code)
  })

  it("puts Ecwid's errorMessage in a 400 and keeps errorCode in details", () => {
    const { error } = mapHttpError(400, { errorMessage: "Wrong parameter 'price'", errorCode: 'WRONG_PARAMETER' }, { method: 'PUT', path: '/products/1' })
    expect(error.message).toContain("Wrong parameter 'price'")
    expect(error.message).toContain('PUT /products/1')
    expect(error.details).toMatchObject({ status: 400, ecwidCode: 'WRONG_PARAMETER', method: 'PUT', path: '/products/1' })
  })

  it('tells a refused token from a missing scope on 403', () => {
    expect(mapHttpError(403, { errorCode: 'INVALID_API_TOKEN', errorMessage: 'Invalid access token' })).toMatchObject({ tokenRefused: true })
    const scoped = mapHttpError(403, { errorCode: 'INSUFFICIENT_APP_SCOPE', errorMessage: 'Required scope: read_orders' })
    expect(scoped.tokenRefused).toBe(false)
    expect(scoped.error.code).toBe('SCOPE_MISSING')
    expect(scoped.error.details?.scope).toBe('read_orders')
    // Without errorCode, the word "scope" in the message is enough.
    const bare = mapHttpError(403, JSON.stringify({ errorMessage: "Token doesn't have 'create_discount_coupons' scope" }))
    expect(bare.error.code).toBe('SCOPE_MISSING')
    expect(bare.error.details?.scope).toBe('create_discount_coupons')
    expect(bare.error.message).toContain('create_discount_coupons')
  })

  it('still says SCOPE_MISSING when the scope cannot be named', () => {
    const { error } = mapHttpError(403, { errorCode: 'INSUFFICIENT_APP_SCOPE', errorMessage: 'Insufficient app scope' })
    expect(error.code).toBe('SCOPE_MISSING')
    expect(error.details?.scope).toBeUndefined()
    expect(error.message).toMatch(/lacks an access scope/)
  })

  // Ecwid answers both a bad token (INVALID_API_TOKEN) and a missing scope (INSUFFICIENT_APP_SCOPE)
  // with 403 (https://docs.ecwid.com/api-reference/rest-api/rest-api-error-codes), and the error body
  // is optional ("optionally, a JSON-formatted body", https://api-docs.ecwid.com/reference/get-deleted-items-stats).
  it('does not take a bare 403 for a refused token: it asks for a token check and guesses the scope', () => {
    const bare = mapHttpError(403, '', { method: 'GET', path: '/customers' })
    expect(bare).toMatchObject({ tokenRefused: false, confirmToken: true })
    expect(bare.error.code).toBe('SCOPE_MISSING')
    expect(bare.error.details?.scope).toBe('read_customers')
    expect(bare.error.message).toMatch(/most likely lacks the “read_customers” access scope.*Replace the token/s)
    expect(mapHttpError(403, '{}', { method: 'PUT', path: '/products/7' }).error.details?.scope).toBe('update_catalog')
    expect(mapHttpError(403, '', { method: 'GET', path: '/orders/deleted' }).error.details?.scope).toBe('read_store_profile')
    expect(mapHttpError(403, '', { method: 'POST', path: '/discount_coupons' }).error.details?.scope).toBe('create_discount_coupons')
    expect(mapHttpError(403, { errorCode: 'INVALID_API_TOKEN', errorMessage: 'x' }).confirmToken).toBeUndefined()
  })

  it('distinguishes a suspended store and an unknown store', () => {
    expect(mapHttpError(402, { errorCode: 'STORE_IS_SUSPENDED', errorMessage: 'Store suspended' }).error.message).toMatch(/suspended/)
    const missing = mapHttpError(404, { errorCode: 'STORE_NOT_FOUND', errorMessage: 'Store not found' }, { storeId: 77 })
    expect(missing.error.message).toMatch(/no store 77\. Check the store id/)
  })

  it('every message says what to do', () => {
    for (const status of [400, 401, 402, 403, 404, 409, 415, 429, 500]) {
      expect(mapHttpError(status, '').error.message).toMatch(/(Replace|retry|Retry|report|Correct|sync|Try again|Change)/)
    }
  })

  it('never carries the token, even when echoed in the body', () => {
    for (const status of [400, 401, 403, 404, 409, 500]) {
      const { error } = mapHttpError(status, { errorMessage: `token=${TOKEN} rejected; Authorization: Bearer ${TOKEN}` }, { token: TOKEN })
      expect(error.message + JSON.stringify(error.details)).not.toContain(TOKEN)
    }
  })
})

describe('helpers', () => {
  it('parseErrorBody accepts objects, JSON text and plain text', () => {
    expect(parseErrorBody({ errorMessage: 'm', errorCode: 'C' })).toEqual({ message: 'm', code: 'C' })
    expect(parseErrorBody('{"errorMessage":"m"}')).toEqual({ message: 'm' })
    expect(parseErrorBody('Bad gateway')).toEqual({ message: 'Bad gateway' })
    expect(parseErrorBody('')).toEqual({})
    expect(parseErrorBody([1])).toEqual({})
  })

  it('parseScope finds known scope names in varied wording', () => {
    expect(parseScope('Required scope: update_catalog')).toBe('update_catalog')
    expect(parseScope('The app needs the read_orders scope')).toBe('read_orders')
    expect(parseScope('scope=some_future_scope missing')).toBe('some_future_scope')
    expect(parseScope('Access denied')).toBeUndefined()
    expect(parseScope(undefined)).toBeUndefined()
  })

  it('redact removes tokens, Bearer values, token query params and control characters', () => {
    const out = redact(`a ${TOKEN} b public_abcDEF123 Bearer xyz ?token=abc&x=1 \u0000\n end`, TOKEN)
    expect(out).not.toContain(TOKEN)
    expect(out).not.toContain('public_abcDEF123')
    expect(out).not.toContain('xyz')
    expect(out).not.toContain('token=abc')
    expect(out).not.toMatch(/[\u0000-\u001f]/)
    expect(redact('x'.repeat(1000)).length).toBeLessThanOrEqual(301)
  })

  it('mapNetworkError: unreachable host → OFFLINE, dropped connection → TRANSIENT', () => {
    expect(mapNetworkError(networkError('ENOTFOUND')).code).toBe('OFFLINE')
    expect(mapNetworkError(networkError('ECONNREFUSED')).code).toBe('OFFLINE')
    expect(mapNetworkError(networkError('EAI_AGAIN')).code).toBe('OFFLINE')
    expect(mapNetworkError(networkError('ECONNRESET')).code).toBe('TRANSIENT')
    expect(mapNetworkError(new Error('socket hang up')).code).toBe('TRANSIENT')
    const aggregate = new TypeError('fetch failed', { cause: new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]) })
    expect(mapNetworkError(aggregate).code).toBe('OFFLINE')
    const timeout = mapNetworkError(new DOMException('aborted', 'AbortError'), { timedOut: true })
    expect(timeout.code).toBe('TRANSIENT')
    expect(timeout.message).toMatch(/did not answer in time/)
  })
})
