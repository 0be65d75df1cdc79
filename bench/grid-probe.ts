// The page side of the real-path grid bench, installed with addInitScript before the app's scripts.
// Plain JavaScript in a string: bench/ is type-checked without the DOM library. Marks are
// performance.now() values, i.e. milliseconds since the navigation started, taken in the animation
// frame in which the DOM first met the condition (the paint of that frame follows).
export const PROBE_SCRIPT = String.raw`(() => {
  const marks = {}
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())))
  const grid = () => document.querySelector('.gv-grid [role=grid]')
  const scroller = () => document.querySelector('.gv-grid .dg-scroll')
  const firstRow = () => grid()?.querySelector('.dg-row[data-row="0"]:not(.dg-loading)') ?? null
  const loading = () => (scroller()?.querySelector('.dg-loading') ?? null) !== null
  const watch = { shell: () => document.querySelector('[data-testid="nav-products"]'), firstRows: firstRow }
  const seen = new Set()
  const observer = new MutationObserver(() => {
    for (const [name, test] of Object.entries(watch)) {
      if (seen.has(name) || !test()) continue
      seen.add(name)
      requestAnimationFrame(() => (marks[name] = performance.now()))
    }
    if (seen.size === Object.keys(watch).length) observer.disconnect()
  })
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] })

  async function until(test, timeoutMs = 30000) {
    const t0 = performance.now()
    for (;;) {
      const now = await frame()
      if (test()) return now
      if (now - t0 > timeoutMs) throw new Error('bench: condition not met within ' + timeoutMs + ' ms')
    }
  }
  const colOf = (key) => Number(grid().querySelector('[role=columnheader][data-key="' + key + '"]').getAttribute('aria-colindex')) - 1
  const nameAt0 = () => (firstRow()?.querySelector('[data-col="' + colOf('name') + '"]')?.textContent ?? '').trim()
  const count = () => Number((document.querySelector('[data-testid="products-count"]')?.textContent ?? '').replace(/\D/g, ''))
  /** Runs action, then waits for the grid to show the expected first row, count and sort. */
  async function timed(action, expect) {
    const t0 = performance.now()
    action()
    const done = await until(() => !loading() && nameAt0() === expect.name && (expect.total === undefined || count() === expect.total) && (expect.sortKey === undefined || grid().querySelector('[role=columnheader][data-key="' + expect.sortKey + '"]').getAttribute('aria-sort') === 'ascending'))
    return done - t0
  }
  function type(testId, value) {
    const el = document.querySelector('[data-testid="' + testId + '"]')
    el.value = value
    el.dispatchEvent(new Event('input', { bubbles: true }))
  }

  async function scroll(seconds) {
    const el = scroller()
    el.scrollTop = 0
    await until(() => !loading())
    const max = el.scrollHeight - el.clientHeight
    const gaps = []
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
      frames: gaps.length, seconds: elapsed, fps: gaps.length / elapsed,
      worstFrameMs: sorted[sorted.length - 1] ?? 0, p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
      framesWithPlaceholders: placeholders,
      reachedBottom: grid().querySelector('.dg-row[data-row="' + (count() - 1) + '"]:not(.dg-loading)') !== null
    }
  }

  /** Clicks a button and times it to the frame in which test() first holds; null when there is no such button. */
  async function clickUntil(testId, test, timeoutMs) {
    const button = document.querySelector('[data-testid="' + testId + '"]')
    if (!button) return null
    const t0 = performance.now()
    button.click()
    return (await until(test, timeoutMs)) - t0
  }
  const reviewShown = () => document.querySelector('[data-testid="import-summary"], [data-testid="import-no-changes"], [data-testid="import-fatal"]') !== null
  const previewPainted = () => document.querySelector('[data-testid="import-preview-bar"]') !== null && document.querySelector('.dg-preview') !== null && !loading()

  window.__gb = {
    marks,
    importCheck: () => clickUntil('import-check', reviewShown, 180000),
    openPreview: () => clickUntil('import-open-grid', previewPainted, 60000),
    firstName: nameAt0,
    count,
    sort: (key, expect) => timed(() => grid().querySelector('[role=columnheader][data-key="' + key + '"]').click(), { ...expect, sortKey: key }),
    addFilter(key) {
      const el = document.querySelector('[data-testid="filter-add"]')
      el.value = key
      el.dispatchEvent(new Event('change', { bubbles: true }))
    },
    type: (testId, value, expect) => timed(() => type(testId, value), expect),
    scroll
  }
})()`
