// Planner for Ecwid-format product files: `product` rows diff like flat rows, `product_variation` rows diff
// one variation (found by its option values, then its SKU), `product_option` rows rebuild a product's options.

import { PRODUCT_OPTION_TYPES, type Product, type ProductOption, type ProductOptionChoice, type ProductOptionType } from '@shared/model/product'
import { PRODUCT_FIELDS, type FieldTable } from '@shared/model/schema'
import { parseNumber } from './cell-codec'
import { ECWID_OPTION_TYPES } from './formats/ecwid-columns'
import { imageChange, isImageColumnField, newProductImagesIssue } from './ecwid-images'
import { diffFields, locate, type Planner, type PlannerOptions, type RowPlan } from './match'
import { csvIssue, type CsvIssue, type PlannedChange } from './types'

// Columns a product_variation row may change: the descriptors' combination fields, SKU in its own column.
const VARIATION_FIELDS = new Set([
  ...Object.values(PRODUCT_FIELDS as FieldTable).flatMap((f) => (f.variation && f.path !== 'sku' && f.csv?.ecwid ? [f.csv.ecwid.field ?? f.path] : [])),
  'variation.sku'
])
const FROM_ECWID_TYPE = new Map(Object.entries(ECWID_OPTION_TYPES).map(([ours, theirs]) => [theirs, ours as ProductOptionType]))

interface OptionRow {
  row: number
  values: Record<string, unknown>
}

export function createEcwidRowPlanner({ columns, lookup, allowCreate }: PlannerOptions): Planner {
  const defs = columns.map((c) => c.def)
  const productDefs = defs.filter((d) => d.field !== 'rowType' && !d.field.startsWith('option.') && !d.field.startsWith('variation') && !isImageColumnField(d.field))
  const variationDefs = defs.filter((d) => VARIATION_FIELDS.has(d.field)).map((d) => (d.field === 'variation.sku' ? { ...d, path: 'sku' } : d))
  // Main image + gallery URL columns mapped from the file: how many images a row can list.
  const imageColumns = defs.filter((d) => isImageColumnField(d.field)).length
  const seen = new Map<string, number>()
  const optionRows = new Map<number, { product: Product; rows: OptionRow[] }>()
  let categoryRows = 0
  const done = (row: number, issues: CsvIssue[], entityId: RowPlan['entityId'] = null, changes: PlannedChange[] = []): RowPlan => ({ row, entityId, changes, issues })

  const once = (key: string, row: number, what: string, issues: CsvIssue[]): boolean => {
    const first = seen.get(key)
    if (first !== undefined) {
      issues.push(csvIssue('error', 'DUPLICATE_KEY', `Row ${row} repeats ${what} already in row ${first}. Keep one of the two rows.`, { row }))
      return false
    }
    seen.set(key, row)
    return true
  }

  async function parentOf(values: Record<string, unknown>, row: number, issues: CsvIssue[]): Promise<Product | undefined> {
    const found = await locate('products', { id: values['id'], sku: values['sku'] }, lookup, row, false)
    if (found.error) issues.push(found.error)
    return found.entity as Product | undefined
  }

  return {
    async add(v) {
      const issues = [...v.issues]
      if (!v.valid) return done(v.row, issues)
      const type = String(v.values['rowType'] ?? '').trim().toLowerCase() || 'product'
      if (type === 'category') {
        categoryRows++
        return done(v.row, issues)
      }
      if (type === 'product') {
        const found = await locate('products', v.values, lookup, v.row, allowCreate)
        if (found.error) return done(v.row, [...issues, found.error])
        if (found.key !== null && !once(found.key, v.row, 'the same product', issues)) return done(v.row, issues)
        if (!found.entity) {
          if (v.values['name'] === undefined || v.values['name'] === null) return done(v.row, [...issues, csvIssue('error', 'REQUIRED', `Row ${v.row}: a new product needs product_name.`, { row: v.row })])
          const skipped = newProductImagesIssue(v.values, v.row)
          return done(v.row, skipped ? [...issues, skipped] : issues, 'new', diffFields('products', 'new', undefined, v.values, productDefs, v.row))
        }
        const id = found.entity['id'] as number
        const images = imageChange(found.entity as unknown as Product, v.values, v.row, imageColumns)
        return done(v.row, issues, id, [...diffFields('products', id, found.entity, v.values, productDefs, v.row), ...(images ? [images] : [])])
      }
      if (type !== 'product_option' && type !== 'product_variation') {
        return done(v.row, [...issues, csvIssue('error', 'INVALID_VALUE', `Row ${v.row}: type "${type}" is not product, product_option or product_variation.`, { row: v.row, column: 'type', value: type })])
      }
      const product = await parentOf(v.values, v.row, issues)
      if (!product) return done(v.row, issues)
      if (type === 'product_option') {
        const acc = optionRows.get(product.id) ?? { product, rows: [] }
        acc.rows.push({ row: v.row, values: v.values })
        optionRows.set(product.id, acc)
        return done(v.row, issues, product.id)
      }
      const variation = findVariation(product, v.values)
      if (!variation) {
        return done(v.row, [...issues, csvIssue('error', 'NOT_FOUND', `Row ${v.row}: product ${product.sku || product.id} has no variation with these option values or SKU. Stockroom does not create variations from a CSV yet.`, { row: v.row })])
      }
      if (!once(`variation:${variation.id}`, v.row, 'the same variation', issues)) return done(v.row, issues)
      const changes = diffFields('products', product.id, variation, v.values, variationDefs, v.row).map((c) => ({ ...c, variationId: variation.id }))
      return done(v.row, issues, product.id, changes)
    },
    async finish() {
      const changes: PlannedChange[] = []
      const issues: CsvIssue[] = []
      for (const { product, rows } of optionRows.values()) {
        const built = buildOptions(product.options ?? [], rows, issues)
        if (built && JSON.stringify(normalise(built)) !== JSON.stringify(normalise(product.options ?? []))) {
          changes.push({ resource: 'products', entityId: product.id, field: 'options', before: product.options ?? [], after: built, row: rows[0]!.row })
        }
      }
      if (categoryRows > 0) issues.push(csvIssue('warning', 'SKIPPED_ROW', `${categoryRows} category row(s) were skipped: Stockroom imports products only from this file.`))
      return { changes, issues }
    }
  }
}

function findVariation(product: Product, values: Record<string, unknown>): NonNullable<Product['combinations']>[number] | undefined {
  const combos = product.combinations ?? []
  const wanted = new Map<string, string>()
  for (const [k, val] of Object.entries(values)) if (k.startsWith('variationOption.') && typeof val === 'string' && val !== '') wanted.set(k.slice(16), val)
  const byOptions = wanted.size > 0 ? combos.find((c) => c.options.length === wanted.size && c.options.every((o) => wanted.get(o.name) === o.value)) : undefined
  const sku = values['variation.sku']
  return byOptions ?? (typeof sku === 'string' && sku !== '' ? combos.find((c) => c.sku === sku) : undefined)
}

function parseMarkup(text: string): { priceModifier: number; priceModifierType: 'PERCENT' | 'ABSOLUTE' } | null {
  const percent = text.trim().endsWith('%')
  const body = text.trim().replace(/%$/, '')
  const r = parseNumber(body, '.')
  const n = r.ok ? r : parseNumber(body, ',')
  return n.ok ? { priceModifier: n.value as number, priceModifierType: percent ? 'PERCENT' : 'ABSOLUTE' } : null
}

/** Options as the rows describe them; blank cells keep the existing option's values. Null on errors. */
function buildOptions(existing: ProductOption[], rows: OptionRow[], issues: CsvIssue[]): ProductOption[] | null {
  const groups = new Map<string, OptionRow[]>()
  for (const r of rows) {
    const name = String(r.values['option.name'] ?? '').trim()
    if (name === '') {
      issues.push(csvIssue('error', 'REQUIRED', `Row ${r.row}: a product_option row needs product_option_name.`, { row: r.row }))
      return null
    }
    groups.set(name, [...(groups.get(name) ?? []), r])
  }
  const result: ProductOption[] = []
  for (const [name, group] of groups) {
    const ex = existing.find((o) => o.name === name)
    const typeText = group.map((g) => String(g.values['option.type'] ?? '').trim().toUpperCase()).find((t) => t !== '')
    const type = typeText ? (FROM_ECWID_TYPE.get(typeText) ?? PRODUCT_OPTION_TYPES.find((t) => t === typeText)) : ex?.type
    if (!type) {
      issues.push(csvIssue('error', 'INVALID_VALUE', `Row ${group[0]!.row}: option "${name}" has an unknown type "${typeText ?? ''}".`, { row: group[0]!.row, column: 'product_option_type' }))
      return null
    }
    const required = group.map((g) => g.values['option.required']).find((r) => typeof r === 'boolean') as boolean | undefined
    const choices: ProductOptionChoice[] = []
    let defaultChoice: number | undefined
    for (const g of group) {
      const text = g.values['option.value']
      if (typeof text !== 'string' || text === '') continue
      const old = ex?.choices?.find((c) => c.text === text)
      const markupText = g.values['option.markup']
      const markup = typeof markupText === 'string' && markupText.trim() !== '' ? parseMarkup(markupText) : null
      if (typeof markupText === 'string' && markupText.trim() !== '' && !markup) {
        issues.push(csvIssue('error', 'INVALID_VALUE', `Row ${g.row}: markup "${markupText}" is not a number or percentage.`, { row: g.row, column: 'product_option_markup', value: markupText }))
        return null
      }
      if (g.values['option.isDefault'] === true) defaultChoice = choices.length
      choices.push({ ...old, text, ...(markup ?? { priceModifier: old?.priceModifier ?? 0, priceModifierType: old?.priceModifierType ?? 'ABSOLUTE' }) })
    }
    const option: ProductOption = { ...ex, name, type, required: required ?? ex?.required ?? false }
    if (choices.length > 0) option.choices = choices
    if (defaultChoice !== undefined) option.defaultChoice = defaultChoice
    else delete option.defaultChoice
    result.push(option)
  }
  // Options the file does not mention are kept: an omitted option must never be deleted by an import.
  const kept = existing.filter((o) => !groups.has(o.name))
  return [...kept, ...result].sort((a, b) => rank(existing, a) - rank(existing, b))
}

const rank = (existing: ProductOption[], o: ProductOption): number => {
  const i = existing.findIndex((e) => e.name === o.name)
  return i === -1 ? existing.length : i
}

function normalise(options: ProductOption[]): unknown {
  return options.map((o) => ({
    name: o.name,
    type: o.type,
    required: o.required ?? false,
    defaultChoice: o.defaultChoice ?? null,
    choices: (o.choices ?? []).map((c) => [c.text, c.priceModifier ?? 0, c.priceModifierType ?? 'ABSOLUTE'])
  }))
}
