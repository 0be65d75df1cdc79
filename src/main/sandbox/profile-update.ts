// What the sandbox's PUT /profile accepts, from Ecwid's update-store-profile request schema
// (https://api-docs.ecwid.com/reference/update-store-profile, ecwid-docs/store-profile.txt): each block
// is merged field by field; a field outside the schema (storeId, starterSite.generatedUrl,
// formatsAndUnits.currencyPrecision, ...) is refused with 400 rather than silently dropped.
import type { StoreProfile } from '../../shared/model/profile'
import { badRequest } from './errors'

type Kind = 'string' | 'boolean' | 'number' | 'strings' | 'array'
interface Block { [field: string]: Kind | Block }

const SCHEMA: Block = {
  generalInfo: { storeUrl: 'string', starterSite: { ecwidSubdomain: 'string', customDomain: 'string' } },
  account: { accountName: 'string', accountNickName: 'string', accountEmail: 'string' },
  settings: {
    closed: 'boolean', storeName: 'string', googleRemarketingEnabled: 'boolean', googleAnalyticsId: 'string',
    orderCommentsEnabled: 'boolean', orderCommentsCaption: 'string', orderCommentsRequired: 'boolean', hideOutOfStockProductsInStorefront: 'boolean'
  },
  mailNotifications: { adminNotificationEmails: 'strings', customerNotificationFromEmail: 'string' },
  company: { companyName: 'string', email: 'string', street: 'string', city: 'string', countryCode: 'string', postalCode: 'string', stateOrProvinceCode: 'string', phone: 'string' },
  formatsAndUnits: {
    currency: 'string', currencyPrefix: 'string', currencySuffix: 'string', currencyGroupSeparator: 'string', currencyDecimalSeparator: 'string',
    currencyTruncateZeroFractional: 'boolean', currencyRate: 'number', weightUnit: 'string', weightPrecision: 'number', weightGroupSeparator: 'string',
    weightDecimalSeparator: 'string', weightTruncateZeroFractional: 'boolean', dateFormat: 'string', timeFormat: 'string', timezone: 'string',
    dimensionsUnit: 'string', orderNumberPrefix: 'string', orderNumberSuffix: 'string'
  },
  languages: { enabledLanguages: 'strings' },
  shipping: { handlingFee: { name: 'string', value: 'number', description: 'string' } },
  taxSettings: { automaticTaxEnabled: 'boolean', taxes: 'array' },
  zones: 'array',
  businessRegistrationID: { name: 'string', value: 'string' }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

function fits(kind: Kind, v: unknown): boolean {
  switch (kind) {
    case 'strings':
      return Array.isArray(v) && v.every((x) => typeof x === 'string')
    case 'array':
      return Array.isArray(v)
    default:
      return typeof v === kind
  }
}

/** Throws 400 for a field outside the schema or of the wrong type; applies nothing. */
function check(schema: Block, patch: Record<string, unknown>, prefix: string): void {
  for (const [key, value] of Object.entries(patch)) {
    const path = prefix + key
    const spec = schema[key]
    if (spec === undefined) throw badRequest(`Field '${path}' cannot be updated`)
    if (typeof spec === 'string') {
      if (!fits(spec, value)) throw badRequest(`Field '${path}' should be ${spec === 'strings' ? 'an array of strings' : spec === 'array' ? 'an array' : `a ${spec}`}`)
    } else {
      if (!isPlainObject(value)) throw badRequest(`Field '${path}' should be an object`)
      check(spec, value, `${path}.`)
    }
  }
}

function merge(schema: Block, target: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(patch)) {
    const spec = schema[key]
    if (typeof spec === 'object' && isPlainObject(value)) {
      const cur = target[key]
      const inner = isPlainObject(cur) ? cur : {}
      merge(spec, inner, value)
      target[key] = inner
    } else {
      target[key] = structuredClone(value)
    }
  }
}

function checkValues(b: Record<string, unknown>): void {
  const f = isPlainObject(b.formatsAndUnits) ? b.formatsAndUnits : {}
  if (f.currency !== undefined && !/^[A-Z]{3}$/.test(String(f.currency))) throw badRequest("Field 'formatsAndUnits.currency' should be a 3-letter ISO 4217 code")
  const url = isPlainObject(b.generalInfo) ? b.generalInfo.storeUrl : undefined
  // The docs: "make sure to add protocol to the URL (http:// or https://)".
  if (url !== undefined && !/^https?:\/\//i.test(String(url))) throw badRequest("Field 'generalInfo.storeUrl' should start with http:// or https://")
}

/** Validates the whole body first, then merges it into the profile: a refused body changes nothing. */
export function applyProfileUpdate(profile: StoreProfile, body: Record<string, unknown>): void {
  check(SCHEMA, body, '')
  checkValues(body)
  merge(SCHEMA, profile as Record<string, unknown>, body)
}
