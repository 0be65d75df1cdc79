/// <reference lib="dom" />
// Issue 18 §3 "Also:" in a real Chromium at 1280×800: one button style (no browser-grey buttons on any
// screen, light or dark), a neutral placeholder that says why instead of broken-image icons, the
// bulk-edit backdrop over the sidebar and the details panel too, and CJK fallbacks in the font stack.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { e2eAvailable, startHarness, type Harness } from './harness'
import { openDemoSynced } from './grid-locators'
import { SCHEMES, SCREENS } from './screen-tour'

describe.skipIf(!e2eAvailable())('visual finish (Chromium, 1280×800)', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness()
    h.page.setDefaultTimeout(15_000)
    // Thumbnails fail as they do offline or when an address stops serving: deterministically here.
    await h.page.route(/\.(jpe?g|png|webp|gif)(\?.*)?$/, (route) => route.abort('internetdisconnected'))
    await openDemoSynced(h)
  })
  afterAll(async () => {
    await h?.close()
  })

  it('every visible button on every screen has the app style, not the browser default, in light and dark', async () => {
    const { page } = h
    const plain: string[] = []
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme })
      for (const screen of SCREENS) {
        await screen.open(page)
        const found = await page.evaluate(() => {
          // Chromium's user-agent button: a grey ButtonFace fill (light rgb(239,239,239), dark rgb(107,107,107)) and an outset border.
          const ua = new Set(['rgb(239, 239, 239)', 'rgb(240, 240, 240)', 'rgb(107, 107, 107)'])
          return [...document.querySelectorAll('button')]
            .filter((b) => b.getClientRects().length > 0)
            .filter((b) => {
              const s = getComputedStyle(b)
              return ua.has(s.backgroundColor) || s.borderTopStyle === 'outset'
            })
            .map((b) => (b.textContent ?? '').trim().slice(0, 30) || b.getAttribute('data-testid') || b.className)
        })
        plain.push(...found.map((f) => `${scheme} ${screen.name}: ${f}`))
      }
    }
    expect(plain).toEqual([])
  }, 120_000)

  it('on every screen, each control Tab reaches shows a visible focus ring (dark, where rings were faint)', async () => {
    const { page } = h
    await page.emulateMedia({ colorScheme: 'dark' })
    const problems: string[] = []
    for (const screen of SCREENS) {
      await screen.open(page)
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      const reached = new Set<string>()
      // Tab starts after the last clicked control; past the end focus leaves the page once, then wraps.
      let leftPage = 0
      for (let i = 0; i < 250; i++) {
        await page.keyboard.press('Tab')
        const f = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null
          if (!el || el === document.body) return null
          if (!el.dataset.a11yId) el.dataset.a11yId = String(Math.random())
          const s = getComputedStyle(el)
          const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) || s.boxShadow !== 'none'
          return { id: el.dataset.a11yId, ring, name: el.getAttribute('data-testid') ?? el.tagName.toLowerCase() + ' ' + (el.textContent ?? '').trim().slice(0, 20) }
        })
        if (!f && ++leftPage < 3) continue
        if (!f || reached.has(f.id)) break
        reached.add(f.id)
        if (!f.ring) problems.push(`${screen.name}: no focus ring on ${f.name}`)
      }
    }
    expect(problems).toEqual([])
  }, 180_000)

  it('a thumbnail that cannot load shows a neutral placeholder with the reason on hover', async () => {
    const { page } = h
    await page.emulateMedia({ colorScheme: 'light' })
    await page.getByTestId('nav-products').click()
    const placeholder = page.locator('.gv-grid .dg-thumb-failed').first()
    await placeholder.waitFor()
    expect(await placeholder.getAttribute('title')).toMatch(/^No thumbnail: the image at d2j6dbq0eux0bg\.cloudfront\.net could not be loaded/)
    expect(await placeholder.getAttribute('aria-label')).toBe(await placeholder.getAttribute('title'))
    // No broken <img> left painted in the grid.
    await expect.poll(() => page.locator('.gv-grid img.dg-thumb').evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth === 0).length)).toBe(0)
  })

  it('the bulk-edit backdrop covers the sidebar and the details panel', async () => {
    const { page } = h
    await page.locator('.gv-grid [role=grid] [data-row="0"] [data-col="1"]').click()
    const panel = page.getByTestId('detail-panel')
    await panel.waitFor()
    const side = await page.getByTestId('sidebar').boundingBox()
    const aside = await panel.boundingBox()
    await page.getByTestId('bulk-edit').click()
    await page.getByTestId('bulk-dialog').waitFor()
    // The top layer's ::backdrop takes the hit over everything outside the dialog: the dialog element is hit.
    const hits = await page.evaluate(
      ([a, b]) => [a, b].map((p) => document.elementFromPoint(p.x, p.y)?.getAttribute('data-testid') ?? null),
      [{ x: (side?.x ?? 0) + 20, y: (side?.y ?? 0) + 200 }, { x: (aside?.x ?? 0) + 40, y: (aside?.y ?? 0) + 300 }] as const
    )
    expect(hits).toEqual(['bulk-dialog', 'bulk-dialog'])
    const dim = await page.getByTestId('bulk-dialog').evaluate((d) => getComputedStyle(d, '::backdrop').backgroundColor)
    expect(dim).toMatch(/^rgba\(0, 0, 0, 0\.[3-9]\d*\)$/)
    await page.keyboard.press('Escape')
  })

  it('names CJK fallbacks in the font stack, and Chromium has a face for CJK text', async () => {
    const { page } = h
    const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily)
    expect(family).toContain('Noto Sans CJK SC')
    expect(await page.evaluate(async () => (await document.fonts.load('14px "Noto Sans CJK SC"', '東京')).length > 0 || document.fonts.check('14px "Noto Sans CJK SC"', '東京'))).toBe(true)
  })
})
