// One descriptor per resource (issue 15): every layer reads its fields from here.
export * from './types'
export * from './grid-columns'
export { PRODUCT_FIELDS, PRODUCT_GRID_LAYOUT, type ProductField } from './product'
export { COUPON_FIELDS, COUPON_GRID_LAYOUT, type CouponField } from './coupon'
export { ORDER_FIELDS, ORDER_GRID_LAYOUT, type OrderField } from './order'
export { CUSTOMER_FIELDS, CUSTOMER_GRID_LAYOUT, type CustomerField } from './customer'
