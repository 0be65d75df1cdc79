// The store's order statuses (Ecwid's GET /profile/order_statuses) in the local copy: kept in the
// synced profile row under one key, since Ecwid serves them under /profile and they change with it.
import type { Db } from './db'
import type { OrderStatus } from '@shared/model/order-status'

export const ORDER_STATUSES_KEY = 'orderStatuses'

/** Stores the list next to the synced profile; without a profile row yet, nothing is kept. */
export function saveOrderStatuses(db: Db, statuses: readonly OrderStatus[]): void {
  db.run(`UPDATE profile SET json = json_set(json, '$.${ORDER_STATUSES_KEY}', json(?)) WHERE id = 1`, [JSON.stringify(statuses)])
}

/** The synced order statuses, or null before any were read. */
export function loadOrderStatuses(db: Db): OrderStatus[] | null {
  const row = db.get<{ v: string | null }>(`SELECT json_extract(json, '$.${ORDER_STATUSES_KEY}') AS v FROM profile WHERE id = 1`)
  if (!row?.v) return null
  const parsed: unknown = JSON.parse(row.v)
  return Array.isArray(parsed) ? (parsed as OrderStatus[]) : null
}
