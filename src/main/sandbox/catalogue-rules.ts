// What the sandbox checks on product options and variation ("combination") option selections, as
// Ecwid documents them: https://api-docs.ecwid.com/reference/update-a-product (options, choices,
// priceModifierType PERCENT|ABSOLUTE, defaultChoice, required) and
// https://api-docs.ecwid.com/reference/create-product-variation (options: [{name, value}]).
// Ecwid would create an unknown option on the fly as a dropdown; the sandbox refuses it instead, so
// Stockroom can never lean on that (it would give the option the wrong type and no price modifiers).

import type { OptionValue, Product, ProductOption, ProductOptionChoice } from '../../shared/model/product'
import { PRICE_MODIFIER_TYPES, PRODUCT_OPTION_TYPES } from '../../shared/model/product'
import { badRequest, conflict } from './errors'

/** Option types whose values are choices. */
const CHOICE_TYPES: readonly string[] = ['SELECT', 'RADIO', 'CHECKBOX', 'SIZE', 'SWATCHES']
/** Choice types a variation can be built from (a checkbox allows several values at once). */
export const VARIATION_TYPES: readonly string[] = ['SELECT', 'RADIO', 'SIZE', 'SWATCHES']

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

function checkChoice(c: unknown, where: string): ProductOptionChoice {
  if (!isObject(c)) throw badRequest(`${where} should be an object with a text`)
  if (typeof c.text !== 'string' || c.text.trim() === '') throw badRequest(`${where}.text should be a non-empty string`)
  if (c.priceModifier !== undefined && (typeof c.priceModifier !== 'number' || !Number.isFinite(c.priceModifier))) throw badRequest(`${where}.priceModifier should be a number`)
  if (c.priceModifierType !== undefined && !(PRICE_MODIFIER_TYPES as readonly unknown[]).includes(c.priceModifierType)) {
    throw badRequest(`${where}.priceModifierType should be one of ${PRICE_MODIFIER_TYPES.join(', ')}`)
  }
  return c as unknown as ProductOptionChoice
}

/** Throws 400 unless `options` is a valid product options array; returns it typed. */
export function checkProductOptions(options: unknown): ProductOption[] {
  if (!Array.isArray(options)) throw badRequest("Field 'options' should be an array")
  const names = new Set<string>()
  options.forEach((o, i) => {
    const where = `options[${i}]`
    if (!isObject(o)) throw badRequest(`${where} should be an object`)
    if (!(PRODUCT_OPTION_TYPES as readonly unknown[]).includes(o.type)) throw badRequest(`${where}.type should be one of ${PRODUCT_OPTION_TYPES.join(', ')}`)
    if (typeof o.name !== 'string' || o.name.trim() === '') throw badRequest(`${where}.name should be a non-empty string`)
    if (names.has(o.name)) throw badRequest(`Option '${o.name}' is listed twice`)
    names.add(o.name)
    if (o.required !== undefined && typeof o.required !== 'boolean') throw badRequest(`${where}.required should be a boolean`)
    const type = o.type as string
    if (!CHOICE_TYPES.includes(type)) return
    if (!Array.isArray(o.choices)) throw badRequest(`${where}.choices should be an array for a ${type} option`)
    const texts = new Set<string>()
    o.choices.forEach((c, k) => {
      const choice = checkChoice(c, `${where}.choices[${k}]`)
      if (texts.has(choice.text)) throw badRequest(`Option '${o.name}' has the value '${choice.text}' twice`)
      texts.add(choice.text)
    })
    if (o.defaultChoice !== undefined && (!Number.isInteger(o.defaultChoice) || (o.defaultChoice as number) < 0 || (o.defaultChoice as number) >= o.choices.length)) {
      throw badRequest(`${where}.defaultChoice should be the index of one of its ${o.choices.length} choices`)
    }
  })
  return options as ProductOption[]
}

const selectionKey = (options: readonly OptionValue[]): string =>
  JSON.stringify([...options].map((o) => [o.name, o.value]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))))

/**
 * Throws unless `options` selects existing values of the product's choice options, each option at
 * most once, and no other variation of the product (other than `selfId`) has the same selection.
 */
export function checkCombinationOptions(product: Product, options: unknown, selfId?: number): OptionValue[] {
  if (!Array.isArray(options) || options.length === 0) throw badRequest("Field 'options' should be a non-empty array of {name, value}")
  const seen = new Set<string>()
  for (const [i, o] of options.entries()) {
    if (!isObject(o) || typeof o.name !== 'string' || typeof o.value !== 'string') throw badRequest(`options[${i}] should be {name, value} with string values`)
    if (seen.has(o.name)) throw badRequest(`Option '${o.name}' is selected twice`)
    seen.add(o.name)
    const own = (product.options ?? []).find((p) => p.name === o.name)
    if (!own || !VARIATION_TYPES.includes(own.type)) throw badRequest(`Product #${product.id} has no option '${o.name}' that variations can use`)
    if (!(own.choices ?? []).some((c) => c.text === o.value)) throw badRequest(`Option '${o.name}' of product #${product.id} has no value '${o.value}'`)
  }
  const typed = options as OptionValue[]
  const key = selectionKey(typed)
  const twin = (product.combinations ?? []).find((c) => c.id !== selfId && selectionKey(c.options) === key)
  if (twin) throw conflict('COMBINATION_ALREADY_EXISTS', `Product #${product.id} already has variation #${twin.id} with these options`)
  return typed
}
