// Catalogue steps on one option's values, over one product's working copy (see options.ts): add a
// value, move it, change its price modifier, make the option required with its default. A product
// without the option (or the value) is left as it is, so one step runs over a mixed selection.
// Shapes as Ecwid documents them: https://api-docs.ecwid.com/reference/update-a-product (options,
// choices, priceModifier, priceModifierType PERCENT|ABSOLUTE, defaultChoice, required).
import type { ProductOption, ProductOptionChoice } from '@shared/model/product'
import type { CatalogueStep } from '@shared/model/session'
import type { StepOutcome, WorkingProduct } from './options'

/** Option types whose values are choices (the others are text, date and file fields). */
export const CHOICE_OPTION_TYPES: readonly string[] = ['SELECT', 'RADIO', 'SIZE', 'SWATCHES', 'CHECKBOX']

type Step<K extends CatalogueStep['kind']> = Extract<CatalogueStep, { kind: K }>

const ok = (product: WorkingProduct): StepOutcome => ({ kind: 'ok', product })

/** The product with option `at` replaced. */
const withOption = (p: WorkingProduct, at: number, next: ProductOption): WorkingProduct => ({ ...p, options: p.options.map((o, i) => (i === at ? next : o)) })

function choiceOption(p: WorkingProduct, name: string): { at: number; option: ProductOption; choices: ProductOptionChoice[] } | null {
  const at = p.options.findIndex((o) => o.name === name)
  const option = p.options[at]
  if (!option || !CHOICE_OPTION_TYPES.includes(option.type)) return null
  return { at, option, choices: option.choices ?? [] }
}

export function addOptionValue(p: WorkingProduct, step: Step<'addOptionValue'>): StepOutcome {
  const found = choiceOption(p, step.name)
  if (!found || found.choices.some((c) => c.text === step.value)) return ok(p)
  const choice: ProductOptionChoice = { text: step.value, priceModifier: step.priceModifier ?? 0, priceModifierType: step.priceModifierType ?? 'ABSOLUTE' }
  return ok(withOption(p, found.at, { ...found.option, choices: [...found.choices, choice] }))
}

export function moveOptionValue(p: WorkingProduct, step: Step<'moveOptionValue'>): StepOutcome {
  const found = choiceOption(p, step.name)
  const k = found ? found.choices.findIndex((c) => c.text === step.value) : -1
  if (!found || k < 0) return ok(p)
  const to = Math.min(step.position, found.choices.length - 1)
  if (to === k) return ok(p)
  const rest = found.choices.filter((_, i) => i !== k)
  const choices = [...rest.slice(0, to), found.choices[k] as ProductOptionChoice, ...rest.slice(to)]
  const next: ProductOption = { ...found.option, choices }
  // defaultChoice is an index: it follows the value it pointed at, not the position.
  const def = found.option.defaultChoice
  if (def !== undefined && found.choices[def]) next.defaultChoice = choices.indexOf(found.choices[def] as ProductOptionChoice)
  return ok(withOption(p, found.at, next))
}

export function setValuePriceModifier(p: WorkingProduct, step: Step<'setValuePriceModifier'>): StepOutcome {
  const found = choiceOption(p, step.name)
  const k = found ? found.choices.findIndex((c) => c.text === step.value) : -1
  const had = found?.choices[k]
  if (!found || !had) return ok(p)
  // A choice without a type is ABSOLUTE in Ecwid's storefront; without a modifier, 0.
  if ((had.priceModifier ?? 0) === step.priceModifier && (had.priceModifierType ?? 'ABSOLUTE') === step.priceModifierType) return ok(p)
  const choices = found.choices.map((c, i) => (i === k ? { ...c, priceModifier: step.priceModifier, priceModifierType: step.priceModifierType } : c))
  return ok(withOption(p, found.at, { ...found.option, choices }))
}

export function setOptionRequired(p: WorkingProduct, step: Step<'setOptionRequired'>): StepOutcome {
  const at = p.options.findIndex((o) => o.name === step.name)
  const option = p.options[at]
  if (!option) return ok(p)
  const next: ProductOption = { ...option, required: step.required }
  if (step.defaultValue !== undefined) {
    const k = CHOICE_OPTION_TYPES.includes(option.type) ? (option.choices ?? []).findIndex((c) => c.text === step.defaultValue) : -1
    if (k < 0) return { kind: 'invalid', message: `${step.name} has no value “${step.defaultValue}” on this product to preselect; add the value first or choose another default.` }
    next.defaultChoice = k
  }
  if ((option.required ?? false) === next.required && option.defaultChoice === next.defaultChoice) return ok(p)
  return ok(withOption(p, at, next))
}

/** What is wrong with one of these steps, in words (null: nothing). */
export function valueStepProblem(s: CatalogueStep): string | null {
  if (s.kind === 'addOptionValue' && s.value.trim() === '') return 'Give the value to add.'
  if (s.kind === 'moveOptionValue' && (s.value.trim() === '' || !Number.isInteger(s.position) || s.position < 0)) return 'Give the value to move and its new position (1 is first).'
  if (s.kind === 'setValuePriceModifier' && (s.value.trim() === '' || !Number.isFinite(s.priceModifier))) return 'Give the value and its price modifier as a number.'
  if (s.kind === 'setOptionRequired' && s.defaultValue !== undefined && s.defaultValue.trim() === '') return 'Give the default value, or leave the default as it is.'
  if ((s.kind === 'addOptionValue' || s.kind === 'setValuePriceModifier') && s.priceModifierType === 'PERCENT' && (s.priceModifier ?? 0) <= -100) {
    return 'A price modifier of −100 % or less would make the price 0 or negative.'
  }
  return null
}
