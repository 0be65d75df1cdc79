// A product's options as the product panel shows them: type in the control panel's words, each value
// with its price modifier ("M (+5 %)", "XL (+2.50)") and the preselected one marked. Pure.
import type { OptionValue, ProductOption, ProductOptionChoice } from '@shared/model/product'
import { OPTION_TYPES } from './options-form'

export interface OptionLine {
  name: string
  type: string
  required: boolean
  /** "S, M (+5 %), L — default S"; empty for a text, date or file field. */
  values: string
}

function modifierText(c: ProductOptionChoice, money: (v: number) => string): string {
  const m = c.priceModifier ?? 0
  if (m === 0) return ''
  const sign = m > 0 ? '+' : '−'
  return c.priceModifierType === 'PERCENT' ? ` (${sign}${Math.abs(m)} %)` : ` (${sign}${money(Math.abs(m))})`
}

export function optionLines(options: readonly ProductOption[], money: (v: number) => string = (v) => v.toFixed(2)): OptionLine[] {
  return options.map((o) => {
    const choices = o.choices ?? []
    const def = o.defaultChoice === undefined ? undefined : choices[o.defaultChoice]
    const values = choices.map((c) => `${c.text}${modifierText(c, money)}`).join(', ')
    return {
      name: o.name,
      type: OPTION_TYPES.find((t) => t.value === o.type)?.label ?? o.type,
      required: o.required ?? false,
      values: values && def ? `${values} — default ${def.text}` : values
    }
  })
}

/** "Size: M, Colour: Red". */
export const selectionText = (options: readonly OptionValue[]): string => options.map((o) => `${o.name}: ${o.value}`).join(', ')

/** The product JSON's options and variations (Ecwid's `combinations`), tolerating a partial copy. */
export function optionsOf(v: unknown): ProductOption[] {
  return Array.isArray(v) ? (v.filter((o) => typeof o === 'object' && o !== null && typeof (o as ProductOption).name === 'string') as ProductOption[]) : []
}
export function combinationsOf(v: unknown): { id: number; options: OptionValue[] }[] {
  if (!Array.isArray(v)) return []
  return v.flatMap((c) => (typeof c === 'object' && c !== null && typeof c.id === 'number' && Array.isArray(c.options) ? [{ id: c.id as number, options: c.options as OptionValue[] }] : []))
}
