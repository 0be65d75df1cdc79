// DOM measurements for the grid's header tools: the width a column's painted content needs (header
// double-click "fit") and the tooltip a clipped cell gets. Only painted rows are measured, as in
// spreadsheets that fit to what is on screen.

/** Text width of an element's contents, unclipped (a Range measures layout, not the visible box). */
function contentWidth(el: Element): number {
  const range = document.createRange()
  range.selectNodeContents(el)
  return range.getBoundingClientRect().width
}

/** Widths the painted cells of column `col` and its header need, padding included. */
export function measureColumn(root: HTMLElement, col: number, headerKey: string): number[] {
  const out: number[] = []
  // 8px padding each side and the 1px border, as grid.css gives cells.
  for (const cell of root.querySelectorAll(`.dg-row [data-col="${col}"]`)) out.push(contentWidth(cell) + 17)
  const title = root.querySelector(`.dg-head[data-key="${CSS.escape(headerKey)}"] .dg-head-title`)
  // Room for the sort arrow and the resize handle beside the title.
  if (title) out.push(contentWidth(title) + 36)
  return out
}

/** The full text as a tooltip when the cell clips it; a validation message keeps priority. */
export function clippedTitle(cell: { scrollWidth: number; clientWidth: number; textContent: string | null }, error: string | undefined): string | undefined {
  if (error) return error
  const text = (cell.textContent ?? '').trim()
  return text !== '' && cell.scrollWidth > cell.clientWidth + 1 ? text : undefined
}

/** Hover handler: a clipped cell gets its full text as title, measured only when hovered. */
export function showClippedTitle(e: MouseEvent): void {
  const cell = e.target instanceof Element ? e.target.closest<HTMLElement>('.dg-cell') : null
  // An invalid cell's title is its validation message, bound by GridRow.
  if (!cell || cell.classList.contains('dg-invalid')) return
  const title = clippedTitle(cell, undefined)
  if (title) cell.title = title
  else cell.removeAttribute('title')
}
