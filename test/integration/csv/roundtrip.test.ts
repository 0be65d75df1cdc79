// Round trips through the CLI against a synced sandbox store: every resource through every format and
// option, exported from the local copy and imported straight back, plans zero changes (a no-op).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { csvFixture, type CsvFixture } from './helpers'

let f: CsvFixture
beforeAll(async () => {
  f = await csvFixture()
}, 60_000)
afterAll(async () => {
  await f?.close()
})

const CASES: { resource: string; format: string; extra: string[]; importExtra?: string[] }[] = [
  { resource: 'products', format: 'flat', extra: [] },
  { resource: 'products', format: 'flat', extra: ['--delimiter', ';', '--decimal', ','], importExtra: ['--decimal', ','] },
  { resource: 'products', format: 'ecwid', extra: [] },
  { resource: 'products', format: 'ecwid', extra: ['--delimiter', 'tab', '--no-bom'] },
  { resource: 'orders', format: 'flat', extra: [] },
  { resource: 'orders', format: 'flat', extra: ['--delimiter', ';'] },
  { resource: 'coupons', format: 'flat', extra: ['--no-bom'] },
  { resource: 'customers', format: 'flat', extra: ['--delimiter', 'tab'] }
]

describe('export -> re-import is a no-op', () => {
  for (const c of CASES) {
    it(`${c.resource} ${c.format} ${c.extra.join(' ')}`, async () => {
      const name = `${c.resource}-${c.format}-${c.extra.join('').replace(/\W/g, '')}.csv`
      const exp = await f.cli(['export', c.resource, '--out', f.file(name), '--format', c.format, ...c.extra])
      expect(exp.code, exp.stderr).toBe(0)
      expect(Object.keys(exp.json ?? {}).sort()).toEqual(['durationMs', 'file', 'rows'])
      expect(Number(exp.json?.rows)).toBeGreaterThan(0)
      const imp = await f.cli(['import', c.resource, f.file(name), '--session', `rt-${name}`, ...(c.importExtra ?? [])])
      expect(imp.json, imp.stderr).toMatchObject({ invalid: 0, changes: 0, errors: [] })
      expect(imp.code).toBe(0)
      expect(imp.json?.rows).toBeGreaterThan(0)
    })
  }

  it('the file starts with a BOM unless --no-bom, and uses CRLF', async () => {
    await f.cli(['export', 'coupons', '--out', f.file('bom.csv')])
    await f.cli(['export', 'coupons', '--out', f.file('nobom.csv'), '--no-bom'])
    expect(f.read('bom.csv').charCodeAt(0)).toBe(0xfeff)
    expect(f.read('nobom.csv').charCodeAt(0)).not.toBe(0xfeff)
    expect(f.read('nobom.csv')).toContain('\r\n')
  })
})
