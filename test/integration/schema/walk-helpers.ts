// What the descriptor walks share: a sample value per field type, reading cells of an export, finding
// a walked value in the local grid through its column's filter and sort, and the whole walk of a
// resource with a flat CSV.
import { expect } from 'vitest'
import type { AnyGridQuery, GridFilter, Page } from '@shared/model/grid'
import { gridKeyOf, type FieldDescriptor } from '@shared/model/schema'
import type { CellEdit, JsonValue } from '@shared/model/session'
import { getPath } from '../../../src/main/core/csv/field-path'
import { ecwidDateMs } from '../../../src/main/core/store/ecwid-dates'
import type { CsvServiceFixture } from '../csv/service-fixture'

/** The writable fields of a descriptor table that Ecwid's API takes. */
export const walkedFields = (table: Readonly<Record<string, FieldDescriptor>>): FieldDescriptor[] =>
  Object.values(table).filter((f) => f.edit === 'editable' && f.ecwidApi !== false)

/**
 * A value for the field that differs from what the entity has now; `ids` are ids that exist. Enums
 * pick among the values a write may send (validate.settable).
 */
export function sampleFor(f: FieldDescriptor, entity: object, i: number, ids: readonly number[]): JsonValue {
  const now = getPath(entity, f.path)
  switch (f.type) {
    case 'money':
      return (now === 12.34 ? 23.45 : 12.34) + i
    case 'integer':
      return now === 7 ? 8 : 7
    case 'number':
      return now === 1.5 ? 2.5 : 1.5
    case 'boolean':
      return now !== true
    case 'ids':
      return [ids.find((c) => !((now as number[] | undefined) ?? []).includes(c)) as number]
    case 'list':
      return ['walked']
    case 'enum':
      return (f.validate?.settable ?? f.values ?? []).find((v) => v !== now) as string
    case 'html':
      return `<p>Walked ${f.path}</p>`
    case 'email':
      return `walked${i}@example.com`
    default:
      return `Walked ${f.path}`
  }
}

export const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)

/** The cell under `header` in the row whose `idHeader` cell is `id` (Ecwid files: the `product` row). */
export function cellOf(rows: string[][], header: string, idHeader: string, id: number | string): string | undefined {
  const head = rows[0] as string[]
  const type = head.indexOf('type')
  const row = rows.find((r) => r[head.indexOf(idHeader)] === String(id) && (type < 0 || r[type] === 'product'))
  return row?.[head.indexOf(header)]
}

/** A walked value as the grid row holds it: dates in epoch milliseconds. */
const cellValue = (f: FieldDescriptor, value: JsonValue): JsonValue => (f.type === 'date' ? ecwidDateMs(value as string) : value)

/** The grid filter that matches exactly `value` in the field's column, by its grid.filter kind. */
function exactFilter(f: FieldDescriptor, value: JsonValue): GridFilter | undefined {
  switch (f.grid?.filter) {
    case 'date':
      return { field: gridKeyOf(f), kind: 'date', from: value as number, to: value as number }
    case 'boolean':
      return { field: gridKeyOf(f), kind: 'boolean', value: value === true }
    case 'number':
      return { field: gridKeyOf(f), kind: 'number', min: value as number, max: value as number }
    case 'text':
      return { field: gridKeyOf(f), kind: 'text', op: 'equals', value: String(value) }
    case 'enum':
      return { field: gridKeyOf(f), kind: 'enum', values: [String(value)] }
    default:
      return undefined
  }
}

type GridQueryFn = (q: AnyGridQuery) => Page<object>

/** The filter that picks one entity by its id: numeric ids by range, text ids (orders') by equality. */
const idFilter = (id: number | string): GridFilter =>
  typeof id === 'number' ? { field: 'id', kind: 'number', min: id, max: id } : { field: 'id', kind: 'text', op: 'equals', value: id }

/**
 * Each walked field that has grid defaults shows its pushed value in the synced local grid under its
 * row key, and its filter (when it has one) and sort both find the entity.
 */
export function expectGridShows(query: GridQueryFn, walks: readonly { f: FieldDescriptor; id: number | string; value: JsonValue }[]): void {
  for (const w of walks.filter((x) => x.f.grid)) {
    const cell = cellValue(w.f, w.value)
    const filter = exactFilter(w.f, cell)
    const key = gridKeyOf(w.f)
    const page = query({
      filters: [idFilter(w.id), ...(filter ? [filter] : [])],
      ...(filter ? { sort: [{ field: key, dir: 'desc' as const }] } : {}),
      offset: 0, limit: 10
    })
    const row = page.rows[0] as Record<string, unknown> | undefined
    expect([w.f.path, page.total, row?.[key]]).toEqual([w.f.path, 1, cell])
  }
}

export interface FlatWalk {
  resource: 'orders' | 'customers'
  /** The identity column of the resource's flat CSV ("Order ID", "ID"). */
  idHeader: string
  query: GridQueryFn
  /** The entity as the sandbox holds it now. */
  server: (id: number | string) => object
  plan: readonly { f: FieldDescriptor; id: number | string; value: JsonValue; had: boolean }[]
  /** The flat export taken before the push. */
  before: string[][]
}

/**
 * The walk of a resource with a flat CSV, one field per entity: stage and validate, push to the
 * sandbox, sync back, find each value in the grid, export, re-import the export (no changes) and the
 * export from before the push (every walked field with a value then, and that the file imports, changes back).
 */
export async function walkFlatResource(fx: CsvServiceFixture, w: FlatWalk): Promise<void> {
  const storeId = fx.f.sb.storeId
  const { resource, plan } = w
  const session = await fx.sessions.api.createSession(storeId, 'walk')
  const edits: CellEdit[] = plan.map((p) => ({ resource, entityId: String(p.id), field: p.f.path, value: p.value }))
  const staged = await fx.sessions.api.stageEdits(storeId, session.id, edits)
  expect(staged.rejected).toEqual([])
  expect(staged.staged).toBe(plan.length)

  expect(await fx.sessions.runPush(storeId, session.id)).toMatchObject({ applied: plan.length, failed: 0 })
  for (const p of plan) expect([p.f.path, getPath(w.server(p.id), p.f.path)]).toEqual([p.f.path, p.value])

  const sync = await fx.f.cli(['sync'], { token: true })
  expect(sync.code, sync.stderr).toBe(0)

  // The synced grid shows each walked field's value under its row key, its filter and sort find it;
  // the synced store exports what was pushed, and re-importing that export changes nothing...
  expectGridShows(w.query, plan)
  const after = await fx.exported(resource, 'after.csv')
  for (const p of plan) if (p.f.csv?.flat) expect([p.f.path, cellOf(after, p.f.csv.flat.header, w.idHeader, p.id) ?? '']).not.toEqual([p.f.path, ''])
  const again = await fx.csv.planCsvImport(storeId, { resource, fileToken: await fx.choose('again.csv', after) })
  expect(again.report.filter((l) => l.severity === 'error')).toEqual([])
  expect(again.changeCount).toBe(0)
  // ...and the export taken before the push changes back every walked field that had a value then
  // and that the flat file imports (an order's totals are exported only).
  const imported = plan.filter((p) => p.had && p.f.csv?.flat && !('readOnly' in p.f.csv.flat)).map((p) => p.f.path)
  expect(imported.length).toBeGreaterThan(0)
  const back = await fx.csv.planCsvImport(storeId, { resource, fileToken: await fx.choose('back.csv', w.before) })
  expect(back.report.filter((l) => l.severity === 'error')).toEqual([])
  const changed = new Set(back.fieldCounts.map((c) => c.field))
  expect(imported.filter((f) => !changed.has(f))).toEqual([])
}
