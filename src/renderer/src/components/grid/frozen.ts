// Frozen columns are sticky at their left offset inside the scrolling grid: no second pane to keep
// in sync, and rows stay one element each (what keeps 100k-row scrolling cheap).
export function frozenStyle(col: number, frozen: number, lefts: readonly number[]): Record<string, string> {
  return col < frozen ? { left: `${lefts[col] ?? 0}px` } : {}
}
