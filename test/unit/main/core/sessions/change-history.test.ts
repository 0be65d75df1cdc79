// The store-wide change history: text search on entry name, SKU / code and field, date range, resource,
// states, paging newest first across drafts, applied, reverted and discarded sessions; CSV; migration 3.
import Papa from 'papaparse'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Database from 'libsql'
import { changeHistoryCsv, searchChangeHistory } from '../../../../../src/main/core/sessions/change-history'
import { migrate } from '../../../../../src/main/core/sessions/db'
import { revertSession } from '../../../../../src/main/core/sessions/revert'
import { stageCreate, stageEdits } from '../../../../../src/main/core/sessions/staging'
import { stageCouponCodes } from '../../../../../src/main/core/sessions/coupon-codes'
import { unitHarness, type UnitHarness } from './helpers'

const parseCsv = (text: string): string[][] => new Papa.Parser({ delimiter: ',', newline: '\r\n' }).parse(text, 0, false).data.filter((r) => r.length > 1)

let h: UnitHarness
beforeEach(() => {
  h = unitHarness()
})
afterEach(() => h.close())

const search = (q: Parameters<typeof searchChangeHistory>[1]) => searchChangeHistory(h.engine.db, q)
const all = { offset: 0, limit: 500 }
/** Pins every change of a session to one time, so ordering and ranges are deterministic. */
const at = (sessionId: string, t: number): void => void h.engine.db.prepare('UPDATE changes SET updated_at = ? WHERE session_id = ?').run(t, sessionId)

/** A draft, an applied session (as a push leaves it) and its revert, at t = 1000, 2000, 3000. */
async function seed(): Promise<{ draft: string; pushed: string; revert: string }> {
  const draft = h.sessionId
  await stageEdits(h.deps, draft, [{ resource: 'products', entityId: 1, field: 'price', value: 11 }])
  at(draft, 1000)
  const pushed = h.engine.sessions.create('pushed').id
  await stageEdits(h.deps, pushed, [
    { resource: 'products', entityId: 2, field: 'name', value: 'Crimson mug' },
    { resource: 'products', entityId: 3, field: 'price', value: 4 }
  ])
  const rows = h.engine.changes.byState(pushed, ['staged'])
  h.engine.changes.setState(rows.filter((r) => r.entity_id === '2').map((r) => r.id), 'applied')
  h.engine.changes.setState(rows.filter((r) => r.entity_id === '3').map((r) => r.id), 'failed', { error: 'Price rejected' })
  h.engine.sessions.setStatus(pushed, 'partial', 2000)
  at(pushed, 2000)
  const revert = revertSession(h.deps, pushed).id
  at(revert, 3000)
  return { draft, pushed, revert }
}

describe('searchChangeHistory', () => {
  it('lists changes of drafts, pushed and reverted sessions newest first, with session and state', async () => {
    const { draft, pushed, revert } = await seed()
    const page = search(all)
    expect(page.total).toBe(4)
    expect(page.rows.map((r) => [r.sessionId, r.entityId, r.field, r.at])).toEqual([
      [revert, '2', 'name', 3000],
      [pushed, '3', 'price', 2000],
      [pushed, '2', 'name', 2000],
      [draft, '1', 'price', 1000]
    ])
    expect(page.rows[0]).toMatchObject({ sessionName: 'pushed-revert', sessionStatus: 'draft', entityLabel: 'Red mug', code: 'MUG-2', before: 'Crimson mug', after: 'Red mug', state: 'staged', kind: 'update' })
    expect(page.rows[1]).toMatchObject({ sessionName: 'pushed', sessionStatus: 'partial', state: 'failed', error: 'Price rejected', before: null, after: 4 })
    expect(page.rows[3]).not.toHaveProperty('error')
  })

  it('matches the text against the entry name, SKU, field and a "SKU …" phrase', async () => {
    await seed()
    expect(search({ ...all, text: 'MUG-2' }).rows.map((r) => r.field)).toEqual(['name', 'name'])
    expect(search({ ...all, text: 'SKU mug-2' }).total).toBe(2)
    expect(search({ ...all, text: 'blue' }).rows).toEqual([expect.objectContaining({ entityLabel: 'Blue mug', code: 'MUG-1' })])
    expect(search({ ...all, text: 'price' }).total).toBe(2)
    // LIKE wildcards in the text are literal.
    expect(search({ ...all, text: '%' }).total).toBe(0)
  })

  it('finds a SKU that was edited by its old and new value', async () => {
    await stageEdits(h.deps, h.sessionId, [{ resource: 'products', entityId: 1, field: 'sku', value: 'A-12' }])
    expect(search({ ...all, text: 'A-12' }).rows).toEqual([expect.objectContaining({ field: 'sku', before: 'MUG-1', after: 'A-12' })])
    expect(search({ ...all, text: 'MUG-1' }).total).toBe(1)
  })

  it('filters by date range, resource, entity, states and excludes discarded drafts', async () => {
    const { pushed } = await seed()
    expect(search({ ...all, from: 1500, to: 2500 }).rows.every((r) => r.sessionId === pushed)).toBe(true)
    expect(search({ ...all, from: 2001 }).total).toBe(1)
    expect(search({ ...all, states: ['applied', 'failed'] }).rows.map((r) => r.state)).toEqual(['failed', 'applied'])
    expect(search({ ...all, entityId: 2 }).total).toBe(2)
    await stageCouponCodes(h.deps, h.sessionId, { prefix: 'X-', length: 6, count: 1, name: '{code}', discountType: 'PERCENT', discount: 5, status: 'ACTIVE', usesLimit: 'UNLIMITED' })
    const coupons = search({ ...all, resource: 'coupons' })
    expect(coupons.total).toBeGreaterThan(0)
    expect(coupons.rows.every((r) => r.resource === 'coupons' && r.code.startsWith('X-'))).toBe(true)
    h.engine.sessions.discard(h.sessionId)
    expect(search({ ...all, resource: 'coupons' }).total).toBe(0)
  })

  it('pages with a stable newest-first order and keeps the SKU of created entries', async () => {
    await stageCreate(h.deps, h.sessionId, 'products', { name: 'New jug', sku: 'JUG-9', price: 3 })
    for (let i = 0; i < 5; i++) await stageEdits(h.deps, h.sessionId, [{ resource: 'products', entityId: 1 + (i % 3), field: 'quantity', value: 100 + i }])
    const ids = search(all).rows.map((r) => r.changeId)
    const paged = [0, 2, 4, 6].flatMap((offset) => search({ offset, limit: 2 }).rows.map((r) => r.changeId))
    expect(paged).toEqual(ids)
    expect(search({ ...all, text: 'JUG-9' }).rows.map((r) => r.field).sort()).toEqual(['name', 'price', 'sku'])
  })
})

describe('changeHistoryCsv', () => {
  it('exports every match with formula-safe cells', async () => {
    await stageEdits(h.deps, h.sessionId, [{ resource: 'products', entityId: 1, field: 'name', value: '=HYPERLINK("x")' }])
    await stageEdits(h.deps, h.sessionId, [{ resource: 'products', entityId: 2, field: 'price', value: 25 }])
    const parsed = parseCsv(changeHistoryCsv(h.engine.db, {}))
    expect(parsed[0]).toEqual(['when', 'session', 'session_status', 'resource', 'entity_id', 'entry', 'sku_code', 'field', 'kind', 'before', 'after', 'state', 'error'])
    expect(parsed).toHaveLength(3)
    const byField = new Map(parsed.slice(1).map((r) => [r[7], r]))
    expect(byField.get('name')?.[10]).toBe(`'=HYPERLINK("x")`)
    expect(byField.get('price')?.slice(5, 11)).toEqual(['Red mug', 'MUG-2', 'price', 'update', '19.99', '25'])
    expect(parseCsv(changeHistoryCsv(h.engine.db, { text: 'MUG-2' }))).toHaveLength(2)
  })
})

describe('migration 3', () => {
  it('adds the code column and fills it from a staged SKU of the same entry', () => {
    const db = new Database(':memory:')
    db.exec(`CREATE TABLE sessions (id TEXT PRIMARY KEY, name TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'draft', created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, pushed_at INTEGER, revert_of TEXT);
      CREATE TABLE changes (id INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT NOT NULL, resource TEXT NOT NULL, entity_id TEXT NOT NULL, kind TEXT NOT NULL, field TEXT NOT NULL, label TEXT NOT NULL DEFAULT '', base TEXT, value TEXT, base_ts INTEGER, state TEXT NOT NULL DEFAULT 'staged', request_id INTEGER, error TEXT, result_id TEXT, updated_at INTEGER NOT NULL);
      INSERT INTO changes (session_id, resource, entity_id, kind, field, base, value, updated_at) VALUES
        ('s', 'products', '1', 'update', 'sku', '"OLD-1"', '"NEW-1"', 1), ('s', 'products', '1', 'update', 'price', '1', '2', 1),
        ('s', 'products', '2', 'update', 'price', '1', '2', 1), ('s', 'products', '3', 'update', 'sku', 'not json', '"x"', 1);
      PRAGMA user_version = 2;`)
    migrate(db)
    expect(db.prepare('SELECT entity_id, code FROM changes ORDER BY id').all()).toEqual([
      { entity_id: '1', code: 'OLD-1' },
      { entity_id: '1', code: 'OLD-1' },
      { entity_id: '2', code: '' },
      { entity_id: '3', code: '' }
    ])
    db.close()
  })
})
