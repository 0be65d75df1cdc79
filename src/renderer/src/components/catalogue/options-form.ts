// The "Product options" bulk dialog as pure functions: its form turned into the engine's catalogue
// steps (or what is missing, in the merchant's words), price modifiers as typed ("+5", "-2.50",
// "10%"), and the preview as one sentence: "214 of 300 products change; 86 already have it".
import type { PriceModifierType, ProductOptionType } from '@shared/model/product'
import type { BulkPreview, CatalogueStep } from '@shared/model/session'

export const OPTION_ACTIONS = [
  'addOption',
  'addOptionValue',
  'renameOptionValue',
  'removeOptionValue',
  'moveOptionValue',
  'setValuePriceModifier',
  'setOptionRequired',
  'generateVariations'
] as const
export type OptionAction = (typeof OPTION_ACTIONS)[number]

export const ACTION_LABELS: Record<OptionAction, string> = {
  addOption: 'Add an option',
  addOptionValue: 'Add a value to an option',
  renameOptionValue: 'Rename a value',
  removeOptionValue: 'Remove a value',
  moveOptionValue: 'Move a value (reorder)',
  setValuePriceModifier: 'Change a value’s price modifier',
  setOptionRequired: 'Make an option required or optional',
  generateVariations: 'Generate all combinations (variations)'
}

/** Option types an "add option" offers, as Ecwid's control panel names them. */
export const OPTION_TYPES: readonly { value: ProductOptionType; label: string; values: boolean }[] = [
  { value: 'SELECT', label: 'Drop-down', values: true },
  { value: 'RADIO', label: 'Radio buttons', values: true },
  { value: 'SIZE', label: 'Size', values: true },
  { value: 'SWATCHES', label: 'Swatches', values: true },
  { value: 'CHECKBOX', label: 'Checkboxes (no variations)', values: true },
  { value: 'TEXTFIELD', label: 'Text field', values: false },
  { value: 'TEXTAREA', label: 'Text area', values: false },
  { value: 'DATE', label: 'Date', values: false },
  { value: 'FILES', label: 'File upload', values: false }
]
/** Whether an option of this type has values (a text, date or file field has none). */
export const hasValues = (type: ProductOptionType): boolean => OPTION_TYPES.find((t) => t.value === type)?.values ?? false

export interface OptionsForm {
  action: OptionAction
  name: string
  type: ProductOptionType
  /** addOption: the values, comma separated. */
  values: string
  required: boolean
  value: string
  /** renameOptionValue: the new name. */
  to: string
  /** moveOptionValue: 1 is first. */
  position: string
  /** "+5", "-2.50", "10%", "-5 %". */
  modifier: string
  /** setOptionRequired: the preselected value ('' keeps each product's). */
  defaultValue: string
  deleteVariations: boolean
  /** addOption / addOptionValue: generate the missing variations in the same step. */
  generate: boolean
}

export const emptyOptionsForm = (): OptionsForm => ({
  action: 'addOption', name: '', type: 'SELECT', values: '', required: false, value: '', to: '', position: '1', modifier: '', defaultValue: '', deleteVariations: false, generate: false
})

/** "+5" → 5 ABSOLUTE, "10%" → 10 PERCENT, "-2,50" → -2.5 ABSOLUTE; anything else is a message. */
export function parseModifier(input: string): { priceModifier: number; priceModifierType: PriceModifierType } | { error: string } {
  const m = /^\s*([+-]?)\s*(\d+(?:[.,]\d+)?)\s*(%?)\s*$/.exec(input)
  if (!m) return { error: `“${input.trim()}” is not a price modifier. Write it like +5, -2.50 or 10%.` }
  const priceModifier = Number(`${m[1]}${(m[2] as string).replace(',', '.')}`)
  if (m[3] && priceModifier <= -100) return { error: 'A modifier of −100 % or less would make the price 0 or negative.' }
  return { priceModifier, priceModifierType: m[3] ? 'PERCENT' : 'ABSOLUTE' }
}

/** The form as catalogue steps, or what is missing. */
export function buildSteps(form: OptionsForm): { steps: CatalogueStep[] } | { error: string } {
  const name = form.name.trim()
  const value = form.value.trim()
  if (form.action === 'generateVariations') return { steps: [{ kind: 'generateVariations' }] }
  if (name === '') return { error: 'Enter the option name (e.g. Size).' }
  const needValue = (what: string): { error: string } => ({ error: `Enter the value of ${name} ${what}.` })
  const generate: CatalogueStep[] = form.generate ? [{ kind: 'generateVariations' }] : []
  switch (form.action) {
    case 'addOption': {
      if (!hasValues(form.type)) return { steps: [{ kind: 'addOption', name, values: [], type: form.type, required: form.required }] }
      const values = form.values.split(',').map((v) => v.trim()).filter((v) => v !== '')
      if (values.length === 0) return { error: `Give ${name} its values, separated by commas (e.g. S, M, L).` }
      if (new Set(values).size !== values.length) return { error: `${name} lists a value twice.` }
      return { steps: [{ kind: 'addOption', name, values, type: form.type, required: form.required }, ...generate] }
    }
    case 'addOptionValue': {
      if (value === '') return needValue('to add')
      const mod = form.modifier.trim() === '' ? null : parseModifier(form.modifier)
      if (mod && 'error' in mod) return mod
      return { steps: [{ kind: 'addOptionValue', name, value, ...(mod ?? {}) }, ...generate] }
    }
    case 'renameOptionValue': {
      const to = form.to.trim()
      if (value === '' || to === '') return { error: `Enter the value of ${name} to rename and its new name.` }
      if (to === value) return { error: 'The new name is the same as the old one.' }
      return { steps: [{ kind: 'renameOptionValue', name, from: value, to }] }
    }
    case 'removeOptionValue':
      if (value === '') return needValue('to remove')
      return { steps: [{ kind: 'removeOptionValue', name, value, deleteVariations: form.deleteVariations }] }
    case 'moveOptionValue': {
      if (value === '') return needValue('to move')
      const position = Number(form.position.trim())
      if (!Number.isInteger(position) || position < 1) return { error: 'The new position is a whole number: 1 is first.' }
      return { steps: [{ kind: 'moveOptionValue', name, value, position: position - 1 }] }
    }
    case 'setValuePriceModifier': {
      if (value === '') return needValue('whose price modifier changes')
      const mod = parseModifier(form.modifier)
      if ('error' in mod) return mod
      return { steps: [{ kind: 'setValuePriceModifier', name, value, ...mod }] }
    }
    case 'setOptionRequired': {
      const def = form.defaultValue.trim()
      return { steps: [{ kind: 'setOptionRequired', name, required: form.required, ...(def === '' ? {} : { defaultValue: def }) }] }
    }
  }
}

const count = (n: number, one: string, many: string): string => `${n.toLocaleString()} ${n === 1 ? one : many}`

/** Why a matched product is left as it is, per action. */
function unchangedText(action: OptionAction, n: number, name: string): string {
  const has = n === 1 ? 'has' : 'have'
  switch (action) {
    case 'addOption':
      return `${n.toLocaleString()} already ${has} it`
    case 'generateVariations':
      return `${n.toLocaleString()} already ${has} every combination`
    case 'addOptionValue':
      return `${n.toLocaleString()} already ${has} it or ${has} no ${name || 'such'} option`
    default:
      return `${n.toLocaleString()} ${n === 1 ? 'stays' : 'stay'} as ${n === 1 ? 'it is' : 'they are'} (already so, or without that ${name ? `${name} ` : ''}value)`
  }
}

/** "214 of 300 products change; 86 already have it". */
export function previewSentence(p: BulkPreview, action: OptionAction, name: string): string {
  const head = `${p.entities.toLocaleString()} of ${count(p.matched, 'product', 'products')} ${p.entities === 1 ? 'changes' : 'change'}`
  return p.unchanged > 0 ? `${head}; ${unchangedText(action, p.unchanged, name.trim())}` : head
}
