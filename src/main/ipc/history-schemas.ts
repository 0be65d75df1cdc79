// Strict zod schemas for the store-wide change history methods (search and CSV export). Spread into
// apiSchemas; the mapped ApiSchemas type checks each against its method. No electron import.
import { z } from 'zod'
import { CHANGE_HISTORY_MAX_LIMIT } from '@shared/model/change-history'
import { CHANGE_STATES, SESSION_RESOURCES } from '@shared/model/session'
import type { ApiSchemas } from './schemas'

const storeId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)
/** Epoch milliseconds up to year 9999: JS dates beyond that are invalid. */
const time = z.number().int().min(0).max(253_402_300_799_999)
const filterShape = {
  text: z.string().max(200).optional(),
  resource: z.enum(SESSION_RESOURCES).optional(),
  entityId: z.union([z.number().int().positive().max(Number.MAX_SAFE_INTEGER), z.string().min(1).max(100)]).optional(),
  from: time.optional(),
  to: time.optional(),
  states: z.array(z.enum(CHANGE_STATES)).max(CHANGE_STATES.length).optional()
}

export const historySchemas = {
  searchChangeHistory: z.tuple([
    storeId,
    z.strictObject({ ...filterShape, offset: z.number().int().min(0).max(10_000_000), limit: z.number().int().min(1).max(CHANGE_HISTORY_MAX_LIMIT) })
  ]),
  exportChangeHistory: z.tuple([storeId, z.strictObject(filterShape)])
} satisfies Partial<ApiSchemas>
