// Sandbox order statuses: the search (read_store_profile,
// https://api-docs.ecwid.com/reference/search-custom-order-statuses) and the update of a custom one
// (update_store_profile, https://api-docs.ecwid.com/reference/update-custom-order-status), plus the
// check that an order only gets a status the store has enabled.
import { isCustomStatus, type OrderStatus, type OrderStatusList } from '../../../shared/model/order-status'
import { ecwidDate } from '../dates'
import { badRequest, notFound } from '../errors'
import type { Route } from '../router'
import type { StoreState } from '../state'
import { requireObject } from '../validate'

const isTranslations = (v: unknown): v is Record<string, string> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((t) => typeof t === 'string')

function applyUpdate(state: StoreState, status: OrderStatus, body: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(body)) {
    if (key === 'enabled' || key === 'sendNotificationWhenStatusIsAssigned') {
      if (typeof value !== 'boolean') throw badRequest(`Field '${key}' should be a boolean`)
    } else if (key === 'name') {
      if (typeof value !== 'string' || value.trim() === '') throw badRequest("Field 'name' should be a non-empty string")
    } else if (key === 'nameTranslations') {
      if (!isTranslations(value)) throw badRequest("Field 'nameTranslations' should map language codes to strings")
    } else {
      throw badRequest(`Field '${key}' cannot be set on an order status`)
    }
  }
  const b = body as Partial<OrderStatus>
  if (b.name !== undefined && b.name !== status.name) status.lastNameChangeDate = ecwidDate(state.nowSec())
  Object.assign(status, b)
  state.touch('profile')
}

/** Ecwid keeps orders to the statuses a store uses: built-ins, or custom ones it has enabled. */
export function checkOrderStatuses(state: StoreState, body: Record<string, unknown>): void {
  for (const field of ['paymentStatus', 'fulfillmentStatus'] as const) {
    const id = body[field]
    if (typeof id !== 'string' || !isCustomStatus(id)) continue
    if (!state.orderStatuses.some((s) => s.statusId === id && s.enabled)) throw badRequest(`Field '${field}': custom status ${id} is not enabled in this store`)
  }
}

export const orderStatusRoutes: Route[] = [
  {
    method: 'GET', path: '/profile/order_statuses', scope: 'read_store_profile',
    handler: ({ state }) => {
      const list: OrderStatusList = { items: structuredClone(state.orderStatuses) }
      return { body: list }
    }
  },
  {
    method: 'PUT', path: '/profile/order_status/:statusId', scope: 'update_store_profile',
    handler: ({ state, params, body }) => {
      const id = params.statusId ?? ''
      const status = state.orderStatuses.find((s) => s.statusId === id)
      if (!status) throw notFound('ORDER_STATUS_NOT_FOUND', `Order status ${id} not found`)
      if (!isCustomStatus(id)) throw badRequest(`Order status ${id} is built in: only custom statuses can be updated`)
      const b = requireObject(body)
      if (Object.keys(b).length === 0) return { body: { updateCount: 0 } }
      applyUpdate(state, status, b)
      return { body: { updateCount: 1 } }
    }
  }
]
