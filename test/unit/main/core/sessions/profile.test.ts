// The store profile as a session resource: field validation from the shared table, staging with the
// synced value as base, no create/delete, and a push plan that PUTs /profile with nested blocks.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildOps } from '../../../../../src/main/core/sessions/plan'
import { reviewPage } from '../../../../../src/main/core/sessions/review'
import { stageCreate, stageEdits } from '../../../../../src/main/core/sessions/staging'
import { validateProfileField } from '../../../../../src/main/core/sessions/validate-profile'
import { unitHarness, type UnitHarness } from './helpers'

let h: UnitHarness
beforeEach(() => {
  h = unitHarness()
  h.ports.load('profile', [
    {
      generalInfo: { storeId: 1 },
      settings: { storeName: 'Shop', closed: false },
      company: { companyName: 'Shop Ltd', city: 'Paris', countryCode: 'FR' },
      zones: [{ id: '1', name: 'EU', countryCodes: ['FR', 'DE'] }]
    }
  ])
})
afterEach(() => h.close())

describe('validateProfileField', () => {
  it('explains bad values in merchant words', () => {
    expect(validateProfileField('company.countryCode', 'France')).toMatch(/two-letter country code/)
    expect(validateProfileField('company.email', 'nope')).toMatch(/not a valid email/)
    expect(validateProfileField('settings.storeName', '')).toMatch(/cannot be empty/)
    expect(validateProfileField('formatsAndUnits.currencyPrecision', 7)).toMatch(/cannot be above 3/)
    expect(validateProfileField('formatsAndUnits.timezone', 'Mars/Base')).toMatch(/not a time zone/)
    expect(validateProfileField('mailNotifications.adminNotificationEmails', ['a@b.co', 'x'])).toMatch(/“x” is not a valid email/)
    expect(validateProfileField('languages.enabledLanguages', [])).toMatch(/at least one language/)
    expect(validateProfileField('zones', [{ name: 'EU', countryCodes: ['France'] }])).toMatch(/Zone 1: countries/)
    expect(validateProfileField('taxSettings.taxes', [{ name: 'VAT', defaultTax: 120 }])).toMatch(/Tax 1: the default rate/)
    expect(validateProfileField('account.accountEmail', 'a@b.co')).toMatch(/not a store profile setting/)
  })

  it('accepts good values', () => {
    expect(validateProfileField('company.countryCode', 'DE')).toBeNull()
    expect(validateProfileField('formatsAndUnits.currencyGroupSeparator', ' ')).toBeNull()
    expect(validateProfileField('formatsAndUnits.timezone', 'Europe/Berlin')).toBeNull()
    expect(validateProfileField('taxSettings.taxes', [{ name: 'VAT', defaultTax: 20, rules: [{ zoneId: '1', tax: 19 }] }])).toBeNull()
  })
})

describe('staging the profile', () => {
  it('stages a nested field against the synced base and labels it', async () => {
    const r = await stageEdits(h.deps, h.sessionId, [
      { resource: 'profile', entityId: 1, field: 'company.city', value: 'Lyon' },
      { resource: 'profile', entityId: 1, field: 'company.countryCode', value: 'Fr' }
    ])
    expect(r.staged).toBe(1)
    expect(r.rejected).toEqual([expect.objectContaining({ field: 'company.countryCode', message: expect.stringMatching(/two-letter/) })])
    const rows = reviewPage(h.engine.db, h.sessionId, { resource: 'profile' }).rows
    expect(rows).toEqual([expect.objectContaining({ entityId: '1', label: 'Store profile', field: 'company.city', before: 'Paris', after: 'Lyon' })])
  })

  it('refuses to create a profile', async () => {
    await expect(stageCreate(h.deps, h.sessionId, 'profile', { settings: { storeName: 'x' } })).rejects.toThrow(/exactly one profile/)
  })

  it('plans one PUT /profile carrying the edited blocks', async () => {
    await stageEdits(h.deps, h.sessionId, [
      { resource: 'profile', entityId: 1, field: 'company.city', value: 'Lyon' },
      { resource: 'profile', entityId: 1, field: 'settings.closed', value: true }
    ])
    const ops = buildOps(h.engine.changes.byState(h.sessionId, ['staged']))
    expect(ops).toHaveLength(1)
    expect(ops[0]?.sub).toEqual({ method: 'PUT', path: '/profile', body: { company: { city: 'Lyon' }, settings: { closed: true } } })
  })
})
