// Validation of store profile edits against the shared field table (PROFILE_FIELDS), with messages a
// merchant understands; taxes and zones are checked as whole lists. Pure; no I/O.
import { PROFILE_FIELDS, READ_ONLY_PROFILE_FIELDS, isProfileField, type ProfileFieldSpec } from '@shared/model/profile-fields'
import type { JsonValue } from '@shared/model/session'
import { isRecord } from './json-path'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const LANGUAGE = /^[a-z]{2,3}(_[A-Za-z0-9]{2,4})?$/
const COUNTRY = /^[A-Z]{2}$/

function validTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz })
    return true
  } catch {
    return false
  }
}

const isRate = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100

function checkTaxes(value: JsonValue): string | null {
  if (!Array.isArray(value)) return 'Taxes must be a list.'
  for (const [i, tax] of value.entries()) {
    const n = `Tax ${i + 1}`
    if (!isRecord(tax)) return `${n} is not a tax.`
    if (typeof tax.name !== 'string' || tax.name.trim() === '') return `${n}: the name cannot be empty.`
    if (tax.defaultTax !== undefined && !isRate(tax.defaultTax)) return `${n}: the default rate must be a percentage from 0 to 100.`
    for (const key of ['enabled', 'includeInPrice', 'useShippingAddress', 'taxShipping', 'appliedByDefault']) {
      if (tax[key] !== undefined && typeof tax[key] !== 'boolean') return `${n}: ${key} must be yes or no.`
    }
    const rules = tax.rules ?? []
    if (!Array.isArray(rules)) return `${n}: the rates must be a list.`
    for (const rule of rules) {
      if (!isRecord(rule) || typeof rule.zoneId !== 'string' || rule.zoneId === '') return `${n}: every rate needs a zone.`
      if (!isRate(rule.tax)) return `${n}: the rate for zone ${rule.zoneId} must be a percentage from 0 to 100.`
    }
  }
  return null
}

function checkZones(value: JsonValue): string | null {
  if (!Array.isArray(value)) return 'Zones must be a list.'
  for (const [i, zone] of value.entries()) {
    const n = `Zone ${i + 1}`
    if (!isRecord(zone)) return `${n} is not a zone.`
    if (typeof zone.name !== 'string' || zone.name.trim() === '') return `${n}: the name cannot be empty.`
    const countries = zone.countryCodes ?? []
    if (!Array.isArray(countries) || !countries.every((c) => typeof c === 'string' && COUNTRY.test(c))) return `${n}: countries must be two-letter codes like US, DE.`
    for (const key of ['stateOrProvinceCodes', 'postCodes']) {
      const list = zone[key] ?? []
      if (!Array.isArray(list) || !list.every((c) => typeof c === 'string' && c.length <= 100)) return `${n}: ${key} must be a list of codes.`
    }
  }
  return null
}

function checkSpec(spec: ProfileFieldSpec, value: JsonValue): string | null {
  const name = spec.label
  const empty = value === null || value === ''
  if (empty) {
    if (spec.required) return `${name} cannot be empty.`
    return spec.kind === 'bool' || spec.kind === 'enum' || spec.kind === 'int' || spec.kind === 'number' ? `${name} needs a value.` : null
  }
  switch (spec.kind) {
    case 'bool':
      return typeof value === 'boolean' ? null : `${name} must be yes or no.`
    case 'enum':
      return typeof value === 'string' && (spec.values ?? []).includes(value) ? null : `${name} must be one of: ${(spec.values ?? []).map((v) => spec.valueLabels?.[v] ?? v).join(', ')}.`
    case 'int':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${name} must be a number.`
      if (spec.kind === 'int' && !Number.isInteger(value)) return `${name} must be a whole number.`
      if (spec.min !== undefined && value < spec.min) return `${name} cannot be below ${spec.min}.`
      if (spec.max !== undefined && value > spec.max) return `${name} cannot be above ${spec.max}.`
      return null
    }
    case 'emails':
      if (!Array.isArray(value)) return `${name} must be a list of email addresses.`
      for (const e of value) if (typeof e !== 'string' || !EMAIL.test(e)) return `${name}: “${String(e)}” is not a valid email address.`
      return null
    case 'languages':
      if (!Array.isArray(value) || value.length === 0) return `${name}: enable at least one language.`
      for (const l of value) if (typeof l !== 'string' || !LANGUAGE.test(l)) return `${name}: “${String(l)}” is not a language code like en or pt_BR.`
      return new Set(value).size === value.length ? null : `${name}: a language is listed twice.`
    case 'taxes':
      return checkTaxes(value)
    case 'zones':
      return checkZones(value)
    default:
      break
  }
  if (typeof value !== 'string') return `${name} must be text.`
  if (spec.max !== undefined && value.length > spec.max) return `${name} can be at most ${spec.max} characters.`
  if (spec.kind === 'email' && !EMAIL.test(value)) return `${name} is not a valid email address.`
  if (spec.kind === 'url' && !/^https?:\/\/[^\s]+$/i.test(value)) return `${name} must start with http:// or https://.`
  if (spec.kind === 'country' && !COUNTRY.test(value)) return `${name} must be a two-letter country code like US or DE.`
  if (spec.kind === 'currency' && !/^[A-Z]{3}$/.test(value)) return `${name} must be a three-letter currency code like USD or EUR.`
  if (spec.kind === 'timezone' && !validTimezone(value)) return `${name}: “${value}” is not a time zone like Europe/Berlin.`
  if (spec.required && value.trim() === '') return `${name} cannot be empty.`
  return null
}

/** A message for one profile field edit, or null when it is fine. Unknown paths are refused. */
export function validateProfileField(field: string, value: JsonValue | undefined): string | null {
  const readOnly = READ_ONLY_PROFILE_FIELDS[field]
  if (readOnly) return `“${field}” is read-only. ${readOnly}`
  if (!isProfileField(field)) return `“${field}” is not a store profile setting Stockroom can edit.`
  return checkSpec(PROFILE_FIELDS[field], value === undefined ? null : value)
}
