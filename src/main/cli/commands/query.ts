// `stockroom query <resource> [--search T] [--sort FIELD[:desc]] [--offset N] [--limit N]`: a window
// of rows from the local copy (no network, no token). Validated by the same schema as the IPC call.
import { existsSync } from 'node:fs'
import { AppError } from '@shared/errors'
import { GRID_COLUMNS, GRID_RESOURCES, type AnyGridQuery, type GridResource } from '@shared/model/grid'
import { dbPathIn, openDb, type Db } from '../../core/store/db'
import { queryCoupons, queryCustomers, queryOrders, queryProducts } from '../../core/store/grids'
import { storeDataDir } from '../../core/stores/local-data'
import { couponQuerySchema, customerQuerySchema, orderQuerySchema, productQuerySchema } from '../../ipc/grid-schemas'
import { requireStore } from '../context'
import { UsageError } from '../output'
import { intOption } from './sandbox'
import type { Command } from './index'

const DEFAULT_LIMIT = 50

function runQuery(db: Db, resource: GridResource, raw: AnyGridQuery): { total: number; rows: object[] } {
  const invalid = (e: { issues: { path: PropertyKey[]; message: string }[] }): never => {
    const first = e.issues[0]
    throw new UsageError(`Invalid query: ${first ? `${first.path.map(String).join('.')} ${first.message}` : 'rejected'}.`)
  }
  switch (resource) {
    case 'products': {
      const q = productQuerySchema.safeParse(raw)
      return q.success ? queryProducts(db, q.data) : invalid(q.error)
    }
    case 'orders': {
      const q = orderQuerySchema.safeParse(raw)
      return q.success ? queryOrders(db, q.data) : invalid(q.error)
    }
    case 'coupons': {
      const q = couponQuerySchema.safeParse(raw)
      return q.success ? queryCoupons(db, q.data) : invalid(q.error)
    }
    case 'customers': {
      const q = customerQuerySchema.safeParse(raw)
      return q.success ? queryCustomers(db, q.data) : invalid(q.error)
    }
  }
}

export function parseSort(raw: string | boolean | undefined, resource: GridResource): AnyGridQuery['sort'] {
  if (raw === undefined || typeof raw === 'boolean') return undefined
  const [field = '', dir = 'asc'] = raw.split(':')
  const fields = Object.keys(GRID_COLUMNS[resource])
  if (!fields.includes(field)) throw new UsageError(`--sort: ${resource} columns are ${fields.join(', ')}.`)
  if (dir !== 'asc' && dir !== 'desc') throw new UsageError('--sort takes FIELD or FIELD:desc.')
  return [{ field, dir }]
}

export const queryCommand: Command = {
  summary: 'rows from the local copy: products, orders, coupons, customers (--search, --sort F[:desc])',
  options: { search: { type: 'string' }, sort: { type: 'string' }, offset: { type: 'string' }, limit: { type: 'string' } },
  async run(ctx, values, positionals) {
    const resource = positionals[0] as GridResource | undefined
    if (!resource || !GRID_RESOURCES.includes(resource)) throw new UsageError(`query needs a resource: ${GRID_RESOURCES.join(', ')}.`)
    const storeId = requireStore(ctx)
    const dir = storeDataDir(ctx.global.dataDir, storeId)
    if (!existsSync(dbPathIn(dir))) throw new AppError('NOT_FOUND', `No local copy of store ${storeId} yet: run \`stockroom sync --store ${storeId}\` first.`)
    const q: AnyGridQuery = {
      search: typeof values.search === 'string' ? values.search : undefined,
      sort: parseSort(values.sort, resource),
      offset: intOption(values, 'offset') ?? 0,
      limit: intOption(values, 'limit') ?? DEFAULT_LIMIT
    }
    const db = openDb(dir)
    try {
      const page = runQuery(db, resource, q)
      const human = [`${page.total} ${resource} match; showing ${page.rows.length} from ${q.offset}`, ...page.rows.map((r) => JSON.stringify(r))].join('\n')
      ctx.out.result({ total: page.total, rows: page.rows }, human)
    } finally {
      db.close()
    }
  }
}
