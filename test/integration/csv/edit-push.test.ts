// An edited export becomes exactly its changed cells in a session (blank cells change nothing), and
// pushing that session applies them to the sandbox store; Ecwid-format edits are staged the same way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cells, csvFixture, type CsvFixture } from './helpers'

let f: CsvFixture
beforeAll(async () => {
  f = await csvFixture()
}, 60_000)
afterAll(async () => {
  await f?.close()
})

/** Rewrites some cells of an exported CSV (by header name) and returns the edited text. */
function edit(text: string, changes: { row: number; column: string; value: string }[], delimiter = ','): string {
  const lines = text.replace(/^\uFEFF/, '').split('\r\n')
  const header = cells(lines[0]!, delimiter)
  for (const c of changes) {
    const row = cells(lines[c.row - 1]!, delimiter)
    row[header.indexOf(c.column)] = c.value
    lines[c.row - 1] = row.map((v) => (/[",\r\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(delimiter)
  }
  return lines.join('\r\n')
}

function valueAt(text: string, row: number, column: string): string {
  const lines = text.replace(/^\uFEFF/, '').split('\r\n')
  return cells(lines[row - 1]!)[cells(lines[0]!).indexOf(column)]!
}

describe('edited file -> session -> push', () => {
  it('stages exactly the changed cells and push applies them to the sandbox', async () => {
    await f.cli(['export', 'products', '--out', f.file('p.csv')])
    const original = f.read('p.csv')
    const idA = Number(valueAt(original, 2, 'ID'))
    const idB = Number(valueAt(original, 3, 'ID'))
    const edited = edit(original, [
      { row: 2, column: 'Price', value: '123.45' },
      { row: 3, column: 'Name', value: 'Renamed by CSV' },
      // A blank cell never clears stored data.
      { row: 4, column: 'Name', value: '' },
      { row: 5, column: 'SEO title', value: '' }
    ])
    f.write('p-edited.csv', edited)
    const imp = await f.cli(['import', 'products', f.file('p-edited.csv'), '--session', 'csv edit'])
    expect(imp.json).toMatchObject({ invalid: 0, changes: 2, errors: [], session: 'csv edit' })
    expect(imp.code).toBe(0)

    const show = await f.cli(['session', 'show', 'csv edit'], { token: true })
    const staged = show.json?.changes as { entityId: string; field: string; before: unknown; after: unknown }[]
    expect(staged.map((c) => [Number(c.entityId), c.field, c.after]).sort()).toEqual([[idA, 'price', 123.45], [idB, 'name', 'Renamed by CSV']].sort())

    const push = await f.cli(['session', 'push', 'csv edit', '--poll-ms', '20'], { token: true })
    expect(push.json, push.stderr).toMatchObject({ applied: 2, failed: 0, conflicts: 0 })
    const server = (id: number) => f.sb.state.products.get(f.sb.state.productIndex(id) as number)
    expect(server(idA)?.price).toBe(123.45)
    expect(server(idB)?.name).toBe('Renamed by CSV')

    // After a sync the same edited file is a no-op.
    await f.cli(['sync'], { token: true })
    const again = await f.cli(['import', 'products', f.file('p-edited.csv'), '--session', 'csv again'])
    expect(again.json).toMatchObject({ changes: 0, errors: [] })
  })

  it('an Ecwid-format file with an edited product_price stages that price', async () => {
    await f.cli(['export', 'products', '--out', f.file('e.csv'), '--format', 'ecwid'])
    const text = f.read('e.csv')
    const lines = text.replace(/^\uFEFF/, '').split('\r\n')
    const header = cells(lines[0]!)
    const at = lines.findIndex((l, i) => i > 0 && cells(l)[header.indexOf('type')] === 'product')
    const id = Number(cells(lines[at]!)[header.indexOf('product_internal_id')])
    f.write('e-edited.csv', edit(text, [{ row: at + 1, column: 'product_price', value: '77.7' }]))
    const imp = await f.cli(['import', 'products', f.file('e-edited.csv'), '--session', 'ecwid edit'])
    expect(imp.json).toMatchObject({ invalid: 0, changes: 1, errors: [] })
    const show = await f.cli(['session', 'show', 'ecwid edit'], { token: true })
    expect(show.json?.changes).toMatchObject([{ entityId: String(id), field: 'price', after: 77.7 }])
  })
})
