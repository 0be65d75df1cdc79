// README screenshots: every screen of the demo store in light and dark at 1280×800 (details panel
// open on Products and Orders), written to docs/ only when STOCKROOM_SCREENSHOTS=1:
//   npm run build && STOCKROOM_SCREENSHOTS=1 npx vitest run --project e2e test/e2e/screenshots.test.ts
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { e2eAvailable } from './harness'
import { demoHarness, SCHEMES, SCREENS } from './screen-tour'

const DOCS = resolve(__dirname, '../../docs')
const wanted = process.env.STOCKROOM_SCREENSHOTS === '1'

describe.skipIf(!wanted || !e2eAvailable())('README screenshots (Chromium, 1280×800)', () => {
  const harness = demoHarness()

  it('writes docs/screen-<name>-<scheme>.png for every screen', async () => {
    const { page } = harness()
    expect(page.viewportSize()).toEqual({ width: 1280, height: 800 })
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme })
      for (const screen of SCREENS) {
        await screen.open(page)
        // Thumbnails settle (loaded or placeholder) and no hover or caret shows in the shot.
        await page.mouse.move(0, 799)
        await page.waitForTimeout(300)
        await page.screenshot({ path: `${DOCS}/screen-${screen.name}-${scheme}.png`, caret: 'hide', animations: 'disabled' })
      }
    }
  }, 180_000)
})
