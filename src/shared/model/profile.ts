// Ecwid store profile (`GET/PUT /profile`) as documented in store-profile.txt.
// Nested parts Stockroom does not edit are typed loosely; every block may be omitted (public token).
import type { OrderStatus } from './order-status'

export interface StarterSiteInfo {
  ecwidSubdomain?: string
  customDomain?: string
  generatedUrl?: string
  storeLogoUrl?: string
}

export interface GeneralInfo {
  storeId: number
  storeUrl?: string
  starterSite?: StarterSiteInfo
  websitePlatform?: string
}

export interface Account {
  accountName?: string
  accountNickName?: string
  accountEmail?: string
  availableFeatures?: string[]
  whiteLabel?: boolean
}

export interface StoreSettings {
  closed?: boolean
  storeName?: string
  storeDescription?: string
  invoiceLogoUrl?: string
  emailLogoUrl?: string
  googleRemarketingEnabled?: boolean
  googleAnalyticsId?: string
  fbPixelId?: string
  orderCommentsEnabled?: boolean
  orderCommentsCaption?: string
  orderCommentsRequired?: boolean
  hideOutOfStockProductsInStorefront?: boolean
  askCompanyName?: boolean
  favoritesEnabled?: boolean
  defaultProductSortOrder?: string
  /** Many more storefront settings exist; kept open on purpose. */
  [key: string]: unknown
}

export interface MailNotifications {
  adminNotificationEmails?: string[]
  customerNotificationFromEmail?: string
}

export interface Company {
  companyName?: string
  email?: string
  street?: string
  city?: string
  countryCode?: string
  postalCode?: string
  stateOrProvinceCode?: string
  phone?: string
}

export const WEIGHT_UNITS = ['CARAT', 'GRAM', 'OUNCE', 'POUND', 'KILOGRAM'] as const
export type WeightUnit = (typeof WEIGHT_UNITS)[number]

export interface FormatsAndUnits {
  /** ISO 4217, e.g. "USD". */
  currency: string
  currencyPrefix?: string
  currencySuffix?: string
  currencyPrecision?: number
  currencyGroupSeparator?: string
  currencyDecimalSeparator?: string
  currencyTruncateZeroFractional?: boolean
  currencyRate?: number
  weightUnit?: WeightUnit
  weightPrecision?: number
  weightGroupSeparator?: string
  weightDecimalSeparator?: string
  weightTruncateZeroFractional?: boolean
  dateFormat?: string
  timeFormat?: string
  timezone?: string
  dimensionsUnit?: string
  orderNumberPrefix?: string
  orderNumberSuffix?: string
}

export interface Languages {
  /** First code is the store's default language. */
  enabledLanguages?: string[]
  facebookPreferredLocale?: string
  defaultLanguage?: string
}

export interface ShippingSettings {
  handlingFee?: { name?: string; value?: number; description?: string }
  [key: string]: unknown
}

export interface Zone {
  id: string
  name?: string
  countryCodes?: string[]
  stateOrProvinceCodes?: string[]
  postCodes?: string[]
}

export interface TaxRule {
  zoneId: string
  tax: number
}

export interface Tax {
  id: number
  name: string
  enabled?: boolean
  includeInPrice?: boolean
  useShippingAddress?: boolean
  taxShipping?: boolean
  appliedByDefault?: boolean
  defaultTax?: number
  rules?: TaxRule[]
}

export interface TaxSettings {
  automaticTaxEnabled?: boolean
  taxes?: Tax[]
  [key: string]: unknown
}

export interface BusinessRegistrationID {
  name?: string
  value?: string
}

export interface StoreProfile {
  generalInfo: GeneralInfo
  account?: Account
  settings?: StoreSettings
  mailNotifications?: MailNotifications
  company?: Company
  formatsAndUnits?: FormatsAndUnits
  languages?: Languages
  shipping?: ShippingSettings
  zones?: Zone[]
  taxSettings?: TaxSettings
  businessRegistrationID?: BusinessRegistrationID
  /**
   * Not part of Ecwid's /profile answer: the local copy keeps the store's order statuses
   * (GET /profile/order_statuses) here, read with each profile sync. Never sent back.
   */
  orderStatuses?: OrderStatus[]
  /** Other blocks (legalPagesSettings, payment, featureToggles…) pass through untyped. */
  [key: string]: unknown
}

/** Body of `PUT /profile`: any subset of blocks; generalInfo.storeId cannot change. */
export type StoreProfileUpdate = Partial<Omit<StoreProfile, 'generalInfo' | 'orderStatuses'>>
