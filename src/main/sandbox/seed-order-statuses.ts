// The sandbox store's order statuses, shaped like Ecwid's search-order-statuses answer
// (https://api-docs.ecwid.com/reference/search-custom-order-statuses): every built-in status, and
// the three custom slots of each kind, two of them enabled and named.
import { FULFILLMENT_STATUSES, PAYMENT_STATUSES } from '../../shared/model/order'
import { CUSTOM_FULFILLMENT_STATUSES, CUSTOM_PAYMENT_STATUSES, type OrderStatus, type OrderStatusType } from '../../shared/model/order-status'
import { ecwidDate } from './dates'

const NAMED: Readonly<Record<string, string>> = {
  CUSTOM_PAYMENT_STATUS_1: 'Money on hold',
  CUSTOM_FULFILLMENT_STATUS_1: 'Gift wrapped'
}

export function seedOrderStatuses(epoch: number): OrderStatus[] {
  const builtIn = (type: OrderStatusType) => (statusId: OrderStatus['statusId']): OrderStatus => ({ statusId, orderStatusType: type, defaultStatus: true, enabled: true, sendNotificationWhenStatusIsAssigned: true })
  const custom = (type: OrderStatusType) => (statusId: OrderStatus['statusId']): OrderStatus => {
    const name = NAMED[statusId]
    return name
      ? { statusId, orderStatusType: type, defaultStatus: false, enabled: true, sendNotificationWhenStatusIsAssigned: true, name, nameTranslations: { en: name }, lastNameChangeDate: ecwidDate(epoch) }
      : { statusId, orderStatusType: type, defaultStatus: false, enabled: false, sendNotificationWhenStatusIsAssigned: true }
  }
  return [
    ...PAYMENT_STATUSES.map(builtIn('PAYMENT_STATUS')),
    ...CUSTOM_PAYMENT_STATUSES.map(custom('PAYMENT_STATUS')),
    ...FULFILLMENT_STATUSES.map(builtIn('FULFILLMENT_STATUS')),
    ...CUSTOM_FULFILLMENT_STATUSES.map(custom('FULFILLMENT_STATUS'))
  ]
}
