// One route per section of the sidebar. Views are loaded on first visit: the shell and the screen
// the app opens on parse only their own code (the CSV, HTML editor and session screens are large).
import { createRouter, createWebHashHistory, type RouteComponent, type RouteRecordRaw } from 'vue-router'

type LazyView = () => Promise<RouteComponent | { default: RouteComponent }>

export interface Section {
  path: string
  name: string
  title: string
  shortcut: string
  view: LazyView
}

const ProductsView: LazyView = () => import('./views/ProductsView.vue')
const OrdersView: LazyView = () => import('./views/OrdersView.vue')
const CouponsView: LazyView = () => import('./views/CouponsView.vue')
const CustomersView: LazyView = () => import('./views/CustomersView.vue')
const ProfileView: LazyView = () => import('./views/ProfileView.vue')
const SessionsView: LazyView = () => import('./views/SessionsView.vue')
const ImportExportView: LazyView = () => import('./views/ImportExportView.vue')
const StoresView: LazyView = () => import('./views/StoresView.vue')
const CategoriesView: LazyView = () => import('./views/CategoriesView.vue')

export const SECTIONS: Section[] = [
  { path: '/products', name: 'products', title: 'Products', shortcut: '1', view: ProductsView },
  { path: '/orders', name: 'orders', title: 'Orders', shortcut: '2', view: OrdersView },
  { path: '/coupons', name: 'coupons', title: 'Coupons', shortcut: '3', view: CouponsView },
  { path: '/customers', name: 'customers', title: 'Customers', shortcut: '4', view: CustomersView },
  { path: '/profile', name: 'profile', title: 'Store profile', shortcut: '5', view: ProfileView },
  { path: '/sessions', name: 'sessions', title: 'Sessions', shortcut: '6', view: SessionsView },
  { path: '/import-export', name: 'import-export', title: 'Import / Export', shortcut: '7', view: ImportExportView },
  { path: '/categories', name: 'categories', title: 'Categories', shortcut: '8', view: CategoriesView }
]

const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/stores' },
  { path: '/stores', name: 'stores', component: StoresView },
  ...SECTIONS.map((s): RouteRecordRaw => ({ path: s.path, name: s.name, component: s.view }))
]

export const router = createRouter({ history: createWebHashHistory(), routes })
