// Barrel for the Ecwid wire-format model (one file per entity). UI-side types (app.ts, store.ts)
// are owned elsewhere and imported from their own files.

export * from './common'
export * from './product'
export * from './category'
export * from './order'
export * from './coupon'
export * from './customer'
export * from './profile'
export * from './scopes'
export * from './order-status'
