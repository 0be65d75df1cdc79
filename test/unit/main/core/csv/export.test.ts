// Streaming export: BOM, delimiters, decimal comma, back-pressure, and 100,000 products in bounded memory.
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { exportCsv, exportCsvToFile } from '../../../../../src/main/core/csv/export'
import { productsFlat } from '../../../../../src/main/core/csv/formats/products-flat'
import { ecwidProducts } from '../../../../../src/main/core/csv/formats/ecwid-products'
import { useTempDir } from '../../../../helpers/temp-dir'
import { MemorySink, product, productWithVariations } from './helpers'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

describe('exportCsv', () => {
  it('writes a UTF-8 BOM by default, CRLF, and counts rows and bytes', async () => {
    const sink = new MemorySink()
    const r = await exportCsv([product(1), product(2)], productsFlat, sink)
    const buf = sink.buffer()
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(r).toEqual({ rows: 2, bytes: buf.length })
    expect(buf.toString('utf8').split('\r\n')).toHaveLength(4)
  })

  it('honours no-BOM, semicolons and decimal comma', async () => {
    const sink = new MemorySink()
    await exportCsv([product(5, { price: 1234.5 })], productsFlat, sink, { bom: false, delimiter: ';', decimalSeparator: ',' })
    const [header, row] = sink.text().split('\r\n')
    expect(header!.startsWith('ID;SKU;Name;Price;')).toBe(true)
    expect(row!.split(';')[3]).toBe('1234,5')
  })

  it('refuses to drop variation option columns it was not told about', async () => {
    await expect(exportCsv([productWithVariations()], ecwidProducts, new MemorySink())).rejects.toThrow(/variationOptionNames/)
  })

  it('waits for drain on a slow writer', async () => {
    let writes = 0
    const slow = new Writable({
      highWaterMark: 64,
      write(_c, _e, cb) {
        writes++
        setTimeout(cb, 0)
      }
    })
    const r = await exportCsv(Array.from({ length: 2000 }, (_, i) => product(i)), productsFlat, slow, { batchRows: 50 })
    expect(r.rows).toBe(2000)
    expect(writes).toBeGreaterThan(40)
  })

  const dir = useTempDir('stockroom-export-')
  it('exports to a file and flushes it', async () => {
    const file = join(dir(), 'p.csv')
    const r = await exportCsvToFile(file, [product(1)], productsFlat, { bom: false })
    expect((await readFile(file)).length).toBe(r.bytes)
  })

  it('streams 100,000 products without holding the file in memory', async () => {
    function* many(): Generator<ReturnType<typeof product>> {
      for (let i = 1; i <= 100_000; i++) yield product(i)
    }
    let bytes = 0
    const counter = new Writable({
      write(chunk: Buffer, _e, cb) {
        bytes += chunk.length
        cb()
      }
    })
    const before = process.memoryUsage().heapUsed
    let peak = before
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5)
    const r = await exportCsv(many(), productsFlat, counter)
    clearInterval(timer)
    peak = Math.max(peak, process.memoryUsage().heapUsed)
    expect(r.rows).toBe(100_000)
    expect(r.bytes).toBe(bytes)
    // The file is ~20 MB of text (~40 MB as JS strings); growth stays well below holding it.
    expect(bytes).toBeGreaterThan(15_000_000)
    expect(peak - before).toBeLessThan(bytes)
  }, 60_000)
})
