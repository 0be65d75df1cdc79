// Strict zod schema of a catalogue bulk operation's steps (options, values, variations, categories),
// the renderer being untrusted input. Bounds are Stockroom's, generous against Ecwid's own:
// https://api-docs.ecwid.com/reference/update-a-product (options, choices, priceModifierType).
import { z } from 'zod'
import { PRICE_MODIFIER_TYPES, PRODUCT_OPTION_TYPES } from '@shared/model/product'

const optionName = z.string().min(1).max(255)
const value = z.string().min(1).max(255)
const modifier = z.number().finite().min(-1e9).max(1e9)
const modifierType = z.enum(PRICE_MODIFIER_TYPES)
const categoryId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)

export const catalogueStep = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('addOption'), name: optionName, values: z.array(value).max(200), type: z.enum(PRODUCT_OPTION_TYPES).optional(), required: z.boolean().optional() }),
  z.strictObject({ kind: z.literal('renameOptionValue'), name: optionName, from: value, to: value }),
  z.strictObject({ kind: z.literal('removeOptionValue'), name: optionName, value, deleteVariations: z.boolean().optional() }),
  z.strictObject({ kind: z.literal('addOptionValue'), name: optionName, value, priceModifier: modifier.optional(), priceModifierType: modifierType.optional() }),
  z.strictObject({ kind: z.literal('moveOptionValue'), name: optionName, value, position: z.number().int().min(0).max(199) }),
  z.strictObject({ kind: z.literal('setValuePriceModifier'), name: optionName, value, priceModifier: modifier, priceModifierType: modifierType }),
  z.strictObject({ kind: z.literal('setOptionRequired'), name: optionName, required: z.boolean(), defaultValue: value.optional() }),
  z.strictObject({ kind: z.literal('deleteVariation'), options: z.array(z.strictObject({ name: optionName, value })).min(1).max(20) }),
  z.strictObject({ kind: z.literal('generateVariations') }),
  z.strictObject({ kind: z.literal('addCategory'), categoryId }),
  z.strictObject({ kind: z.literal('removeCategory'), categoryId })
])

export const catalogueOperation = z.strictObject({ kind: z.literal('catalogue'), steps: z.array(catalogueStep).min(1).max(20) })
