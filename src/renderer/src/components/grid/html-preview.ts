// HTML cells (product descriptions) as a one-line plain-text preview: parsed by DOMPurify into an
// inert fragment and read back as text, so markup from the store never reaches the DOM as HTML.
import DOMPurify from 'dompurify'
import { ref } from 'vue'

const BLOCK = /^(P|DIV|BR|LI|UL|OL|TR|TD|TH|H[1-6]|BLOCKQUOTE|SECTION|ARTICLE|TABLE|PRE|HR)$/
// Never shown as text even if a sanitizer pass left them (happy-dom's DOM, for one, defeats DOMPurify).
const HIDDEN = /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|IFRAME|OBJECT|SVG|MATH|TITLE|HEAD)$/i
/** A preview needs the first few hundred characters of text: parsing more only costs time. */
const MAX_INPUT = 8192
const MAX_CACHE = 2000
const cache = new Map<string, string>()

// An instance of our own with a fixed config: sanitize() then skips re-parsing its options on every
// call, and setConfig here cannot leak into other DOMPurify users.
let purifier: ReturnType<typeof DOMPurify> | null = null
function purify(html: string): DocumentFragment {
  if (!purifier) {
    purifier = DOMPurify(window)
    purifier.setConfig({ RETURN_DOM_FRAGMENT: true })
  }
  return purifier.sanitize(html, { RETURN_DOM_FRAGMENT: true })
}

/** Sanitized text of an HTML value, whitespace collapsed, cut at `max` characters. */
export function htmlPreview(html: string, max = 300): string {
  const hit = cache.get(html)
  if (hit !== undefined) return hit
  const parts: string[] = []
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '')
      else if (child.nodeType === 1 && !HIDDEN.test((child as Element).tagName)) {
        const block = BLOCK.test((child as Element).tagName)
        if (block) parts.push(' ')
        walk(child)
        if (block) parts.push(' ')
      }
    }
  }
  walk(purify(html.length > MAX_INPUT ? html.slice(0, MAX_INPUT) : html))
  let text = parts.join('').replace(/\s+/g, ' ').trim()
  if (text.length > max) text = `${text.slice(0, max - 1)}…`
  if (cache.size >= MAX_CACHE) cache.delete(cache.keys().next().value as string)
  cache.set(html, text)
  return text
}

// Sanitizing costs ~0.1 ms per short description and more for long ones: done for ~30 new rows in
// every frame of a fast scroll, that is the whole frame budget. So cells ask for previews here, get
// the cached text or '' at once, and a background pass fills the cache and bumps `ready`.
const ready = ref(0)
const queue = new Set<string>()
let scheduled = false
const BUDGET_MS = 6
/** During a fast scroll, at most one budgeted pass per 100 ms: most queued rows are gone by then. */
const MIN_GAP_MS = 100
const MAX_QUEUE = 400
let lastDrain = -Infinity

function drain(): void {
  scheduled = false
  const start = performance.now()
  lastDrain = start
  // Newest first: those are the rows on screen now; older requests may have scrolled away.
  const items = [...queue].reverse()
  let done = 0
  for (const html of items) {
    queue.delete(html)
    htmlPreview(html)
    done++
    if (performance.now() - start > BUDGET_MS) break
  }
  if (done > 0) ready.value++
  if (queue.size > 0) schedule()
}

function schedule(): void {
  if (scheduled) return
  scheduled = true
  setTimeout(drain, Math.max(0, lastDrain + MIN_GAP_MS - performance.now()))
}

/** The preview if ready; otherwise '' now and a re-render (via the `ready` ref) once it is. */
export function htmlPreviewSoon(html: string): string {
  const hit = cache.get(html)
  if (hit !== undefined) return hit
  void ready.value
  queue.delete(html)
  queue.add(html)
  if (queue.size > MAX_QUEUE) queue.delete(queue.values().next().value as string)
  schedule()
  return ''
}

/** Images load only over https (the CSP allows img-src https:); anything else shows no thumbnail. */
export function safeImageUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null
  try {
    const u = new URL(url)
    return u.protocol === 'https:' ? u.href : null
  } catch {
    return null
  }
}
