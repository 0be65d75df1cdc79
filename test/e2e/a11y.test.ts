/// <reference lib="dom" />
// Issue 18 §3 Accessibility: an axe-core pass on every screen (details panel open where a screen has
// one), in light and dark, with no serious or critical violations: labels for screen readers, contrast
// AA (WCAG 2.1 1.4.3, 4.5:1 for text), names for every control. axe is injected with page.evaluate
// rather than a <script> tag so the app's own CSP (script-src 'self') stays on, as in Electron.
import { describe, expect, it } from 'vitest'
import { axeFindings } from './axe'
import { e2eAvailable } from './harness'
import { demoHarness, SCHEMES, SCREENS } from './screen-tour'

describe.skipIf(!e2eAvailable())('accessibility: axe-core on every screen, light and dark (Chromium, 1280×800)', () => {
  const harness = demoHarness()

  for (const scheme of SCHEMES) {
    it(`${scheme}: no serious or critical violations on any screen`, async () => {
      const { page } = harness()
      await page.emulateMedia({ colorScheme: scheme })
      const serious: string[] = []
      for (const screen of SCREENS) {
        await screen.open(page)
        for (const f of await axeFindings(page)) {
          if (f.impact === 'serious' || f.impact === 'critical') serious.push(`${screen.name}: ${f.id} (${f.impact}) ${f.help} @ ${f.targets.join(' | ')}`)
        }
      }
      expect(serious).toEqual([])
    }, 180_000)
  }
})
