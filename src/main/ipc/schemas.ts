// Argument schemas for every contract method: the renderer is untrusted input. The mapped type makes
// a method without a schema, or with a schema of the wrong shape, a compile error.
import { z } from 'zod'
import type { ApiMethod, StockroomApi } from '@shared/contract'
import { GRID_RESOURCES, MAX_EXPANDED_PRODUCTS } from '@shared/model/grid'
import { couponQuerySchema, customerQuerySchema, orderQuerySchema, productQuerySchema, queryKeysSchema, syncOptionsSchema } from './grid-schemas'
import { sessionSchemas } from './session-schemas'
import { csvSchemas } from './csv-schemas'
import { imageSchemas } from './image-schemas'
import { historySchemas } from './history-schemas'

export type ApiSchemas = { [K in ApiMethod]: z.ZodType<Parameters<StockroomApi[K]>> }

/** Ecwid store ids are positive integers. */
export const storeIdSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)

export const apiSchemas: ApiSchemas = {
  getAppInfo: z.tuple([]),
  listStores: z.tuple([]),
  openDemoStore: z.tuple([]),
  connectStore: z.tuple([
    z.strictObject({
      storeId: storeIdSchema,
      token: z.string().trim().min(1, 'Paste the token.').max(200),
      label: z.string().trim().max(100).optional()
    })
  ]),
  renameStore: z.tuple([storeIdSchema, z.string().trim().min(1, 'The label cannot be empty.').max(100)]),
  removeStore: z.tuple([storeIdSchema, z.strictObject({ deleteLocalData: z.boolean() })]),
  getRateLimit: z.tuple([storeIdSchema]),
  syncStore: z.tuple([storeIdSchema, syncOptionsSchema]),
  cancelSync: z.tuple([storeIdSchema]),
  getSyncState: z.tuple([storeIdSchema]),
  queryProducts: z.tuple([storeIdSchema, productQuerySchema]),
  rankProducts: z.tuple([storeIdSchema, productQuerySchema, z.array(z.number().int().positive().max(Number.MAX_SAFE_INTEGER)).max(MAX_EXPANDED_PRODUCTS).nullable()]),
  queryKeys: queryKeysSchema,
  queryOrders: z.tuple([storeIdSchema, orderQuerySchema]),
  queryCoupons: z.tuple([storeIdSchema, couponQuerySchema]),
  queryCustomers: z.tuple([storeIdSchema, customerQuerySchema]),
  getStoreFormats: z.tuple([storeIdSchema]),
  listCategories: z.tuple([storeIdSchema]),
  listCategoryTree: z.tuple([storeIdSchema]),
  getEntityJson: z.tuple([storeIdSchema, z.enum(GRID_RESOURCES), z.union([z.number().int().positive().max(Number.MAX_SAFE_INTEGER), z.string().min(1).max(100)])]),
  getProfile: z.tuple([storeIdSchema]),
  ...sessionSchemas,
  ...csvSchemas,
  ...imageSchemas,
  ...historySchemas
}
