// The CSV methods' argument schemas: files only as dialog tokens, grid views with their own grid's
// column names, bounded mappings; and the file-token registry behind them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createFileTokens } from '../../../../src/main/core/csv/file-dialogs'
import { csvSchemas } from '../../../../src/main/ipc/csv-schemas'

const TOKEN = '0f8e2a1c-3b4d-4e5f-8a9b-0c1d2e3f4a5b'
const dir = mkdtempSync(join(tmpdir(), 'stockroom-csv-schemas-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('csv schemas', () => {
  it('accepts a grid view with its own columns and rejects another grid\'s', () => {
    const ok = csvSchemas.exportCsv.safeParse([1, { resource: 'orders', format: 'flat', view: { sort: [{ field: 'orderNumber', dir: 'desc' }], columns: ['trackingNumber'] } }])
    expect(ok.success).toBe(true)
    const bad = csvSchemas.exportCsv.safeParse([1, { resource: 'orders', format: 'flat', view: { columns: ['sku'] } }])
    expect(bad.success).toBe(false)
    expect(csvSchemas.exportCsv.safeParse([1, { resource: 'products', format: 'flat', path: '/etc/passwd' }]).success).toBe(false)
  })

  it('takes files only as dialog tokens, never as paths', () => {
    for (const fileToken of ['/etc/passwd', '../x.csv', 'C:\\x.csv', '', TOKEN.toUpperCase()]) {
      expect(csvSchemas.inspectCsv.safeParse([1, { resource: 'products', fileToken }]).success).toBe(false)
    }
    expect(csvSchemas.inspectCsv.safeParse([1, { resource: 'products', fileToken: TOKEN, path: '/tmp/x.csv' }]).success).toBe(false)
    expect(csvSchemas.planCsvImport.safeParse([1, { resource: 'products', fileToken: TOKEN, mapping: { Price: 'price', Notes: null } }]).success).toBe(true)
  })

  it('bounds the session name and the mapping', () => {
    expect(csvSchemas.importCsv.safeParse([1, { resource: 'products', fileToken: TOKEN, sessionName: '  ' }]).success).toBe(false)
    const huge = Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`h${i}`, null]))
    expect(csvSchemas.planCsvImport.safeParse([1, { resource: 'products', fileToken: TOKEN, mapping: huge }]).success).toBe(false)
  })

  it('takes a strict, bounded exclusion of rejected rows and fields', () => {
    const req = (exclude: unknown): unknown[] => [1, { resource: 'products', fileToken: TOKEN, sessionName: 'x', exclude }]
    expect(csvSchemas.importCsv.safeParse(req({ excludeRows: [2, 7], excludeFields: ['price', 'attributes.Brand'] })).success).toBe(true)
    expect(csvSchemas.importCsv.safeParse(req({})).success).toBe(true)
    for (const bad of [{ excludeRows: [1] }, { excludeRows: [2.5] }, { excludeRows: ['2'] }, { excludeFields: [''] }, { excludeFields: ['x'.repeat(201)] },
      { excludeRows: Array.from({ length: 100_001 }, (_, i) => i + 2) }, { excludeFields: ['price'], rows: [2] }, null]) {
      expect(csvSchemas.importCsv.safeParse(req(bad)).success).toBe(false)
    }
    expect(csvSchemas.planCsvImport.safeParse([1, { resource: 'products', fileToken: TOKEN, exclude: {} }]).success).toBe(false)
  })
})

describe('file tokens', () => {
  it('hands out opaque tokens for chosen files and refuses unknown ones', async () => {
    const tokens = createFileTokens()
    const file = join(dir, 'a.csv')
    writeFileSync(file, 'SKU,Price\n')
    const chosen = await tokens.add(file)
    expect(chosen).toMatchObject({ name: 'a.csv', size: 10 })
    expect(chosen.fileToken).toMatch(/^[0-9a-f-]{36}$/)
    expect(tokens.resolve(chosen.fileToken).path).toBe(file)
    expect(() => tokens.resolve(TOKEN)).toThrow(/Choose the file again/)
    await expect(tokens.add('relative.csv')).rejects.toThrow(/relative/)
    await expect(tokens.add(dir)).rejects.toThrow(/not a file/)
  })
})
