// CSV fuzzing: random and mutated files through parse + map + validate + match never throw unexpectedly;
// every failure is a CsvFileError or a report line. Bounded loop, seeded PRNG, reproducible.
import { seededRandom } from '../../../../helpers/prng'
import { describe, expect, it } from 'vitest'
import { exportCsv } from '../../../../../src/main/core/csv/export'
import { productsFlat } from '../../../../../src/main/core/csv/formats/products-flat'
import { planImport } from '../../../../../src/main/core/csv/import'
import type { CsvResource } from '../../../../../src/main/core/csv/types'
import { bytes, lookupOf, MemorySink, product } from './helpers'

const ALPHABET = ['a', 'Z', '0', '9', ',', ';', '\t', '"', '""', '\n', '\r\n', '\r', ' ', '=', '-', '+', '@', "'", 'é', '€', '\u0000', '\ufeff', '1,5', 'yes', 'SKU-1', '.']

describe('CSV fuzzing', () => {
  const products = Array.from({ length: 10 }, (_, i) => product(i + 1))
  const lookup = lookupOf({ products })

  it('random files never throw', async () => {
    const rand = seededRandom(20240601)
    const resources: CsvResource[] = ['products', 'orders', 'coupons', 'customers']
    for (let i = 0; i < 400; i++) {
      let text = ['SKU,Name,Price,Quantity,Enabled', 'Order #;Tracking', 'Code\tDiscount\tStatus', ''][i % 4]! + '\n'
      const len = Math.floor(rand() * 300)
      for (let j = 0; j < len; j++) text += ALPHABET[Math.floor(rand() * ALPHABET.length)]
      const r = await planImport({ resource: resources[i % 4]!, source: bytes(Buffer.from(text), 1 + Math.floor(rand() * 50)), lookup, allowCreate: rand() < 0.5 })
      expect(r.rows).toBeGreaterThanOrEqual(0)
    }
  })

  it('mutated exports never throw and byte flips are reported, not crashed on', async () => {
    const sink = new MemorySink()
    await exportCsv(products, productsFlat, sink)
    const original = sink.buffer()
    const rand = seededRandom(7)
    for (let i = 0; i < 300; i++) {
      const buf = Buffer.from(original)
      const flips = 1 + Math.floor(rand() * 8)
      for (let f = 0; f < flips; f++) buf[Math.floor(rand() * buf.length)] = Math.floor(rand() * 256)
      const cut = rand() < 0.3 ? buf.subarray(0, Math.floor(rand() * buf.length)) : buf
      const r = await planImport({ resource: 'products', source: bytes(cut, 1 + Math.floor(rand() * 200)), lookup })
      for (const issue of r.issues) {
        expect(typeof issue.message).toBe('string')
        expect(issue.message.length).toBeGreaterThan(5)
      }
    }
  })
})
