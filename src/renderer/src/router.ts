// One route per section of the sidebar.
import type { Component } from 'vue'
import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import StoresView from './views/StoresView.vue'
import PlaceholderView from './views/PlaceholderView.vue'
import ProductsView from './views/ProductsView.vue'
import OrdersView from './views/OrdersView.vue'
import ImportExportView from './views/ImportExportView.vue'
import SessionsView from './views/SessionsView.vue'
import ProfileView from './views/ProfileView.vue'
import CouponsView from './views/CouponsView.vue'
import CustomersView from './views/CustomersView.vue'

export interface Section {
  path: string
  name: string
  title: string
  /** Shown on placeholder screens: which capability brings this section. */
  comingIn?: string
  shortcut: string
}

export const SECTIONS: Section[] = [
  { path: '/products', name: 'products', title: 'Products', comingIn: 'the editable grids release', shortcut: '1' },
  { path: '/orders', name: 'orders', title: 'Orders', comingIn: 'the editable grids release', shortcut: '2' },
  { path: '/coupons', name: 'coupons', title: 'Coupons', comingIn: 'the editable grids release', shortcut: '3' },
  { path: '/customers', name: 'customers', title: 'Customers', comingIn: 'the editable grids release', shortcut: '4' },
  { path: '/profile', name: 'profile', title: 'Store profile', comingIn: 'the store profile editor release', shortcut: '5' },
  { path: '/sessions', name: 'sessions', title: 'Sessions', comingIn: 'the bulk edit sessions release', shortcut: '6' },
  { path: '/import-export', name: 'import-export', title: 'Import / Export', comingIn: 'the CSV import and export release', shortcut: '7' }
]

/** Sections whose screen exists; the others show their placeholder. One line per view. */
const VIEWS: Partial<Record<string, Component>> = {
  products: ProductsView,
  orders: OrdersView,
  coupons: CouponsView,
  customers: CustomersView,
  profile: ProfileView,
  sessions: SessionsView,
  'import-export': ImportExportView
}

const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/stores' },
  { path: '/stores', name: 'stores', component: StoresView },
  ...SECTIONS.map((s): RouteRecordRaw => {
    const view = VIEWS[s.name]
    return view ? { path: s.path, name: s.name, component: view } : { path: s.path, name: s.name, component: PlaceholderView, props: { section: s } }
  })
]

export const router = createRouter({ history: createWebHashHistory(), routes })
