// CSV fuzzing, "never stage garbage": whatever random or mutated file comes in, no rejected row plans a
// change, values are finite, and no plan holds a change the engine's validator would refuse at staging.
import { seededRandom } from '../../../../helpers/prng'
import { describe, expect, it } from 'vitest'
import type { JsonValue, SessionResource } from '@shared/model/session'
import { exportCsv } from '../../../../../src/main/core/csv/export'
import { productsFlat } from '../../../../../src/main/core/csv/formats/products-flat'
import { planImport, type ImportResult } from '../../../../../src/main/core/csv/import'
import type { CsvResource } from '../../../../../src/main/core/csv/types'
import { validateField, type ValidationContext } from '../../../../../src/main/core/sessions/validate'
import { bytes, coupon, lookupOf, MemorySink, product } from './helpers'

const ALPHABET = ['a', 'Z', '0', '9', ',', ';', '\t', '"', '\n', '\r\n', ' ', '=', '-', '+', '@', 'é', '€', '\u0000', '1,5', '1e999', 'NaN', '-7', 'yes', 'true', '.']
const ctx: ValidationContext = { precision: 2, isSkuTaken: async () => false, isCouponCodeTaken: async () => false }

/**
 * Hard problems with the planned changes of one import: changes from rows reported as errors,
 * non-finite numbers, and values the session validator refuses (stageEdits runs that same
 * validateField on every edit; the plan runs it too, so none may be left in a plan).
 */
async function garbageIn(r: ImportResult): Promise<string[]> {
  const problems: string[] = []
  const badRows = new Set(r.issues.filter((i) => i.severity === 'error' && i.row !== null).map((i) => i.row))
  for (const c of r.changes) {
    if (badRows.has(c.row)) problems.push(`row ${c.row} has an error yet plans ${c.field}`)
    if (c.variationId !== undefined) continue // variation fields are validated by the Ecwid-format importer itself
    const message = await validateField(c.resource as SessionResource, c.field, c.after as JsonValue, String(c.entityId), ctx)
    if (message) problems.push(`row ${c.row} ${c.field}=${JSON.stringify(c.after)}: the engine refuses it: ${message}`)
    if (typeof c.after === 'number' && !Number.isFinite(c.after)) problems.push(`row ${c.row} ${c.field} is not finite`)
  }
  return problems
}

describe('CSV fuzzing: never stage garbage', () => {
  const products = Array.from({ length: 10 }, (_, i) => product(i + 1))
  const lookup = lookupOf({ products, coupons: Array.from({ length: 5 }, (_, i) => coupon(i + 1)) })

  it('random files: no change from a rejected row, every value finite and re-checked at staging', async () => {
    const rand = seededRandom(99)
    const headers: [CsvResource, string][] = [['products', 'SKU,Name,Price,Quantity,Enabled,Weight'], ['coupons', 'Code,Name,Discount,Discount type,Status']]
    let planned = 0
    for (let i = 0; i < 300; i++) {
      const [resource, header] = headers[i % headers.length]!
      let text = `${header}\n`
      const len = Math.floor(rand() * 400)
      for (let j = 0; j < len; j++) text += ALPHABET[Math.floor(rand() * ALPHABET.length)]
      const r = await planImport({ resource, source: bytes(Buffer.from(text), 1 + Math.floor(rand() * 50)), lookup, allowCreate: rand() < 0.5, engine: ctx })
      planned += r.changes.length
      expect(await garbageIn(r), `case ${i}`).toEqual([])
    }
    expect(planned).toBeGreaterThan(0)
  })

  it('mutated exports: no change from a rejected row, every value finite and re-checked at staging', async () => {
    const sink = new MemorySink()
    await exportCsv(products.map((p, i) => ({ ...p, price: p.price + i })), productsFlat, sink)
    const original = sink.buffer()
    const rand = seededRandom(31)
    let planned = 0
    let refused = 0
    for (let i = 0; i < 300; i++) {
      const buf = Buffer.from(original)
      for (let f = 0, n = 1 + Math.floor(rand() * 6); f < n; f++) buf[Math.floor(rand() * buf.length)] = ALPHABET[Math.floor(rand() * ALPHABET.length)]!.charCodeAt(0)
      const r = await planImport({ resource: 'products', source: bytes(buf, 1 + Math.floor(rand() * 200)), lookup, engine: ctx })
      refused += r.issues.filter((i) => i.code === 'INVALID_VALUE' && /cannot be negative|at most \d decimal/.test(i.message)).length
      planned += r.changes.length
      expect(await garbageIn(r), `case ${i}`).toEqual([])
    }
    expect(planned).toBeGreaterThan(0)
    // Refusals are rare edge cases (a flipped byte turning 8.09 into -8.09), never the bulk of a file;
    // the engine's own rules now catch them in the plan (this seed produces some).
    expect(refused).toBeGreaterThan(0)
    expect(refused).toBeLessThan(planned / 20)
  })
})
