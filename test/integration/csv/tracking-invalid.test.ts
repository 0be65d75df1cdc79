// The orders tracking-numbers preset end to end (courier file -> session -> push -> sandbox orders
// SHIPPED with their tracking numbers), and invalid rows -> exit code 4 with the report on stdout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Order } from '../../../src/shared/model/order'
import { csvFixture, type CsvFixture } from './helpers'

let f: CsvFixture
beforeAll(async () => {
  f = await csvFixture()
}, 60_000)
afterAll(async () => {
  await f?.close()
})

function serverOrders(): Order[] {
  const out: Order[] = []
  for (let i = 0; i < f.sb.state.orders.size; i++) {
    const o = f.sb.state.orders.get(i)
    if (o && f.sb.state.orders.isLive(i)) out.push(o)
  }
  return out
}

describe('tracking numbers preset', () => {
  it('a courier file (semicolons, its own headers) marks orders SHIPPED with tracking numbers after push', async () => {
    const open = serverOrders().filter((o) => ['AWAITING_PROCESSING', 'PROCESSING'].includes(o.fulfillmentStatus)).slice(0, 2)
    expect(open).toHaveLength(2)
    const [a, b] = open as [Order, Order]
    f.write('courier.csv', `Order #;AWB;Courier\r\n${a.orderNumber};TRK-A-1;DHL\r\n${b.orderNumber};TRK-B-2;\r\n`)
    const imp = await f.cli(['import', 'orders', f.file('courier.csv'), '--session', 'tracking', '--format', 'tracking'])
    expect(imp.json, imp.stderr).toMatchObject({ rows: 2, valid: 2, invalid: 0, errors: [] })
    const show = await f.cli(['session', 'show', 'tracking'], { token: true })
    const changes = (show.json?.changes as { entityId: string; field: string; after: unknown }[]).map((c) => `${c.entityId} ${c.field}=${String(c.after)}`)
    expect(changes).toEqual(expect.arrayContaining([`${a.id} trackingNumber=TRK-A-1`, `${a.id} fulfillmentStatus=SHIPPED`, `${b.id} trackingNumber=TRK-B-2`, `${b.id} fulfillmentStatus=SHIPPED`]))
    const push = await f.cli(['session', 'push', 'tracking', '--poll-ms', '20'], { token: true })
    expect(push.json, push.stderr).toMatchObject({ failed: 0, conflicts: 0 })
    const after = serverOrders()
    expect(after.find((o) => o.id === a.id)).toMatchObject({ trackingNumber: 'TRK-A-1', fulfillmentStatus: 'SHIPPED' })
    expect(after.find((o) => o.id === b.id)).toMatchObject({ trackingNumber: 'TRK-B-2', fulfillmentStatus: 'SHIPPED' })
  })

  it('a mapping file picks the preset and maps odd headers', async () => {
    const order = serverOrders().find((o) => o.fulfillmentStatus === 'AWAITING_PROCESSING') as Order
    f.write('odd.csv', `Ref,Parcel code\n${order.orderNumber},ZX-9\n`)
    f.write('map.json', JSON.stringify({ format: 'tracking', columns: { Ref: 'orderNumber', 'Parcel code': 'trackingNumber' } }))
    const imp = await f.cli(['import', 'orders', f.file('odd.csv'), '--session', 'odd', '--mapping', f.file('map.json')])
    expect(imp.json).toMatchObject({ rows: 1, valid: 1, changes: 2, errors: [] })
  })
})

describe('invalid rows', () => {
  it('exit 4 with { row, column, message } errors and nothing staged; --valid-only stages the rest', async () => {
    await f.cli(['export', 'products', '--out', f.file('p.csv')])
    const lines = f.read('p.csv').replace(/^\uFEFF/, '').split('\r\n')
    const header = lines[0]!.split(',')
    const priceAt = header.indexOf('Price')
    const setPrice = (line: string, v: string): string => line.split(',').map((c, i) => (i === priceAt ? v : c)).join(',')
    // Only simple lines (no quoted cells) are edited, so a plain split is safe here.
    const simple = lines.map((l, i) => ({ l, i })).filter(({ l, i }) => i > 0 && l !== '' && !l.includes('"')).slice(0, 2)
    expect(simple).toHaveLength(2)
    lines[simple[0]!.i] = setPrice(simple[0]!.l, 'abc')
    lines[simple[1]!.i] = setPrice(simple[1]!.l, '5.55')
    f.write('bad.csv', lines.join('\r\n'))
    const r = await f.cli(['import', 'products', f.file('bad.csv'), '--session', 'bad'])
    expect(r.code).toBe(4)
    expect(r.json).toMatchObject({ invalid: 1, changes: 0, errors: [{ row: simple[0]!.i + 1, column: 'Price' }] })
    expect(Object.keys(r.json ?? {}).sort()).toEqual(['changes', 'errors', 'invalid', 'rows', 'valid'])
    expect(String((r.json?.errors as { message: string }[])[0]?.message)).toMatch(/abc|number/i)
    const list = await f.cli(['session', 'list'], { token: true })
    expect(JSON.stringify(list.json)).not.toContain('"bad"')

    const partial = await f.cli(['import', 'products', f.file('bad.csv'), '--session', 'bad', '--valid-only'])
    expect(partial.code).toBe(4)
    expect(partial.json).toMatchObject({ invalid: 1, changes: 1, session: 'bad' })
  })

  it('a binary file and an unknown resource are reported, not crashed on', async () => {
    f.write('bin.csv', '\u0000\u0001\u0002PK\u0003\u0004')
    const bin = await f.cli(['import', 'products', f.file('bin.csv'), '--session', 'bin'])
    expect(bin.code).toBe(4)
    expect(bin.json).toMatchObject({ rows: 0, errors: [{ row: null }] })
    expect((await f.cli(['import', 'widgets', f.file('bin.csv'), '--session', 'x'])).code).toBe(2)
    expect((await f.cli(['export', 'coupons', '--out', f.file('x.csv'), '--format', 'ecwid'])).code).toBe(2)
  })
})
