// The store profile through a whole session against the sandbox: staged nested fields and a whole zone
// list go out as one PUT /profile, Ecwid's copy changes, the local copy follows, a conflict is caught.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Entity } from '../../../src/main/core/sessions/ports'
import { setup, type Harness } from './helpers'

let h: Harness
beforeEach(async () => {
  h = await setup()
  h.ports.load('profile', [structuredClone(h.sb.state.profile) as unknown as Entity])
})
afterEach(async () => h.close())

const localProfile = (): Entity | undefined => h.ports.tables.get('profile')?.get(String(h.storeId))

describe('profile sessions', () => {
  it('pushes company, settings and zones edits in one request and reflects them locally', async () => {
    const { service, storeId, sb } = h
    const s = await service.api.createSession(storeId, 'Profile')
    const zones = [{ name: 'Domestic', countryCodes: ['US'] }]
    const r = await service.api.stageEdits(storeId, s.id, [
      { resource: 'profile', entityId: storeId, field: 'company.city', value: 'Lyon' },
      { resource: 'profile', entityId: storeId, field: 'settings.closed', value: true },
      { resource: 'profile', entityId: storeId, field: 'zones', value: zones }
    ])
    expect(r.rejected).toEqual([])
    const estimate = await service.api.estimatePush(storeId, s.id)
    expect(estimate.singleCalls + estimate.batchRequests).toBe(1)
    const result = await service.runPush(storeId, s.id)
    expect(result).toMatchObject({ applied: 3, failed: 0, conflicts: 0 })
    expect(sb.state.profile.company?.city).toBe('Lyon')
    expect(sb.state.profile.settings?.closed).toBe(true)
    expect(sb.state.profile.zones?.map((z) => z.name)).toEqual(['Domestic'])
    // Blocks not edited keep their other fields (a partial PUT, not a replacement).
    expect(sb.state.profile.company?.companyName).toBeTruthy()
    expect((localProfile()?.company as { city?: string } | undefined)?.city).toBe('Lyon')
  })

  it('flags a field changed on Ecwid since it was staged', async () => {
    const { service, storeId, sb } = h
    const s = await service.api.createSession(storeId, 'Clash')
    await service.api.stageEdits(storeId, s.id, [{ resource: 'profile', entityId: storeId, field: 'company.city', value: 'Lyon' }])
    sb.state.updateProfile((p) => void (p.company = { ...p.company, city: 'Marseille' }))
    const conflicts = await service.api.checkConflicts(storeId, s.id)
    expect(conflicts).toEqual([expect.objectContaining({ resource: 'profile', field: 'company.city', theirs: 'Marseille', mine: 'Lyon' })])
  })
})
