// Ecwid REST API v3 envelopes shared by every resource: search pages, write results, deleted-items
// history, latest-stats and the batch API. Wire-format types only: no imports, no runtime logic.

/** Translations map used across Ecwid objects: ISO 639-1 language code -> text. */
export type Translated = Record<string, string>

/** Every Ecwid search endpoint answers this envelope. `limit` is at most 100. */
export interface SearchResult<T> {
  total: number
  count: number
  offset: number
  limit: number
  items: T[]
}

/** PUT answers `{updateCount}` (1 when the entity changed). */
export interface UpdateResult {
  updateCount: number
}

/** POST answers the new entity id (numbers for catalog/coupons/customers). */
export interface CreateResult {
  id: number
}

/** DELETE answers `{deleteCount}`. */
export interface DeleteResult {
  deleteCount: number
}

/** Ecwid's error body. errorCode is documented (e.g. INVALID_API_TOKEN) but Ecwid may omit it. */
export interface EcwidErrorBody {
  errorMessage: string
  errorCode?: string
}

/** Error codes from docs.ecwid.com "REST API error codes" that Stockroom reacts to. */
export const ECWID_ERROR_CODES = [
  'WRONG_PARAMETER',
  'NOT_AVAILABLE_ON_CURRENT_PLAN',
  'STORE_IS_SUSPENDED',
  'INSUFFICIENT_APP_SCOPE',
  'INVALID_API_TOKEN',
  'STORE_NOT_FOUND',
  'PROFILE_NOT_FOUND',
  'ORDER_NOT_FOUND',
  'PRODUCT_NOT_FOUND',
  'COMBINATION_NOT_FOUND',
  'CATEGORIES_NOT_FOUND',
  'COUPON_NOT_FOUND',
  'CUSTOMER_NOT_FOUND',
  'SKU_ALREADY_EXISTS',
  'METHOD_NOT_ALLOWED',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'INTERNAL_ERROR'
] as const
export type EcwidErrorCode = (typeof ECWID_ERROR_CODES)[number]

/**
 * One entry of `GET /{entity}/deleted`. `id` is a number for products, customers and coupons;
 * for orders Ecwid documents it as the order number, and stores with string order ids send a string.
 */
export interface DeletedItem {
  id: number | string
  /** Deletion date, e.g. "2024-09-04 07:20:11 +0000". */
  date: string
}

export type DeletedItemsResult = SearchResult<DeletedItem>

/** `GET /latest-stats`: dates ("yyyy-MM-dd HH:mm:ss Z") of the latest change per area. */
export interface LatestStats {
  productsUpdated?: string
  ordersUpdated?: string
  domainsUpdated?: string
  profileUpdated?: string
  categoriesUpdated?: string
  discountCouponsUpdated?: string
  abandonedSalesUpdated?: string
  customersUpdated?: string
  subscriptionsUpdated?: string
  /** Only with `productCountRequired=true`. */
  productCount?: number
  /** Only with `categoryCountRequired=true`. */
  categoryCount?: number
}

export const BATCH_METHODS = ['GET', 'POST', 'PUT', 'DELETE'] as const
export type BatchMethod = (typeof BATCH_METHODS)[number]

/** Documented maximum of sub-requests in one `POST /batch` (api-docs.ecwid.com, create batch request). */
export const BATCH_MAX_REQUESTS = 500

/**
 * With `allowParallelMode=true` Ecwid runs up to this many sub-requests of a batch at once, in no
 * guaranteed order; without it, one by one in order. Separate batches of one store run FIFO.
 * https://docs.ecwid.com/api-reference/rest-api/batch-requests
 */
export const BATCH_PARALLEL_MAX = 100

/**
 * One sub-request of `POST /batch` (the body is a JSON array of these). `path` is relative to
 * `/api/v3/{storeId}`, e.g. "/products/123". `body` is the JSON payload for PUT/POST.
 */
export interface BatchRequest {
  id?: string
  path: string
  method: BatchMethod
  body?: unknown
}

/** Answer of `POST /batch`. */
export interface BatchTicket {
  ticket: string
}

export const BATCH_STATUSES = ['QUEUED', 'IN_PROGRESS', 'COMPLETED'] as const
export type BatchStatusValue = (typeof BATCH_STATUSES)[number]

export const BATCH_RESPONSE_STATUSES = ['COMPLETED', 'FAILED', 'NOT_EXECUTED'] as const
export type BatchResponseStatus = (typeof BATCH_RESPONSE_STATUSES)[number]

/** One sub-request's outcome inside `GET /batch?ticket=`. */
export interface BatchResponse {
  id?: string
  status: BatchResponseStatus
  /** Parsed JSON body (absent when NOT_EXECUTED, or when escapedJson=true). */
  httpBody?: unknown
  /** JSON body as a string, only with `escapedJson=true`. */
  escapedHttpBody?: string
  httpStatusCode?: number
  httpStatusLine?: string
}

/** Answer of `GET /batch?ticket=…`. */
export interface BatchStatus {
  status: BatchStatusValue
  totalRequests: number
  completedRequests: number
  responses: BatchResponse[]
}
