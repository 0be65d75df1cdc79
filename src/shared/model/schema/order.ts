// Order fields as Ecwid's REST API v3 names them (`/orders`), described once. Declaration order is
// the flat CSV's column order; ORDER_GRID_LAYOUT below orders the grid. Stockroom edits an order's
// statuses, tracking number, email, private notes and totals; what else Ecwid takes is ecwid-only
// (passed on from a CSV import, checked by the sandbox) or exported read-only.
// Ecwid: https://api-docs.ecwid.com/reference/update-order (writable fields).
import { ALL_FULFILLMENT_STATUSES, ALL_PAYMENT_STATUSES } from '../order-status'
import { FULFILLMENT_STATUSES, PAYMENT_STATUSES } from '../order'
import { personFields } from './person'
import { ecwidOnly, type FieldDescriptor } from './types'

const DOC = 'https://api-docs.ecwid.com/reference/update-order'
const CUSTOM_STATUS_WHY = 'custom statuses must be enabled in Ecwid (Settings > Order statuses) first'

export const ORDER_FIELDS = {
  orderNumber: {
    path: 'orderNumber', type: 'integer', edit: 'read-only', label: 'Order number', grid: { title: 'Order', width: 80, filter: 'number' },
    csv: { flat: { header: 'Order number', identity: 'orderNumber', synonyms: ['order', 'order no', 'order #', 'order id number', 'ordernumber', 'reference'] } },
    store: { column: 'order_number', indexed: true }
  },
  id: {
    path: 'id', always: true, type: 'text', edit: 'read-only', label: 'Order ID', grid: { title: 'Order ID', width: 100, filter: 'text' },
    csv: { flat: { header: 'Order ID', identity: 'id', synonyms: ['ecwid order id'] } }, store: { column: 'id', indexed: true, naturalSort: true }
  },
  createDate: {
    path: 'createDate', always: true, type: 'date', edit: 'read-only', label: 'Date',
    grid: { key: 'created', title: 'Date', width: 150, format: 'date', filter: 'date' },
    csv: { flat: { header: 'Date', synonyms: ['order date', 'created'] } }, store: { column: 'created', indexed: true }
  },
  email: {
    path: 'email', type: 'email', edit: 'editable', label: 'Email', validate: { onCreate: true },
    grid: { title: 'Email', width: 200, filter: 'text', editable: false },
    csv: { flat: { header: 'Email', synonyms: ['customer email', 'e-mail'] } }, store: { column: 'email', indexed: true, missing: '', naturalSort: true }
  },
  paymentStatus: {
    path: 'paymentStatus', always: true, type: 'enum', values: ALL_PAYMENT_STATUSES, edit: 'editable', label: 'Payment status',
    validate: { builtIn: PAYMENT_STATUSES, why: CUSTOM_STATUS_WHY },
    grid: { title: 'Payment', width: 150, filter: 'enum', bulk: { set: 1 } },
    csv: { flat: { header: 'Payment status', synonyms: ['payment'] } }, store: { column: 'payment_status', indexed: true }
  },
  fulfillmentStatus: {
    path: 'fulfillmentStatus', always: true, type: 'enum', values: ALL_FULFILLMENT_STATUSES, edit: 'editable', label: 'Fulfillment status',
    validate: { builtIn: FULFILLMENT_STATUSES, why: CUSTOM_STATUS_WHY },
    grid: { title: 'Fulfillment', width: 170, filter: 'enum', bulk: { set: 2 } },
    csv: { flat: { header: 'Fulfillment status', synonyms: ['fulfilment status', 'shipping status', 'status', 'order status'] } },
    store: { column: 'fulfillment_status', indexed: true }
  },
  trackingNumber: {
    path: 'trackingNumber', type: 'text', edit: 'editable', label: 'Tracking number', validate: { max: 255 },
    grid: { title: 'Tracking number', width: 160, filter: 'text', bulk: { set: 3, replace: 1 } },
    csv: { flat: { header: 'Tracking number', synonyms: ['tracking', 'tracking no', 'tracking code', 'tracking id', 'awb', 'consignment number', 'shipment tracking number'] } },
    store: { column: 'tracking_number', indexed: false, missing: '' }
  },
  total: {
    path: 'total', type: 'money', edit: 'editable', label: 'Total',
    clear: { refuse: 'An order total cannot be left empty. Enter the amount.', doc: DOC },
    // Shown, not edited, in the grid and CSV: a changed total is rarely what a merchant means there.
    grid: { title: 'Total', width: 110, format: 'money', filter: 'number', editable: false },
    csv: { flat: { header: 'Total', readOnly: true } }, store: { column: 'total', indexed: true }
  },
  subtotal: {
    path: 'subtotal', type: 'money', edit: 'editable', label: 'Subtotal',
    clear: { refuse: 'An order subtotal cannot be left empty. Enter the amount.', doc: DOC },
    csv: { flat: { header: 'Subtotal', readOnly: true } }
  },
  tax: { path: 'tax', type: 'money', edit: 'ecwid-only', label: 'Tax', csv: { flat: { header: 'Tax', readOnly: true } } },
  paymentMethod: { path: 'paymentMethod', type: 'text', edit: 'ecwid-only', label: 'Payment method', csv: { flat: { header: 'Payment method', readOnly: true } } },
  'shippingOption.shippingMethodName': {
    path: 'shippingOption.shippingMethodName', type: 'text', edit: 'ecwid-only', label: 'Shipping method', csv: { flat: { header: 'Shipping method', readOnly: true } }
  },
  customerId: { path: 'customerId', type: 'integer', edit: 'ecwid-only', label: 'Customer ID', csv: { flat: { header: 'Customer ID', readOnly: true } } },
  ...personFields('billingPerson', 'Billing'),
  'billingPerson.name': {
    path: 'billingPerson.name', type: 'text', edit: 'ecwid-only', label: 'Billing name', csv: { flat: { header: 'Billing name' } },
    grid: { key: 'customerName', title: 'Customer', width: 170, filter: 'text' }, store: { column: 'customer_name', indexed: true, missing: '', naturalSort: true },
    special: 'the grid’s customer is the billing name, else the shipping one, else first and last name (store/mappers.ts)'
  },
  ...personFields('shippingPerson', 'Shipping'),
  privateAdminNotes: {
    path: 'privateAdminNotes', type: 'text', edit: 'editable', label: 'Private notes',
    grid: { key: 'privateNotes', title: 'Private notes', width: 240, filter: 'text', bulk: { set: 4, replace: 2 } },
    csv: { flat: { header: 'Admin notes', synonyms: ['private notes', 'staff notes', 'internal notes'] } },
    store: { column: 'private_notes', indexed: false, missing: '' }
  },
  orderComments: { path: 'orderComments', type: 'text', edit: 'ecwid-only', label: 'Customer comments', csv: { flat: { header: 'Customer comments', readOnly: true } } },
  updateDate: {
    path: 'updateDate', always: true, type: 'date', edit: 'read-only', label: 'Updated',
    grid: { key: 'updated', title: 'Updated', width: 150, format: 'date', filter: 'date' }, store: { column: 'updated', indexed: true }
  },
  internalId: { path: 'internalId', always: true, type: 'integer', edit: 'read-only', label: 'Internal ID', store: { column: 'internal_id', indexed: true } },
  createTimestamp: { path: 'createTimestamp', always: true, type: 'integer', edit: 'read-only', label: 'Created (Unix time)' },
  updateTimestamp: { path: 'updateTimestamp', always: true, type: 'integer', edit: 'read-only', label: 'Updated (Unix time)' },
  vendorOrderNumber: ecwidOnly('vendorOrderNumber', 'text', 'Vendor order number'),
  hidden: ecwidOnly('hidden', 'boolean', 'Hidden'),
  items: ecwidOnly('items', 'list', 'Items'),
  billingPerson: ecwidOnly('billingPerson', 'nested', 'Billing address'),
  shippingPerson: ecwidOnly('shippingPerson', 'nested', 'Shipping address'),
  shippingOption: ecwidOnly('shippingOption', 'nested', 'Shipping option')
} as const satisfies Readonly<Record<string, FieldDescriptor>>

export type OrderField = keyof typeof ORDER_FIELDS

/**
 * The orders grid's columns left to right, by row key: total, the statuses and tracking first, what a
 * merchant scans an order list for fits beside the panel.
 */
export const ORDER_GRID_LAYOUT = ['orderNumber', 'created', 'total', 'paymentStatus', 'fulfillmentStatus', 'trackingNumber', 'customerName', 'email', 'privateNotes', 'updated'] as const
