// The store profile fields Stockroom edits, by dot path, with their section and kind: the profile form
// is built from this table and the session engine validates against it, so they cannot disagree.
import { WEIGHT_UNITS } from './profile'

export const PROFILE_SECTIONS = [
  { key: 'general', title: 'General settings' },
  { key: 'company', title: 'Company' },
  { key: 'formats', title: 'Formats and units' },
  { key: 'mail', title: 'Mail notifications' },
  { key: 'languages', title: 'Languages' },
  { key: 'taxes', title: 'Taxes' },
  { key: 'zones', title: 'Zones' },
  { key: 'registration', title: 'Business registration' }
] as const
export type ProfileSection = (typeof PROFILE_SECTIONS)[number]['key']

export type ProfileFieldKind =
  | 'text' | 'multiline' | 'bool' | 'enum' | 'email' | 'emails' | 'url' | 'int' | 'number'
  | 'country' | 'currency' | 'timezone' | 'languages' | 'taxes' | 'zones'

export interface ProfileFieldSpec {
  section: ProfileSection
  label: string
  kind: ProfileFieldKind
  /** enum: allowed values; labels for odd ones (a space) come from `valueLabels`. */
  values?: readonly string[]
  valueLabels?: Readonly<Record<string, string>>
  required?: boolean
  max?: number
  min?: number
  hint?: string
}

const SEPARATORS = [' ', '.', ',', ''] as const
const SEPARATOR_LABELS = { ' ': 'space', '.': 'dot (.)', ',': 'comma (,)', '': 'none' }

export const PROFILE_FIELDS = {
  'settings.storeName': { section: 'general', label: 'Store name', kind: 'text', required: true, max: 255 },
  'settings.closed': { section: 'general', label: 'Store closed for maintenance', kind: 'bool' },
  'generalInfo.storeUrl': { section: 'general', label: 'Storefront URL', kind: 'url', hint: 'Starts with http:// or https://' },
  'settings.googleAnalyticsId': { section: 'general', label: 'Google Analytics ID', kind: 'text', max: 100 },
  'settings.googleRemarketingEnabled': { section: 'general', label: 'Google remarketing', kind: 'bool' },
  'settings.orderCommentsEnabled': { section: 'general', label: 'Order comments', kind: 'bool' },
  'settings.orderCommentsCaption': { section: 'general', label: 'Order comments caption', kind: 'text', max: 255 },
  'settings.orderCommentsRequired': { section: 'general', label: 'Order comments required', kind: 'bool' },
  'settings.hideOutOfStockProductsInStorefront': { section: 'general', label: 'Hide out-of-stock products', kind: 'bool' },
  'company.companyName': { section: 'company', label: 'Company name', kind: 'text', max: 255 },
  'company.email': { section: 'company', label: 'Company email', kind: 'email' },
  'company.street': { section: 'company', label: 'Street', kind: 'multiline', max: 500, hint: 'One or two lines' },
  'company.city': { section: 'company', label: 'City', kind: 'text', max: 255 },
  'company.countryCode': { section: 'company', label: 'Country', kind: 'country', hint: 'Two-letter ISO code, e.g. US' },
  'company.postalCode': { section: 'company', label: 'Postal code', kind: 'text', max: 30 },
  'company.stateOrProvinceCode': { section: 'company', label: 'State or province', kind: 'text', max: 100 },
  'company.phone': { section: 'company', label: 'Phone', kind: 'text', max: 50 },
  'formatsAndUnits.currency': { section: 'formats', label: 'Currency', kind: 'currency', hint: 'ISO 4217 code, e.g. USD' },
  'formatsAndUnits.currencyPrefix': { section: 'formats', label: 'Currency prefix', kind: 'text', max: 10 },
  'formatsAndUnits.currencySuffix': { section: 'formats', label: 'Currency suffix', kind: 'text', max: 10 },
  'formatsAndUnits.currencyGroupSeparator': { section: 'formats', label: 'Price thousands separator', kind: 'enum', values: SEPARATORS, valueLabels: SEPARATOR_LABELS },
  'formatsAndUnits.currencyDecimalSeparator': { section: 'formats', label: 'Price decimal separator', kind: 'enum', values: ['.', ','], valueLabels: SEPARATOR_LABELS },
  'formatsAndUnits.currencyTruncateZeroFractional': { section: 'formats', label: 'Hide zero cents', kind: 'bool' },
  'formatsAndUnits.currencyRate': { section: 'formats', label: 'Rate to USD', kind: 'number', min: 0 },
  'formatsAndUnits.weightUnit': { section: 'formats', label: 'Weight unit', kind: 'enum', values: WEIGHT_UNITS },
  'formatsAndUnits.weightPrecision': { section: 'formats', label: 'Weight decimals', kind: 'int', min: 0, max: 3 },
  'formatsAndUnits.weightGroupSeparator': { section: 'formats', label: 'Weight thousands separator', kind: 'enum', values: SEPARATORS, valueLabels: SEPARATOR_LABELS },
  'formatsAndUnits.weightDecimalSeparator': { section: 'formats', label: 'Weight decimal separator', kind: 'enum', values: ['.', ','], valueLabels: SEPARATOR_LABELS },
  'formatsAndUnits.weightTruncateZeroFractional': { section: 'formats', label: 'Hide zero weight decimals', kind: 'bool' },
  'formatsAndUnits.dimensionsUnit': { section: 'formats', label: 'Dimensions unit', kind: 'enum', values: ['IN', 'CM', 'MM', 'YD'] },
  'formatsAndUnits.dateFormat': { section: 'formats', label: 'Date format', kind: 'text', max: 50, hint: 'e.g. MMM d, yyyy' },
  'formatsAndUnits.timeFormat': { section: 'formats', label: 'Time format', kind: 'text', max: 50, hint: 'e.g. hh:mm a' },
  'formatsAndUnits.timezone': { section: 'formats', label: 'Time zone', kind: 'timezone', hint: 'e.g. Europe/Moscow' },
  'formatsAndUnits.orderNumberPrefix': { section: 'formats', label: 'Order number prefix', kind: 'text', max: 20 },
  'formatsAndUnits.orderNumberSuffix': { section: 'formats', label: 'Order number suffix', kind: 'text', max: 20 },
  'mailNotifications.adminNotificationEmails': { section: 'mail', label: 'Admin notification emails', kind: 'emails', hint: 'One per line' },
  'mailNotifications.customerNotificationFromEmail': { section: 'mail', label: 'Reply-to for customer emails', kind: 'email' },
  'languages.enabledLanguages': { section: 'languages', label: 'Storefront languages', kind: 'languages', required: true, hint: 'Codes like en, es, pt_BR; the first is the default' },
  'taxSettings.automaticTaxEnabled': { section: 'taxes', label: 'Calculate taxes automatically', kind: 'bool' },
  'taxSettings.taxes': { section: 'taxes', label: 'Manual taxes', kind: 'taxes' },
  zones: { section: 'zones', label: 'Destination zones', kind: 'zones' },
  'businessRegistrationID.name': { section: 'registration', label: 'ID name', kind: 'text', max: 100, hint: 'e.g. VAT Reg No, ABN' },
  'businessRegistrationID.value': { section: 'registration', label: 'ID value', kind: 'text', max: 100 }
} as const satisfies Readonly<Record<string, ProfileFieldSpec>>

export type ProfileField = keyof typeof PROFILE_FIELDS

/**
 * Profile values Ecwid reports but its update-store-profile schema does not take
 * (https://api-docs.ecwid.com/reference/update-store-profile): shown where useful, never staged.
 */
export const READ_ONLY_PROFILE_FIELDS: Readonly<Record<string, string>> = {
  'generalInfo.storeId': 'The store id is fixed by Ecwid.',
  'generalInfo.starterSite.generatedUrl': 'The Starter Site address is generated by Ecwid from its subdomain.',
  'formatsAndUnits.currencyPrecision': 'Price decimals follow the store currency: Ecwid sets them and its API does not accept a change. Change the currency instead.'
}

export function isProfileField(path: string): path is ProfileField {
  return Object.prototype.hasOwnProperty.call(PROFILE_FIELDS, path)
}
