// An address block (billingPerson, shippingPerson) as descriptor fields, shared by orders and
// customers: Ecwid sends the same Person shape on both (https://api-docs.ecwid.com/reference/get-order,
// https://api-docs.ecwid.com/reference/get-customer).
import type { FieldDescriptor } from './types'

const PERSON_PARTS: readonly (readonly [part: string, words: string, synonyms?: readonly string[]])[] = [
  ['name', 'name'], ['companyName', 'company'], ['phone', 'phone'], ['street', 'street'], ['city', 'city'],
  ['postalCode', 'postal code', ['zip']], ['stateOrProvinceCode', 'state'], ['countryCode', 'country']
]

/**
 * `<prefix>.name` … `<prefix>.countryCode`, headed "<label> name" … in the flat CSV. Ecwid-only:
 * the grids and staging rules do not edit them, but a CSV import passes them on as Ecwid takes them.
 */
export function personFields<P extends string>(prefix: P, label: string): Record<`${P}.${string}`, FieldDescriptor> {
  const out: Record<string, FieldDescriptor> = {}
  for (const [part, words, extra] of PERSON_PARTS) {
    const header = `${label} ${words}`
    out[`${prefix}.${part}`] = {
      path: `${prefix}.${part}`, type: 'text', edit: 'ecwid-only', label: header,
      csv: { flat: { header, ...(extra ? { synonyms: extra.map((w) => `${label} ${w}`) } : {}) } }
    }
  }
  return out
}
