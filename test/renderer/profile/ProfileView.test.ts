// The profile form in happy-dom over a fake bridge: sections from the shared field table, hostile
// values as text, a change staged as a 'profile' cell edit, a refusal shown beside its field with the
// typed text kept, and read-only when the token lacks update_store_profile.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { StoreProfile } from '@shared/model/profile'
import type { CellEdit, ReviewPage, SessionSummary } from '@shared/model/session'
import type { StoreSummary } from '@shared/model/store'
import { setBridge, type StockroomBridge } from '../../../src/renderer/src/api'
import { useConnectionStore } from '../../../src/renderer/src/stores/connection'
import ProfileView from '../../../src/renderer/src/views/ProfileView.vue'

const HOSTILE = '<img src=x onerror="window.__xss=1">Evil'
const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value })
const session: SessionSummary = {
  id: 's1', storeId: 9, name: 'Edits', status: 'draft', active: true, createdAt: 1, updatedAt: 1, revertOf: null, pushedAt: null,
  changeCount: 0, entityCount: 0, counts: { staged: 0, pending: 0, sent: 0, applied: 0, failed: 0, conflict: 0, skipped: 0 }, canUndo: false, canRedo: false
}
const profile: StoreProfile = { generalInfo: { storeId: 9 }, settings: { storeName: HOSTILE }, company: { city: 'Paris', countryCode: 'FR' }, zones: [{ id: '1', name: 'EU', countryCodes: ['FR'] }] }
const level = (update: boolean) => ({ read: true, update, create: false })
const store = (update: boolean): StoreSummary => ({
  storeId: 9, label: 'Shop', name: 'Shop', currency: 'EUR', scopes: [], demo: false, lastSyncAt: 1,
  capabilities: { catalog: level(true), orders: level(true), coupons: level(true), customers: level(true), profile: level(update) }
})

function fake() {
  const stageEdits = vi.fn((_s: number, _id: string, edits: CellEdit[]) =>
    ok({ session, staged: 0, rejected: edits[0]?.field === 'company.countryCode' && String(edits[0].value).length !== 2 ? [{ index: 0, entityId: '9', field: 'company.countryCode', message: 'Country must be a two-letter country code like US or DE.' }] : [] })
  )
  setBridge({
    getProfile: () => ok(profile),
    getActiveSession: () => ok(session),
    listSessions: () => ok([session]),
    reviewSession: () => ok<ReviewPage>({ total: 0, offset: 0, rows: [], byResource: {}, byField: {} }),
    getSyncState: () => ok(null),
    stageEdits,
    on: () => () => undefined
  } as unknown as StockroomBridge)
  return { stageEdits }
}

async function mountWith(update: boolean) {
  const connection = useConnectionStore()
  connection.stores = [store(update)]
  connection.currentId = 9
  const w = mount(ProfileView, { global: { stubs: { RouterLink: true } } })
  await flushPromises()
  return w
}

describe('ProfileView', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('renders every section, hostile values as text only', async () => {
    fake()
    const w = await mountWith(true)
    for (const s of ['general', 'company', 'formats', 'mail', 'languages', 'taxes', 'zones', 'registration']) expect(w.find(`[data-testid="profile-section-${s}"]`).exists()).toBe(true)
    expect((w.find('#pf-settings-storeName').element as HTMLInputElement).value).toBe(HOSTILE)
    expect(w.find('img').exists()).toBe(false)
  })

  it('stages a change as a profile cell edit and keeps a refused value beside its message', async () => {
    const { stageEdits } = fake()
    const w = await mountWith(true)
    await w.find('#pf-company-city').setValue('Lyon')
    await flushPromises()
    expect(stageEdits.mock.calls[0]?.[2]).toEqual([{ resource: 'profile', entityId: 9, field: 'company.city', value: 'Lyon' }])
    await w.find('#pf-company-countryCode').setValue('France')
    await flushPromises()
    // The country kind upper-cases; the fake refuses the raw word.
    expect(stageEdits.mock.calls[1]?.[2]?.[0]).toMatchObject({ field: 'company.countryCode', value: 'FRANCE' })
    expect(w.find('[data-testid="profile-field-company.countryCode"] [data-testid="profile-field-error"]').text()).toMatch(/two-letter/)
    expect((w.find('#pf-company-countryCode').element as HTMLInputElement).value).toBe('France')
  })

  it('is read-only with the reason when the token lacks update_store_profile', async () => {
    const { stageEdits } = fake()
    const w = await mountWith(false)
    expect(w.find('[data-testid="profile-readonly"]').text()).toMatch(/lacks update_store_profile/)
    expect((w.find('#pf-company-city').element as HTMLInputElement).disabled).toBe(true)
    await w.find('#pf-company-city').trigger('change')
    expect(stageEdits).not.toHaveBeenCalled()
  })

  it('country, currency, time zone and date format offer pickers of the documented values, free text stays for the rest', async () => {
    fake()
    const w = await mountWith(true)
    const choices = (path: string) => w.findAll(`[data-testid="profile-choices-${path}"] option`).map((o) => ({ value: o.attributes('value'), label: o.text() }))
    const countries = choices('company.countryCode')
    expect(countries).toHaveLength(249)
    expect(countries).toContainEqual({ value: 'FR', label: 'France (FR)' })
    expect(w.find('#pf-company-countryCode').attributes('list')).toBe('pf-company-countryCode-choices')
    expect(choices('formatsAndUnits.currency')).toContainEqual({ value: 'EUR', label: 'Euro (EUR)' })
    expect(choices('formatsAndUnits.timezone').map((o) => o.value)).toContain('Europe/Berlin')
    const dates = choices('formatsAndUnits.dateFormat')
    expect(dates.map((o) => o.value)).toContain('MMM d, yyyy')
    // Each pattern is shown as what it looks like: a year, not the pattern letters.
    expect(dates.find((o) => o.value === 'yyyy-MM-dd')?.label).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(w.find('#pf-company-city').attributes('list')).toBeUndefined()
  })
})
