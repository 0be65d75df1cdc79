// In-page timing for the grid bench: "painted" means the DOM shows the new rows and one more frame
// has started (so the previous frame, the one that showed them, was presented).
import type { SyntheticSource } from '../fixtures/synthetic'

const frame = (): Promise<number> => new Promise((r) => requestAnimationFrame(r))

const grid = (): HTMLElement => document.querySelector<HTMLElement>('[role="grid"]')!
const firstKey = (): string | null => grid().querySelector('.dg-row[data-row="0"]')?.getAttribute('data-key') ?? null
const loading = (): boolean => grid().querySelector('.dg-loading') !== null

async function until(ok: () => boolean, timeoutMs = 10_000): Promise<number> {
  const start = performance.now()
  for (;;) {
    await frame()
    if (ok()) {
      await frame()
      return performance.now()
    }
    if (performance.now() - start > timeoutMs) throw new Error('timed out waiting for the grid to repaint')
  }
}

export interface ScrollResult {
  frames: number
  seconds: number
  fps: number
  worstFrameMs: number
  p95FrameMs: number
  framesWithPlaceholders: number
  reachedBottom: boolean
}

export function createBenchApi(source: SyntheticSource, mountStart: number) {
  const firstPaint = until(() => firstKey() !== null && !loading()).then((t) => ({ fromNavigationMs: t, fromMountMs: t - mountStart }))

  async function sortBy(key: string): Promise<number> {
    await until(() => !loading())
    const head = grid().querySelector<HTMLElement>(`[role="columnheader"][data-key="${key}"]`)!
    const t0 = performance.now()
    head.click()
    // The click starts the query synchronously (sort-change -> source.query), so idle means answered.
    return (await until(() => source.idle() && !loading() && firstKey() !== null)) - t0
  }

  async function filterBy(text: string): Promise<{ ms: number; total: number }> {
    await until(() => !loading())
    const before = source.total
    const input = document.querySelector<HTMLInputElement>('[data-testid="filter"]')!
    const t0 = performance.now()
    input.value = text
    input.dispatchEvent(new Event('input'))
    const t1 = await until(() => source.idle() && source.total !== before && !loading() && (source.total === 0 || firstKey() !== null))
    return { ms: t1 - t0, total: source.total }
  }

  /**
   * Scrolls from the top over `seconds`, to the bottom or through `rows` rows, positioned by elapsed
   * time so slow frames don't stretch the run.
   */
  async function scroll(seconds: number, rows?: number): Promise<ScrollResult> {
    const el = grid()
    el.scrollTop = 0
    await until(() => !loading())
    const bottom = el.scrollHeight - el.clientHeight
    const rowHeight = grid().querySelector<HTMLElement>('.dg-row')?.offsetHeight ?? 30
    const max = rows === undefined ? bottom : Math.min(bottom, rows * rowHeight)
    const gaps: number[] = []
    let placeholders = 0
    const t0 = await frame()
    let prev = t0
    let now = t0
    while (now - t0 < seconds * 1000) {
      el.scrollTop = Math.min(max, ((now - t0) / (seconds * 1000)) * max)
      now = await frame()
      gaps.push(now - prev)
      prev = now
      if (loading()) placeholders++
    }
    el.scrollTop = max
    await until(() => !loading())
    const sorted = [...gaps].sort((a, b) => a - b)
    const elapsed = (now - t0) / 1000
    return {
      frames: gaps.length,
      seconds: elapsed,
      fps: gaps.length / elapsed,
      worstFrameMs: sorted[sorted.length - 1] ?? 0,
      p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
      framesWithPlaceholders: placeholders,
      reachedBottom: rows !== undefined || grid().querySelector(`.dg-row[data-row="${source.total - 1}"]`) !== null
    }
  }

  /** Thumbnails wait while scrolling: how many are shown once the grid is at rest. */
  async function thumbnailsAtRest(): Promise<{ images: number; waiting: number }> {
    await new Promise((r) => setTimeout(r, 400))
    await frame()
    return { images: grid().querySelectorAll('img.dg-thumb').length, waiting: grid().querySelectorAll('.dg-thumb-wait').length }
  }

  return { firstPaint: () => firstPaint, sortBy, filterBy, scroll, thumbnailsAtRest, total: () => source.total }
}
