// Ecwid order statuses (`GET /profile/order_statuses`,
// https://api-docs.ecwid.com/reference/search-custom-order-statuses): the built-in payment and
// fulfillment statuses plus three custom slots of each kind that a store may enable and name.
import { FULFILLMENT_STATUSES, PAYMENT_STATUSES } from './order'

export const CUSTOM_PAYMENT_STATUSES = ['CUSTOM_PAYMENT_STATUS_1', 'CUSTOM_PAYMENT_STATUS_2', 'CUSTOM_PAYMENT_STATUS_3'] as const
export const CUSTOM_FULFILLMENT_STATUSES = ['CUSTOM_FULFILLMENT_STATUS_1', 'CUSTOM_FULFILLMENT_STATUS_2', 'CUSTOM_FULFILLMENT_STATUS_3'] as const
export type CustomPaymentStatus = (typeof CUSTOM_PAYMENT_STATUSES)[number]
export type CustomFulfillmentStatus = (typeof CUSTOM_FULFILLMENT_STATUSES)[number]

/** Every status id an order may carry on Ecwid, built-in first. */
export const ALL_PAYMENT_STATUSES = [...PAYMENT_STATUSES, ...CUSTOM_PAYMENT_STATUSES] as const
export const ALL_FULFILLMENT_STATUSES = [...FULFILLMENT_STATUSES, ...CUSTOM_FULFILLMENT_STATUSES] as const
export type AnyPaymentStatus = (typeof ALL_PAYMENT_STATUSES)[number]
export type AnyFulfillmentStatus = (typeof ALL_FULFILLMENT_STATUSES)[number]

export type OrderStatusType = 'PAYMENT_STATUS' | 'FULFILLMENT_STATUS'

export interface OrderStatus {
  statusId: AnyPaymentStatus | AnyFulfillmentStatus
  orderStatusType: OrderStatusType
  /** true for built-in statuses, false for the custom slots. */
  defaultStatus?: boolean
  enabled: boolean
  sendNotificationWhenStatusIsAssigned?: boolean
  /** Custom statuses only: the merchant's name for it. */
  name?: string
  nameTranslations?: Record<string, string>
  lastNameChangeDate?: string
}

export interface OrderStatusList {
  items: OrderStatus[]
}

/** The fields `PUT /profile/order_status/{statusId}` accepts (custom statuses only). */
export interface OrderStatusUpdate {
  enabled?: boolean
  sendNotificationWhenStatusIsAssigned?: boolean
  name?: string
  nameTranslations?: Record<string, string>
}

export const isCustomStatus = (id: string): boolean => id.startsWith('CUSTOM_')

/** The status ids a store lets orders use for one field: built-ins plus its enabled custom ones. */
export function usableStatuses(statuses: readonly OrderStatus[], type: OrderStatusType): string[] {
  const builtIn: readonly string[] = type === 'PAYMENT_STATUS' ? PAYMENT_STATUSES : FULFILLMENT_STATUSES
  const custom = statuses.filter((s) => s.orderStatusType === type && isCustomStatus(s.statusId) && s.enabled).map((s) => s.statusId)
  return [...builtIn, ...custom]
}

/** A status's label: the store's name for a custom one, else the id in words ("AWAITING_PAYMENT" → "Awaiting payment"). */
export function statusLabel(id: string, statuses: readonly OrderStatus[] = []): string {
  const named = statuses.find((s) => s.statusId === id)?.name?.trim()
  if (named) return named
  const words = id.toLowerCase().replace(/_/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}
