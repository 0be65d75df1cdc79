// Catalogue structure as pure functions over one product's working copy: its options and its
// variations' option selections. Each step returns the next copy (or why it cannot apply); the diff
// into staged changes lives in changes.ts. Shapes as Ecwid documents them:
// https://api-docs.ecwid.com/reference/update-a-product (options, choices) and
// https://api-docs.ecwid.com/reference/create-product-variation (options: [{name, value}]).
import type { OptionValue, ProductOption } from '@shared/model/product'
import type { CatalogueStep } from '@shared/model/session'
import { addOptionValue, CHOICE_OPTION_TYPES, moveOptionValue, setOptionRequired, setValuePriceModifier, valueStepProblem } from './option-values'

/** A variation as the catalogue steps see it: its session entity id and its option selection. */
export interface WorkingVariation {
  /** "productId/combinationId" for an existing one, "new:<uuid>" for one staged for creation. */
  entityId: string
  options: OptionValue[]
}

export interface WorkingProduct {
  options: ProductOption[]
  variations: WorkingVariation[]
  categoryIds: number[]
  /** Variations a step removed (deleted in the same staging step). */
  deleted: string[]
  /** Variations left selecting a value that no longer exists (kept). */
  orphans: string[]
}

export type StepOutcome = { kind: 'ok'; product: WorkingProduct } | { kind: 'invalid'; message: string }

/** Option types a variation can be built from: one value chosen at a time. */
export const VARIATION_OPTION_TYPES: readonly string[] = ['SELECT', 'RADIO', 'SIZE', 'SWATCHES']
/** Stockroom's own guard against a typo exploding into thousands of requests, not an Ecwid limit. */
export const MAX_GENERATED_PER_PRODUCT = 1000

const ok = (product: WorkingProduct): StepOutcome => ({ kind: 'ok', product })

export function addOption(p: WorkingProduct, step: Extract<CatalogueStep, { kind: 'addOption' }>): StepOutcome {
  if (p.options.some((o) => o.name === step.name)) return ok(p)
  // A text, date or file field has no values: just its name, type and required flag.
  if (step.type !== undefined && !CHOICE_OPTION_TYPES.includes(step.type)) return ok({ ...p, options: [...p.options, { type: step.type, name: step.name, required: step.required ?? false }] })
  const option: ProductOption = {
    type: step.type ?? 'SELECT',
    name: step.name,
    choices: step.values.map((text) => ({ text, priceModifier: 0, priceModifierType: 'ABSOLUTE' })),
    defaultChoice: 0,
    required: step.required ?? false
  }
  return ok({ ...p, options: [...p.options, option] })
}

export function renameOptionValue(p: WorkingProduct, step: Extract<CatalogueStep, { kind: 'renameOptionValue' }>): StepOutcome {
  const at = p.options.findIndex((o) => o.name === step.name)
  const option = p.options[at]
  const choices = option?.choices ?? []
  const k = choices.findIndex((c) => c.text === step.from)
  if (!option || k < 0 || step.from === step.to) return ok(p)
  if (choices.some((c) => c.text === step.to)) return { kind: 'invalid', message: `${step.name} already has a value “${step.to}”; rename “${step.from}” to another name or remove it.` }
  // Same position in `choices`: the storefront order and defaultChoice (an index) stay as they were.
  const renamed: ProductOption = { ...option, choices: choices.map((c, i) => (i === k ? { ...c, text: step.to } : c)) }
  const follow = (sel: OptionValue): OptionValue => (sel.name === step.name && sel.value === step.from ? { ...sel, value: step.to } : sel)
  return ok({
    ...p,
    options: p.options.map((o, i) => (i === at ? renamed : o)),
    variations: p.variations.map((v) => (v.options.some((s) => s.name === step.name && s.value === step.from) ? { ...v, options: v.options.map(follow) } : v))
  })
}

export function removeOptionValue(p: WorkingProduct, step: Extract<CatalogueStep, { kind: 'removeOptionValue' }>): StepOutcome {
  const at = p.options.findIndex((o) => o.name === step.name)
  const option = p.options[at]
  const choices = option?.choices ?? []
  const k = choices.findIndex((c) => c.text === step.value)
  if (!option || k < 0) return ok(p)
  const next: ProductOption = { ...option, choices: choices.filter((_, i) => i !== k) }
  // defaultChoice is an index: it moves down with the choices after it, and falls back to the first.
  if (option.defaultChoice !== undefined) next.defaultChoice = option.defaultChoice === k ? 0 : option.defaultChoice > k ? option.defaultChoice - 1 : option.defaultChoice
  if (next.choices?.length === 0) delete next.defaultChoice
  const hit = p.variations.filter((v) => v.options.some((s) => s.name === step.name && s.value === step.value)).map((v) => v.entityId)
  const options = p.options.map((o, i) => (i === at ? next : o))
  if (!step.deleteVariations) return ok({ ...p, options, orphans: [...p.orphans, ...hit] })
  const gone = new Set(hit)
  return ok({ ...p, options, variations: p.variations.filter((v) => !gone.has(v.entityId)), deleted: [...p.deleted, ...hit] })
}

/** A selection as a key that ignores order: {Size: M, Color: Red} equals {Color: Red, Size: M}. */
export const selectionKey = (options: readonly OptionValue[]): string =>
  JSON.stringify(options.map((o) => [o.name, o.value]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))))

/** Every combination of the variation options' values, in option order then choice order. */
export function allSelections(options: readonly ProductOption[]): OptionValue[][] {
  const axes = options.filter((o) => VARIATION_OPTION_TYPES.includes(o.type) && (o.choices ?? []).length > 0)
  if (axes.length === 0) return []
  let acc: OptionValue[][] = [[]]
  for (const o of axes) acc = acc.flatMap((prefix) => (o.choices ?? []).map((c) => [...prefix, { name: o.name, value: c.text }]))
  return acc
}

export function generateVariations(p: WorkingProduct, newId: () => string): StepOutcome {
  const have = new Set(p.variations.map((v) => selectionKey(v.options)))
  const missing = allSelections(p.options).filter((s) => !have.has(selectionKey(s)))
  if (missing.length === 0) return ok(p)
  if (p.variations.length + missing.length > MAX_GENERATED_PER_PRODUCT) {
    return { kind: 'invalid', message: `This would give the product ${p.variations.length + missing.length} variations; Stockroom generates at most ${MAX_GENERATED_PER_PRODUCT} per product. Remove some option values first.` }
  }
  return ok({ ...p, variations: [...p.variations, ...missing.map((options) => ({ entityId: newId(), options }))] })
}

export function deleteVariation(p: WorkingProduct, step: Extract<CatalogueStep, { kind: 'deleteVariation' }>): StepOutcome {
  const key = selectionKey(step.options)
  const hit = p.variations.filter((v) => selectionKey(v.options) === key).map((v) => v.entityId)
  if (hit.length === 0) return ok(p)
  return ok({ ...p, variations: p.variations.filter((v) => !hit.includes(v.entityId)), deleted: [...p.deleted, ...hit] })
}

function categories(p: WorkingProduct, step: Extract<CatalogueStep, { kind: 'addCategory' | 'removeCategory' }>): StepOutcome {
  const has = p.categoryIds.includes(step.categoryId)
  if (step.kind === 'addCategory') return ok(has ? p : { ...p, categoryIds: [...p.categoryIds, step.categoryId] })
  return ok(has ? { ...p, categoryIds: p.categoryIds.filter((c) => c !== step.categoryId) } : p)
}

/** Runs the steps in order; the first one that cannot apply stops the product with its message. */
export function applySteps(start: WorkingProduct, steps: readonly CatalogueStep[], newId: () => string): StepOutcome {
  let p = start
  for (const step of steps) {
    const out =
      step.kind === 'addOption' ? addOption(p, step)
      : step.kind === 'renameOptionValue' ? renameOptionValue(p, step)
      : step.kind === 'removeOptionValue' ? removeOptionValue(p, step)
      : step.kind === 'addOptionValue' ? addOptionValue(p, step)
      : step.kind === 'moveOptionValue' ? moveOptionValue(p, step)
      : step.kind === 'setValuePriceModifier' ? setValuePriceModifier(p, step)
      : step.kind === 'setOptionRequired' ? setOptionRequired(p, step)
      : step.kind === 'generateVariations' ? generateVariations(p, newId)
      : step.kind === 'deleteVariation' ? deleteVariation(p, step)
      : categories(p, step)
    if (out.kind === 'invalid') return out
    p = out.product
  }
  return ok(p)
}

/** Checks a step list once per operation (not once per product): what to fix, in words. */
export function stepsProblem(steps: readonly CatalogueStep[]): string | null {
  if (steps.length === 0) return 'Choose what to change: add an option, rename or remove a value, generate variations, or a category.'
  for (const s of steps) {
    if ('name' in s && s.name.trim() === '') return 'Enter the option name.'
    const valueProblem = valueStepProblem(s)
    if (valueProblem) return valueProblem
    if (s.kind === 'addOption' && s.type !== undefined && !CHOICE_OPTION_TYPES.includes(s.type)) {
      if (s.values.length > 0) return `${s.name}: a text, date or file option has no values; choose a select, radio, size, swatches or checkbox option for values.`
    } else if (s.kind === 'addOption') {
      if (s.values.length === 0 || s.values.some((v) => v.trim() === '')) return `Give ${s.name} at least one value, and no empty ones.`
      if (new Set(s.values).size !== s.values.length) return `${s.name} lists a value twice.`
    }
    if (s.kind === 'deleteVariation' && (s.options.length === 0 || s.options.some((o) => o.name.trim() === '' || o.value.trim() === ''))) return 'Give the option values of the variation to delete.'
    if (s.kind === 'renameOptionValue' && (s.from.trim() === '' || s.to.trim() === '')) return 'Give the value to rename and its new name.'
    if (s.kind === 'removeOptionValue' && s.value.trim() === '') return 'Give the value to remove.'
    if ((s.kind === 'addCategory' || s.kind === 'removeCategory') && !(Number.isInteger(s.categoryId) && s.categoryId > 0)) return 'A category id is a positive whole number.'
  }
  return null
}
