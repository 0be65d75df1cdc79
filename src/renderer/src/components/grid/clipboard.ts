// Tab-separated clipboard text as Excel, Numbers and Google Sheets write and read it: quoted fields,
// doubled quotes, tabs and newlines inside quotes, CRLF or LF rows. Pure; no clipboard access here.

/**
 * Parses clipboard text into rows of fields. A field is quoted only when it starts with `"`
 * (Excel's rule): `a"b` stays literal. A single trailing line break (Excel always adds one) does not
 * make an extra row. Ragged rows are padded with '' so the result is rectangular.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  const n = text.length
  if (n === 0) return []
  for (;;) {
    let field = ''
    if (text[i] === '"') {
      i++
      for (;;) {
        const q = text.indexOf('"', i)
        if (q < 0) {
          // Unterminated quote: Excel keeps the rest as the field's text.
          field += text.slice(i)
          i = n
          break
        }
        field += text.slice(i, q)
        if (text[q + 1] === '"') {
          field += '"'
          i = q + 2
        } else {
          i = q + 1
          break
        }
      }
      // Text after the closing quote (malformed `"a"b`) is kept literally rather than lost.
      const end = nextDelimiter(text, i)
      field += text.slice(i, end)
      i = end
    } else {
      const end = nextDelimiter(text, i)
      field = text.slice(i, end)
      i = end
    }
    row.push(field)
    if (i >= n) break
    const c = text[i]
    if (c === '\t') {
      i++
      continue
    }
    // Line break: \r\n, \n or a lone \r (old Mac Excel).
    i += c === '\r' && text[i + 1] === '\n' ? 2 : 1
    rows.push(row)
    row = []
    if (i >= n) break
  }
  if (row.length > 0) rows.push(row)
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0)
  for (const r of rows) while (r.length < width) r.push('')
  return rows
}

function nextDelimiter(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i]
    if (c === '\t' || c === '\n' || c === '\r') return i
  }
  return text.length
}

/** Quotes a field when a spreadsheet would otherwise split it or eat its quotes. */
export function quoteField(field: string): string {
  return /[\t\n\r"]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field
}

/** Rows joined with CRLF (what Excel writes; Sheets and Numbers read it too), no trailing break. */
export function serializeTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(quoteField).join('\t')).join('\r\n')
}
