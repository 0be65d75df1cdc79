// One descriptor per resource (issue 15): every layer reads its fields from here.
export * from './types'
export * from './grid-columns'
export { PRODUCT_FIELDS, PRODUCT_GRID_LAYOUT, type ProductField } from './product'
export { COUPON_FIELDS, COUPON_GRID_LAYOUT, type CouponField } from './coupon'
export { ORDER_FIELDS, ORDER_GRID_LAYOUT, type OrderField } from './order'
export { CUSTOMER_FIELDS, CUSTOMER_GRID_LAYOUT, type CustomerField } from './customer'

import { COUPON_FIELDS } from './coupon'
import { CUSTOMER_FIELDS } from './customer'
import { ORDER_FIELDS } from './order'
import { PRODUCT_FIELDS } from './product'
import type { FieldTable } from './types'

/** Each grid resource's descriptor table (a product's variations are described by PRODUCT_FIELDS too). */
export const FIELD_TABLES: Readonly<Record<'products' | 'orders' | 'coupons' | 'customers', FieldTable>> = {
  products: PRODUCT_FIELDS, orders: ORDER_FIELDS, coupons: COUPON_FIELDS, customers: CUSTOMER_FIELDS
}
