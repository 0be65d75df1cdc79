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
    expect(validateProfileField('formatsAndUnits.weightPrecision', 7)).toMatch(/cannot be above 3/)
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

  // https://api-docs.ecwid.com/reference/update-store-profile: the update example sends generalInfo
  // with storeUrl alone; storeId and starterSite.generatedUrl are not in the update schema.
  it('sends only the changed fields of each block, never the read-only ones from the last read', async () => {
    const fresh = {
      generalInfo: { storeId: 1, storeUrl: 'https://old.example', starterSite: { ecwidSubdomain: 'shop', generatedUrl: 'https://shop.company.site' } },
      settings: { storeName: 'Shop', closed: false, googleAnalyticsId: 'UA-1' },
      company: { companyName: 'Shop Ltd', city: 'Paris', countryCode: 'FR' }
    }
    await stageEdits(h.deps, h.sessionId, [
      { resource: 'profile', entityId: 1, field: 'generalInfo.storeUrl', value: 'https://new.example' },
      { resource: 'profile', entityId: 1, field: 'company.city', value: 'Lyon' }
    ])
    const ops = buildOps(h.engine.changes.byState(h.sessionId, ['staged']), new Map([['profile:1', fresh]]))
    expect(ops[0]?.sub.body).toEqual({ generalInfo: { storeUrl: 'https://new.example' }, company: { city: 'Lyon' } })
  })

  it('refuses to stage the currency precision: Ecwid sets it and its update schema has no such field', async () => {
    expect(validateProfileField('formatsAndUnits.currencyPrecision', 3)).toMatch(/read-only.*Change the currency instead/)
    const r = await stageEdits(h.deps, h.sessionId, [{ resource: 'profile', entityId: 1, field: 'formatsAndUnits.currencyPrecision', value: 3 }])
    expect(r.staged).toBe(0)
    expect(validateProfileField('generalInfo.storeId', 2)).toMatch(/read-only/)
  })
})
