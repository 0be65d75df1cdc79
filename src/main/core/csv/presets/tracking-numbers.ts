// The orders "tracking numbers" preset: order number, tracking number, optional carrier and status.
// A row with a tracking number and no status marks the order SHIPPED (never downgrades a DELIVERED order).

import { FULFILLMENT_STATUSES, type Order } from '@shared/model/order'
import type { ColumnDef } from '../types'
import { col, flatFormat, type CsvFormat } from '../formats/format'

export const TRACKING_COLUMNS: readonly ColumnDef[] = [
  col('Order number', 'orderNumber', 'integer', {
    readOnly: true,
    identity: 'orderNumber',
    synonyms: ['order', 'order no', 'order #', 'order id', 'order ref', 'reference', 'customer reference', 'ordernumber']
  }),
  col('Tracking number', 'trackingNumber', 'string', {
    synonyms: ['tracking', 'tracking no', 'tracking code', 'tracking id', 'awb', 'consignment number', 'parcel number', 'shipment number']
  }),
  // Ecwid orders carry shippingOption.shippingCarrierName; not yet in src/shared/model/order.ts (confirm before push).
  col('Carrier', 'shippingOption.shippingCarrierName', 'string', { synonyms: ['courier', 'shipping carrier', 'shipper', 'carrier name'] }),
  col('Status', 'fulfillmentStatus', 'enum', { enumValues: FULFILLMENT_STATUSES, synonyms: ['fulfillment status', 'fulfilment status', 'shipping status', 'order status'] })
]

/** Statuses a tracking number must not move backwards from. */
const ALREADY_SHIPPED = new Set(['SHIPPED', 'DELIVERED', 'OUT_FOR_DELIVERY', 'RETURNED'])

/**
 * Fills in the implied status: a new tracking number means the parcel left, so SHIPPED, unless the
 * file says otherwise or the order is already at or past that point.
 */
export function completeTrackingValues(values: Record<string, unknown>, order: Order | undefined): Record<string, unknown> {
  const tracking = values['trackingNumber']
  if (typeof tracking !== 'string' || tracking.trim() === '' || values['fulfillmentStatus'] !== undefined) return values
  if (order && ALREADY_SHIPPED.has(order.fulfillmentStatus)) return values
  return { ...values, fulfillmentStatus: 'SHIPPED' }
}

/** One row per order, as the flat formats are: only the columns differ. */
export const trackingNumbers: CsvFormat<Order> = flatFormat<Order>('orders-tracking', 'orders', 'Orders: tracking numbers', TRACKING_COLUMNS)
