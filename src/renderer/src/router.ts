// One route per section of the sidebar.
import type { Component } from 'vue'
import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import StoresView from './views/StoresView.vue'
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
  shortcut: string
  view: Component
}

export const SECTIONS: Section[] = [
  { path: '/products', name: 'products', title: 'Products', shortcut: '1', view: ProductsView },
  { path: '/orders', name: 'orders', title: 'Orders', shortcut: '2', view: OrdersView },
  { path: '/coupons', name: 'coupons', title: 'Coupons', shortcut: '3', view: CouponsView },
  { path: '/customers', name: 'customers', title: 'Customers', shortcut: '4', view: CustomersView },
  { path: '/profile', name: 'profile', title: 'Store profile', shortcut: '5', view: ProfileView },
  { path: '/sessions', name: 'sessions', title: 'Sessions', shortcut: '6', view: SessionsView },
  { path: '/import-export', name: 'import-export', title: 'Import / Export', shortcut: '7', view: ImportExportView }
]

const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/stores' },
  { path: '/stores', name: 'stores', component: StoresView },
  ...SECTIONS.map((s): RouteRecordRaw => ({ path: s.path, name: s.name, component: s.view }))
]

export const router = createRouter({ history: createWebHashHistory(), routes })
