// Strict zod schemas for the session methods of the contract (bulk edit sessions, pushes, history).
// Spread into apiSchemas; the mapped ApiSchemas type checks each against its method. No electron import.
import { z } from 'zod'
import { CHANGE_STATES, SESSION_RESOURCES, type JsonValue } from '@shared/model/session'
import { SETTABLE_COUPON_STATUSES, COUPON_USES_LIMITS, DISCOUNT_TYPES } from '@shared/model/coupon'
import { CODE_LENGTH_RANGE, CODE_PREFIX_MAX, MAX_GENERATED_CODES } from '@shared/model/coupon-codes'
import { MAX_DUPLICATES } from '@shared/model/product-crud'
import type { ApiSchemas } from './schemas'
import { catalogueOperation } from './catalogue-schemas'

const storeId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)
const sessionId = z.string().min(1).max(64)
const jobId = z.string().min(1).max(64)
const name = z.string().trim().min(1, 'Give the session a name.').max(100)
const resource = z.enum(SESSION_RESOURCES)
/** Dot paths of plain field names: "price", "dimensions.length". */
const field = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/, 'Not a field name.')
  .refine((f) => !f.split('.').some((part) => part === '__proto__' || part === 'constructor' || part === 'prototype'), 'Not a field name.')
const entityId = z.union([z.number().int().positive().max(Number.MAX_SAFE_INTEGER), z.string().min(1).max(100)])
const MAX_VALUE_CHARS = 200_000
const json = (z.json() as z.ZodType<JsonValue>).refine((v) => JSON.stringify(v).length <= MAX_VALUE_CHARS, 'The value is too large.')
const money = z.number().finite().min(-1e12).max(1e12)
const direction = z.enum(['nearest', 'up', 'down']).optional()

const productIds = z.array(z.number().int().positive().max(Number.MAX_SAFE_INTEGER)).min(1)
const cellEdit = z.strictObject({ resource, entityId, field, value: json })
const couponCodesRequest = z.strictObject({
  prefix: z.string().max(CODE_PREFIX_MAX).regex(/^[A-Za-z0-9_-]*$/, 'The prefix may use letters, digits, - and _.'),
  length: z.number().int().min(CODE_LENGTH_RANGE.min).max(CODE_LENGTH_RANGE.max),
  count: z.number().int().min(1).max(MAX_GENERATED_CODES),
  name: z.string().max(255),
  discountType: z.enum(DISCOUNT_TYPES),
  discount: z.number().finite().min(0).max(1e9),
  status: z.enum(SETTABLE_COUPON_STATUSES),
  usesLimit: z.enum(COUPON_USES_LIMITS),
  launchDate: z.string().max(40).optional(),
  expirationDate: z.string().max(40).optional()
})

const text = z.string().max(200)
const filterField = z.string().min(1).max(100)
const gridFilter = z.union([
  z.strictObject({ field: filterField, kind: z.literal('text'), op: z.enum(['contains', 'equals']), value: text }),
  z.strictObject({ field: filterField, kind: z.literal('number'), min: money.optional(), max: money.optional() }),
  z.strictObject({ field: filterField, kind: z.literal('date'), from: z.number().int().optional(), to: z.number().int().optional() }),
  z.strictObject({ field: filterField, kind: z.literal('enum'), values: z.array(z.string().max(100)).max(100) }),
  z.strictObject({ field: filterField, kind: z.literal('boolean'), value: z.boolean() })
])
const selection = z.strictObject({
  ids: z.array(entityId).max(100_000).optional(),
  query: z
    .strictObject({
      search: text.optional(),
      filters: z.array(gridFilter).max(20).optional(),
      sort: z.array(z.strictObject({ field: filterField, dir: z.enum(['asc', 'desc']) })).max(4).optional()
    })
    .optional(),
  products: z.array(entityId).max(100_000).optional(),
  variationOptions: z.array(z.strictObject({ name: z.string().min(1).max(255), value: z.string().max(255) })).min(1).max(20).optional()
})

const round = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('ending'), ending: z.number().min(0).lt(1), direction }),
  z.strictObject({ mode: z.literal('step'), step: z.number().positive().max(1e6), direction })
])
const op = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('set'), field, value: json }),
  z.strictObject({ kind: z.literal('adjust'), field, by: z.enum(['amount', 'percent']), amount: money, round: round.optional() }),
  z.strictObject({ kind: z.literal('replace'), field, find: z.string().min(1).max(1000), replace: z.string().max(10_000), regex: z.boolean().optional(), caseSensitive: z.boolean().optional() }),
  z.strictObject({ kind: z.literal('addCategory'), categoryId: z.number().int().min(0) }),
  z.strictObject({ kind: z.literal('removeCategory'), categoryId: z.number().int().min(0) }),
  z.strictObject({ kind: z.literal('enable'), enabled: z.boolean() }),
  z.strictObject({ kind: z.literal('setStock'), quantity: z.number().int().min(0).max(1e9).nullable() }),
  catalogueOperation
])
const reviewFilter = z.strictObject({
  resource: resource.optional(),
  field: z.string().max(200).optional(),
  state: z.enum(CHANGE_STATES).optional(),
  search: text.optional(),
  offset: z.number().int().min(0).max(10_000_000).optional(),
  limit: z.number().int().min(1).max(1000).optional()
})
const changeIds = z.array(z.number().int().positive()).max(100_000)

export const sessionSchemas = {
  listSessions: z.tuple([storeId]),
  createSession: z.tuple([storeId, name]),
  renameSession: z.tuple([storeId, sessionId, name]),
  discardSession: z.tuple([storeId, sessionId]),
  getActiveSession: z.tuple([storeId]),
  setActiveSession: z.tuple([storeId, sessionId.nullable()]),
  stageEdits: z.tuple([storeId, sessionId, z.array(cellEdit).max(50_000)]),
  stageCreate: z.tuple([storeId, sessionId, resource, z.record(field, json)]),
  stageCouponCodes: z.tuple([storeId, sessionId, couponCodesRequest]),
  stageDeletes: z.tuple([storeId, sessionId, resource, z.array(entityId).min(1).max(100_000)]),
  stageDuplicates: z.tuple([storeId, sessionId, productIds.max(MAX_DUPLICATES)]),
  previewProductDeletes: z.tuple([storeId, productIds.max(100_000)]),
  undoSession: z.tuple([storeId, sessionId]),
  redoSession: z.tuple([storeId, sessionId]),
  previewBulk: z.tuple([storeId, sessionId, resource, selection, op]),
  applyBulk: z.tuple([storeId, sessionId, resource, selection, op]),
  reviewSession: z.tuple([storeId, sessionId, reviewFilter]),
  discardChanges: z.tuple([storeId, sessionId, changeIds]),
  checkConflicts: z.tuple([storeId, sessionId]),
  listConflicts: z.tuple([storeId, sessionId]),
  resolveConflicts: z.tuple([storeId, sessionId, z.union([changeIds, z.literal('all')]), z.enum(['mine', 'theirs', 'skip'])]),
  estimatePush: z.tuple([storeId, sessionId]),
  pushSession: z.tuple([storeId, sessionId]),
  retryFailed: z.tuple([storeId, sessionId]),
  getJob: z.tuple([jobId]),
  pauseJob: z.tuple([jobId]),
  resumeJob: z.tuple([jobId]),
  cancelJob: z.tuple([jobId]),
  revertSession: z.tuple([storeId, sessionId]),
  listHistory: z.tuple([storeId]),
  exportHistoryCsv: z.tuple([storeId, sessionId.nullable()])
} satisfies Partial<ApiSchemas>
