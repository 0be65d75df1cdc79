// Bench page entry: builds the synthetic "main process" data first (that work is not the renderer's),
// then mounts the grid and exposes window.__bench for bench/grid.ts to drive and time.
import { createApp, h } from 'vue'
import DOMPurify from 'dompurify'
import { htmlPreview } from '../../../../src/renderer/src/components/grid/html-preview'
import type { CellEdit } from '../../../../src/renderer/src/components/grid/types'
import { createSyntheticSource, makeRows } from '../fixtures/synthetic'
import BenchApp from './BenchApp.vue'
import { createBenchApi } from './measure'
import '../../../../src/renderer/src/styles.css'

const params = new URLSearchParams(location.search)
const rows = makeRows(Number(params.get('rows') ?? 100_000))
// ~1 ms per window: the order of an IPC round trip answered from SQLite.
const source = createSyntheticSource(rows, { latencyMs: Number(params.get('latency') ?? 1), pageSize: 200 })
const edits: CellEdit[][] = []

const mountStart = performance.now()
// ?cols=name,sku,price shows a subset: to see what a column type costs while scrolling.
const visibleColumns = params.get('cols')?.split(',') ?? null
createApp({ render: () => h(BenchApp, { source, visibleColumns, onEdits: (e: CellEdit[]) => edits.push(e) }) }).mount('#app')

const api = createBenchApi(source, mountStart)
Object.assign(window, {
  __bench: {
    ...api,
    edits: () => edits,
    /** Microseconds per distinct description preview (cache misses, the scroll-time cost). */
    htmlPreviewMicros: (n = 2000) => {
      const t0 = performance.now()
      for (let i = 0; i < n; i++) htmlPreview(`<p>Bench <b>item</b> ${i}-${Math.random()}</p><ul><li>one</li><li>two</li></ul>`)
      return ((performance.now() - t0) * 1000) / n
    },
    sanitizer: () => ({
      preview: htmlPreview('<p>Hi <b>there</b></p><script>alert(1)</script><img src=x onerror=alert(2)>'),
      purified: DOMPurify.sanitize('<p>Hi</p><script>alert(1)</script><img src=x onerror=alert(2)>')
    })
  }
})
