// Typed values: parsing pasted/typed text per column type, display and clipboard text, sort clicks,
// and the sanitized HTML preview / https-only image rule.
import { describe, expect, it } from 'vitest'
import { htmlPreview, safeImageUrl } from '../../../src/renderer/src/components/grid/html-preview'
import { nextSort } from '../../../src/renderer/src/components/grid/sort'
import type { ColumnType, GridColumn } from '../../../src/renderer/src/components/grid/types'
import { clipboardText, displayText, emptyValue, parseDate, parseInput, parseNumber, sameValue } from '../../../src/renderer/src/components/grid/values'

const col = (type: ColumnType, extra: Partial<GridColumn<unknown>> = {}): GridColumn<unknown> => ({ key: 'k', title: 'K', width: 80, type, value: () => null, ...extra })
const status = col('enum', { options: [{ value: 'draft', label: 'Draft' }, { value: 'active', label: 'Active' }] })

describe('parseNumber', () => {
  it.each([
    ['1234.5', 1234.5],
    ['1,234.50', 1234.5],
    ['1.234,50', 1234.5],
    ['1 234,5', 1234.5],
    ['1,234', 1234],
    ['1,5', 1.5],
    ['1.234.567', 1234567],
    ['$12.99', 12.99],
    ['12,99 €', 12.99],
    ['-$3', -3],
    ['(12.00)', -12],
    ['+7', 7]
  ])('%s -> %d', (text, n) => expect(parseNumber(text)).toBe(n))

  it.each(['abc', '1.2.3,4,5', '', '--', '12abc34'])('%s is not a number', (text) => expect(parseNumber(text)).toBeNaN())
})

describe('parseInput', () => {
  it('parses numbers, keeping unparseable text as the raw string for the session to reject', () => {
    expect(parseInput(col('money'), ' 12.50 ')).toBe(12.5)
    expect(parseInput(col('money'), '')).toBeNull()
    expect(parseInput(col('number'), 'lots')).toBe('lots')
    expect(parseInput(col('integer'), '3')).toBe(3)
    expect(parseInput(col('integer'), '3.5')).toBe('3.5')
  })

  it('parses booleans the way spreadsheets write them', () => {
    for (const t of ['TRUE', 'yes', '1', '✓']) expect(parseInput(col('boolean'), t)).toBe(true)
    for (const t of ['FALSE', 'No', '0', '']) expect(parseInput(col('boolean'), t)).toBe(false)
    expect(parseInput(col('boolean'), 'maybe')).toBe('maybe')
  })

  it('matches enum values or labels case-insensitively', () => {
    expect(parseInput(status, 'Active')).toBe('active')
    expect(parseInput(status, 'DRAFT')).toBe('draft')
    expect(parseInput(status, 'gone')).toBe('gone')
  })

  it('normalises dates to YYYY-MM-DD and refuses day/month guesses', () => {
    expect(parseDate('2024-03-04T10:00:00Z')).toBe('2024-03-04')
    expect(parseDate('March 4, 2024')).toBe('2024-03-04')
    expect(parseDate('3/4/2024')).toBeNull()
    expect(parseInput(col('date'), '3/4/2024')).toBe('3/4/2024')
  })

  it('keeps text exactly (spaces included)', () => {
    expect(parseInput(col('text'), '  a  ')).toBe('  a  ')
  })
})

describe('display and clipboard text', () => {
  it('uses the caller format for display but raw values for the clipboard', () => {
    const money = col('money', { format: (v) => `$${Number(v).toFixed(2)}` })
    expect(displayText(money, 3)).toBe('$3.00')
    expect(clipboardText(money, 3)).toBe('3')
    expect(clipboardText(col('boolean'), true)).toBe('TRUE')
    expect(displayText(status, 'active')).toBe('Active')
    expect(clipboardText(status, 'active')).toBe('Active')
    expect(clipboardText(col('text'), null)).toBe('')
  })

  it('Delete writes empty text for text columns and null elsewhere; null equals empty text', () => {
    expect(emptyValue(col('text'))).toBe('')
    expect(emptyValue(col('money'))).toBeNull()
    expect(sameValue(null, '')).toBe(true)
    expect(sameValue(0, null)).toBe(false)
  })
})

describe('nextSort', () => {
  it('cycles a single column asc -> desc -> none', () => {
    expect(nextSort([], 'a', false)).toEqual([{ key: 'a', dir: 'asc' }])
    expect(nextSort([{ key: 'a', dir: 'asc' }], 'a', false)).toEqual([{ key: 'a', dir: 'desc' }])
    expect(nextSort([{ key: 'a', dir: 'desc' }], 'a', false)).toEqual([])
    expect(nextSort([{ key: 'a', dir: 'asc' }], 'b', false)).toEqual([{ key: 'b', dir: 'asc' }])
  })

  it('shift-click adds, flips in place and removes within a multi-sort', () => {
    const two = nextSort([{ key: 'a', dir: 'asc' }], 'b', true)
    expect(two).toEqual([{ key: 'a', dir: 'asc' }, { key: 'b', dir: 'asc' }])
    expect(nextSort(two, 'a', true)).toEqual([{ key: 'a', dir: 'desc' }, { key: 'b', dir: 'asc' }])
    expect(nextSort([{ key: 'a', dir: 'desc' }, { key: 'b', dir: 'asc' }], 'a', true)).toEqual([{ key: 'b', dir: 'asc' }])
  })
})

describe('htmlPreview and images', () => {
  it('shows sanitized text, with block breaks as spaces and no script content', () => {
    const html = '<p>Hand<b>made</b> mug</p><p>Second&nbsp;para</p><script>alert(1)</script><img src=x onerror=alert(2)>'
    expect(htmlPreview(html)).toBe('Handmade mug Second\u00a0para'.replace(/\s/g, ' ').replace(/ +/g, ' '))
    expect(htmlPreview(html)).not.toMatch(/alert|<|script/)
  })

  it('cuts long previews', () => {
    expect(htmlPreview(`<p>${'x'.repeat(50)}</p>`, 10)).toBe(`${'x'.repeat(9)}…`)
  })

  it('only allows https image URLs', () => {
    expect(safeImageUrl('https://cdn.example.com/a.jpg')).toBe('https://cdn.example.com/a.jpg')
    expect(safeImageUrl('http://cdn.example.com/a.jpg')).toBeNull()
    expect(safeImageUrl('javascript:alert(1)')).toBeNull()
    expect(safeImageUrl('data:image/png;base64,AAAA')).toBeNull()
    expect(safeImageUrl(42)).toBeNull()
  })
})

describe('htmlPreviewSoon', () => {
  it('answers from the cache or queues the work and signals when the preview is ready', async () => {
    const { htmlPreviewSoon } = await import('../../../src/renderer/src/components/grid/html-preview')
    const { effect } = await import('vue')
    const html = '<p>Later <em>please</em></p>'
    const seen: string[] = []
    effect(() => {
      seen.push(htmlPreviewSoon(html))
    })
    expect(seen).toEqual([''])
    await new Promise((r) => setTimeout(r, 150))
    expect(seen).toEqual(['', 'Later please'])
    expect(htmlPreviewSoon(html)).toBe('Later please')
  })
})
