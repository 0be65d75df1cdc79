// Hostile IPC arguments for every contract method, generated from one valid argument template per
// method by a seeded PRNG. Test helper only: every case it yields must be rejected as VALIDATION.
import type { ApiMethod } from '@shared/contract'
import { Prng } from '../../src/main/sandbox/prng'

export const STORE = 1003
const S = 's-1'

/**
 * One valid argument list per method (the test checks each parses). The mapped type makes a new
 * contract method without a template a compile error here: add one line.
 */
export const TEMPLATES: { [K in ApiMethod]: unknown[] } = {
  getAppInfo: [],
  listStores: [],
  openDemoStore: [],
  connectStore: [{ storeId: STORE, token: 'secret_abc123', label: 'Main shop' }],
  renameStore: [STORE, 'Main shop'],
  removeStore: [STORE, { deleteLocalData: false }],
  getRateLimit: [STORE],
  syncStore: [STORE, { full: true, resources: ['products', 'orders'] }],
  cancelSync: [STORE],
  getSyncState: [STORE],
  queryProducts: [STORE, { search: 'mug', filters: [{ field: 'price', kind: 'number', min: 1, max: 10 }, { field: 'enabled', kind: 'boolean', value: true }], sort: [{ field: 'name', dir: 'asc' }], offset: 0, limit: 50 }],
  rankProducts: [STORE, { search: 'mug', sort: [{ field: 'price', dir: 'desc' }], offset: 0, limit: 0 }, [1, 2, 3]],
  queryKeys: [STORE, 'products', { search: 'mug', sort: [{ field: 'price', dir: 'desc' }], within: [1, 2, 3] }],
  queryOrders: [STORE, { filters: [{ field: 'customerName', kind: 'text', op: 'contains', value: 'ann' }], offset: 100, limit: 50 }],
  queryCoupons: [STORE, { search: 'SPRING', offset: 0, limit: 20 }],
  queryCustomers: [STORE, { offset: 0, limit: 20 }],
  getStoreFormats: [STORE],
  listCategories: [STORE],
  listCategoryTree: [STORE],
  getEntityJson: [STORE, 'products', 5],
  getProfile: [STORE],
  listSessions: [STORE],
  createSession: [STORE, 'Spring prices'],
  renameSession: [STORE, S, 'Summer prices'],
  discardSession: [STORE, S],
  getActiveSession: [STORE],
  setActiveSession: [STORE, S],
  stageEdits: [STORE, S, [{ resource: 'products', entityId: 5, field: 'price', value: 9.99 }, { resource: 'coupons', entityId: 'c7', field: 'name', value: 'x' }]],
  stageCreate: [STORE, S, 'products', { name: 'Mug', price: 3 }],
  stageCouponCodes: [STORE, S, { prefix: 'X-', length: 8, count: 3, name: '{code}', discountType: 'PERCENT', discount: 10, status: 'ACTIVE', usesLimit: 'UNLIMITED' }],
  stageDeletes: [STORE, S, 'products', [5, 6]],
  stageDuplicates: [STORE, S, [5, 6]],
  previewProductDeletes: [STORE, [5, 6]],
  undoSession: [STORE, S],
  redoSession: [STORE, S],
  previewBulk: [STORE, S, 'products', { ids: [1, 2] }, { kind: 'adjust', field: 'price', by: 'percent', amount: 10, round: { mode: 'ending', ending: 0.99 } }],
  applyBulk: [STORE, S, 'products', { query: { search: 'mug' } }, { kind: 'replace', field: 'name', find: 'Mug', replace: 'Cup' }],
  reviewSession: [STORE, S, { resource: 'products', offset: 0, limit: 50 }],
  discardChanges: [STORE, S, [1, 2]],
  checkConflicts: [STORE, S],
  listConflicts: [STORE, S],
  resolveConflicts: [STORE, S, [1, 2], 'mine'],
  estimatePush: [STORE, S],
  pushSession: [STORE, S],
  retryFailed: [STORE, S],
  getJob: ['job-1'],
  pauseJob: ['job-1'],
  resumeJob: ['job-1'],
  cancelJob: ['job-1'],
  revertSession: [STORE, S],
  listHistory: [STORE],
  exportHistoryCsv: [STORE, null],
  searchChangeHistory: [STORE, { text: 'SKU A-12', resource: 'products', from: 0, to: 1_800_000_000_000, states: ['applied', 'failed'], offset: 0, limit: 100 }],
  exportChangeHistory: [STORE, { text: 'A-12', states: ['applied'] }],
  chooseCsvFile: [],
  exportCsv: [STORE, { resource: 'products', format: 'flat', view: { search: 'mug', sort: [{ field: 'name', dir: 'asc' }], columns: ['name', 'price'] }, options: { delimiter: ';', bom: true } }],
  inspectCsv: [STORE, { resource: 'orders', fileToken: '0f8e2a1c-3b4d-4e5f-8a9b-0c1d2e3f4a5b', format: 'tracking', delimiter: ',' }],
  planCsvImport: [STORE, { resource: 'products', fileToken: '0f8e2a1c-3b4d-4e5f-8a9b-0c1d2e3f4a5b', mapping: { 'Unit price': 'price', Notes: null } }],
  previewCsvImport: [STORE, { resource: 'products', fileToken: '0f8e2a1c-3b4d-4e5f-8a9b-0c1d2e3f4a5b' }],
  importCsv: [STORE, { resource: 'products', fileToken: '0f8e2a1c-3b4d-4e5f-8a9b-0c1d2e3f4a5b', sessionName: 'Price file', validOnly: true, exclude: { excludeRows: [2, 5], excludeFields: ['name'] } }],
  chooseImageFile: [],
  checkImageUrls: [['https://images.example.com/a.jpg']]
}

/** Paths whose value is free JSON (a cell value): wrong types are fine there, so they get JSON-specific hostility. */
export const JSON_PATHS: Partial<Record<ApiMethod, RegExp>> = {
  stageEdits: /^2\.\d+\.value$/,
  stageCreate: /^3\.[^.]+$/
}

export type Path = (string | number)[]
export const MB = 'x'.repeat(1024 * 1024)

/** An own property named like a prototype key, as JSON.parse (and structured clone) would make one. */
function withOwn(obj: object, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...obj }
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true })
  return copy
}
const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'] as const
const pollute = (key: string): Record<string, unknown> => withOwn({}, key, { polluted: true, toString: 'x' })

export function deepNest(depth: number): unknown {
  let v: unknown = 1
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v }
  return v
}

/** Values no number, string, boolean, enum or null slot of any schema accepts. */
const HOSTILE_NUMBERS = [NaN, Infinity, -Infinity, 1e308, -1e308, 2 ** 70, MB, [], {}, true]
const HOSTILE_STRINGS = [MB, true, {}, NaN, -1, pollute('__proto__')]
const HOSTILE_BOOLEANS = ['true', 1, {}, [], NaN, MB]
const HOSTILE_NULLS = [MB, true, {}, NaN, -1]
const HOSTILE_JSON = [NaN, Infinity, MB, deepNest(2_000), deepNest(50_000), { big: MB }]

export interface HostileCase {
  method: ApiMethod
  label: string
  args: unknown
}

function leaves(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
  if (Array.isArray(value)) return [{ path, value }, ...value.flatMap((v, i) => leaves(v, [...path, i]))]
  if (value && typeof value === 'object') return [{ path, value }, ...Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]))]
  return [{ path, value }]
}

export function setAt(root: unknown[], path: Path, value: unknown): unknown[] {
  const copy = structuredClone(root)
  let node: Record<string | number, unknown> = copy as unknown as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  node[path[path.length - 1] as string | number] = value
  return copy
}

function hostileFor(value: unknown): readonly unknown[] {
  if (typeof value === 'number') return HOSTILE_NUMBERS
  if (typeof value === 'string') return HOSTILE_STRINGS
  if (typeof value === 'boolean') return HOSTILE_BOOLEANS
  if (value === null) return HOSTILE_NULLS
  if (Array.isArray(value)) return [MB, 42, null, { 0: value[0], length: 1 }, new Array(200_000).fill(value[0] ?? 1)]
  return [[value], MB, 42, null]
}

/** Every case for one method: the whole argument list, then each position and nested value. */
export function hostileCases(method: ApiMethod, seed: number, perMethod = 40): HostileCase[] {
  const rng = new Prng(seed)
  const template = TEMPLATES[method]
  const jsonPath = JSON_PATHS[method]
  const cases: HostileCase[] = [
    { method, label: 'args: null', args: null },
    { method, label: 'args: string', args: MB },
    { method, label: 'args: object', args: { 0: template[0], length: template.length } },
    { method, label: 'args: polluting object', args: pollute('__proto__') },
    { method, label: 'extra argument', args: [...template, { extra: true }] },
    { method, label: 'extra huge argument', args: [...template, MB] },
    { method, label: '10,000 arguments', args: new Array(10_000).fill(template[0] ?? 1) }
  ]
  if (template.length > 0) {
    cases.push({ method, label: 'no arguments', args: [] }, { method, label: 'last argument missing', args: template.slice(0, -1) })
  }
  const spots = leaves(template).filter((l) => l.path.length > 0)
  for (let i = 0; i < perMethod && spots.length > 0; i++) {
    const spot = rng.pick(spots)
    const where = spot.path.join('.')
    if (jsonPath?.test(where)) {
      const value = rng.pick(HOSTILE_JSON)
      cases.push({ method, label: `json ${where} = ${describe(value)}`, args: setAt(template, spot.path, value) })
    } else if (spot.value && typeof spot.value === 'object' && !Array.isArray(spot.value) && rng.chance(0.6)) {
      const key = rng.pick([...POLLUTION_KEYS, 'extra'])
      // A new key in a record of free JSON values (stageCreate's fields) is a legal field name.
      if (key === 'extra' && jsonPath?.test(`${where}.${key}`)) continue
      cases.push({ method, label: `${where} + own key ${key}`, args: setAt(template, spot.path, withOwn(spot.value, key, { polluted: true })) })
    } else {
      const value = rng.pick(hostileFor(spot.value))
      cases.push({ method, label: `${where} = ${describe(value)}`, args: setAt(template, spot.path, value) })
    }
  }
  return cases
}

export function describe(v: unknown): string {
  if (typeof v === 'string') return v.length > 40 ? `string(${v.length})` : JSON.stringify(v)
  if (typeof v === 'number') return String(v)
  if (Array.isArray(v)) return `array(${v.length})`
  if (v && typeof v === 'object') return `{${Object.getOwnPropertyNames(v).slice(0, 3).join(',')}}`
  return String(v)
}
