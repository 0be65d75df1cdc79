// Customer fields as Ecwid's REST API v3 names them (`/customers`), described once. Declaration order
// is the flat CSV's column order. Ecwid computes the group name, the order count and sales figures.
// Ecwid: https://api-docs.ecwid.com/reference/update-customer (writable fields).
import { personFields } from './person'
import { ecwidOnly, type FieldDescriptor } from './types'

const DOC = 'https://api-docs.ecwid.com/reference/update-customer'

export const CUSTOMER_FIELDS = {
  id: {
    path: 'id', always: true, type: 'integer', edit: 'read-only', label: 'ID', grid: { title: 'ID', width: 80, filter: 'number' },
    csv: { flat: { header: 'ID', identity: 'id', synonyms: ['customer id'] } }, store: { column: 'id', indexed: true }
  },
  email: {
    path: 'email', always: true, type: 'email', edit: 'editable', label: 'Email', validate: { onCreate: true },
    grid: { title: 'Email', width: 240, filter: 'text', bulk: { replace: 2 } },
    csv: { flat: { header: 'Email', synonyms: ['e-mail', 'email address', 'customer email'] } }, store: { column: 'email', indexed: true, missing: '', naturalSort: true }
  },
  name: {
    path: 'name', type: 'text', edit: 'editable', label: 'Name', validate: { max: 255 },
    grid: { title: 'Name', width: 200, filter: 'text', bulk: { replace: 1 } },
    csv: { flat: { header: 'Name', synonyms: ['customer name', 'full name'] } }, store: { column: 'name', indexed: true, missing: '', naturalSort: true },
    special: 'Ecwid’s update takes the name inside billingPerson (ecwid/customers.ts); the store falls back to the billing name (store/mappers.ts)'
  },
  customerGroupId: {
    path: 'customerGroupId', type: 'integer', edit: 'editable', label: 'Group ID',
    clear: { refuse: 'A customer is always in a group on Ecwid. Choose the group instead.', doc: DOC },
    csv: { flat: { header: 'Group ID', synonyms: ['customer group id'] } }
  },
  customerGroupName: {
    path: 'customerGroupName', type: 'text', edit: 'read-only', label: 'Group', grid: { key: 'group', title: 'Group', width: 140, filter: 'text' },
    csv: { flat: { header: 'Group' } }, store: { column: 'group_name', indexed: false, missing: '' }
  },
  ...personFields('billingPerson', 'Billing'),
  taxId: { path: 'taxId', type: 'text', edit: 'ecwid-only', label: 'Tax ID', csv: { flat: { header: 'Tax ID', synonyms: ['vat number', 'vat id'] } } },
  taxExempt: { path: 'taxExempt', type: 'boolean', edit: 'editable', label: 'Tax exempt', csv: { flat: { header: 'Tax exempt' } } },
  acceptMarketing: {
    path: 'acceptMarketing', type: 'boolean', edit: 'editable', label: 'Marketing consent',
    grid: { title: 'Marketing consent', width: 140, filter: 'boolean', bulk: { set: 1 } },
    csv: { flat: { header: 'Accepts marketing', synonyms: ['newsletter', 'marketing opt in', 'subscribed'] } },
    store: { column: 'accept_marketing', indexed: false, missing: 0 }
  },
  lang: { path: 'lang', type: 'text', edit: 'ecwid-only', label: 'Language', csv: { flat: { header: 'Language', synonyms: ['locale'] } } },
  privateAdminNotes: {
    path: 'privateAdminNotes', type: 'text', edit: 'editable', label: 'Admin notes', csv: { flat: { header: 'Admin notes', synonyms: ['notes', 'private notes'] } }
  },
  registered: {
    path: 'registered', type: 'date', edit: 'read-only', label: 'Registered', grid: { title: 'Registered', width: 120, format: 'day', filter: 'date' },
    csv: { flat: { header: 'Registered' } }, store: { column: 'registered', indexed: false }
  },
  totalOrderCount: { path: 'totalOrderCount', type: 'integer', edit: 'read-only', label: 'Orders', csv: { flat: { header: 'Orders' } } },
  'stats.numberOfOrders': {
    path: 'stats.numberOfOrders', type: 'integer', edit: 'read-only', label: 'Orders',
    grid: { key: 'orderCount', title: 'Orders', width: 80, filter: 'number' }, store: { column: 'order_count', indexed: false, missing: 0 },
    special: 'falls back to totalOrderCount when Ecwid sends no stats (store/mappers.ts)'
  },
  'stats.salesValue': {
    path: 'stats.salesValue', type: 'money', edit: 'read-only', label: 'Sales value',
    grid: { key: 'salesValue', title: 'Sales value', width: 120, format: 'money', filter: 'number' }, store: { column: 'sales_value', indexed: false, missing: 0 }
  },
  updated: { path: 'updated', type: 'date', edit: 'read-only', label: 'Updated', store: { column: 'updated', indexed: false } },
  taxIdValid: { path: 'taxIdValid', type: 'boolean', edit: 'read-only', label: 'Tax ID valid' },
  billingPerson: ecwidOnly('billingPerson', 'nested', 'Billing address'),
  shippingAddresses: ecwidOnly('shippingAddresses', 'list', 'Shipping addresses'),
  contacts: ecwidOnly('contacts', 'list', 'Contacts')
} as const satisfies Readonly<Record<string, FieldDescriptor>>

export type CustomerField = keyof typeof CUSTOMER_FIELDS

/** The customers grid's columns left to right, by row key: what Ecwid's update takes first, so a pasted block lands on them. */
export const CUSTOMER_GRID_LAYOUT = ['name', 'email', 'acceptMarketing', 'group', 'orderCount', 'salesValue', 'registered'] as const
