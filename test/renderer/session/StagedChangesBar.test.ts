// The staged-changes bar grid views embed, and the session text helpers: the active session's counts
// with Review / Push links, the empty state, and hostile names shown as text.
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defineComponent } from 'vue'
import type { SessionSummary, StagedChange } from '@shared/model/session'
import { setBridge, type StockroomBridge } from '../../../src/renderer/src/api'
import { StagedChangesBar } from '../../../src/renderer/src/components/session'
import { useSessionsStore } from '../../../src/renderer/src/stores/sessions'
import { afterText, beforeText, formatValue, sessionStatusText } from '../../../src/renderer/src/format/session-text'

const HOSTILE = '<img src=x onerror=alert(1)>Sale'

function summary(patch: Partial<SessionSummary> = {}): SessionSummary {
  const counts = { staged: 312, pending: 0, sent: 0, applied: 0, failed: 0, conflict: 2, skipped: 0 }
  return { id: 's1', storeId: 7, name: HOSTILE, status: 'draft', active: true, createdAt: 0, updatedAt: 0, revertOf: null, pushedAt: null, changeCount: 314, entityCount: 300, counts, canUndo: true, canRedo: false, ...patch }
}

function bridge(active: SessionSummary | null): StockroomBridge {
  return {
    getActiveSession: async () => ({ ok: true, value: active }),
    on: () => () => undefined
  } as unknown as StockroomBridge
}

async function mountBar(storeId: number | null) {
  const Blank = defineComponent({ template: '<div />' })
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: Blank }, { path: '/sessions', name: 'sessions', component: Blank }] })
  const w = mount(StagedChangesBar, { props: { storeId }, global: { plugins: [router] } })
  await flushPromises()
  return w
}

beforeEach(() => setActivePinia(createPinia()))

describe('StagedChangesBar', () => {
  it('shows the active session’s staged count and links to review and push', async () => {
    setBridge(bridge(summary()))
    const w = await mountBar(7)
    expect(w.get('[data-testid="staged-bar-count"]').text()).toBe(`312 staged changes in “${HOSTILE}”`)
    expect(w.find('img').exists()).toBe(false)
    expect(w.text()).toContain('2 conflicts')
    expect(w.get('[data-testid="staged-bar-review"]').attributes('href')).toBe('/sessions?tab=review')
    expect(w.get('[data-testid="staged-bar-push"]').attributes('href')).toBe('/sessions?tab=push')
  })

  it('Review and Push open the active session, not the one last looked at on the Sessions screen', async () => {
    setBridge(bridge(summary({ id: 's2' })))
    const w = await mountBar(7)
    const sessions = useSessionsStore()
    sessions.select('s1')
    await w.get('[data-testid="staged-bar-push"]').trigger('click')
    expect(sessions.selectedId).toBe('s2')
    sessions.select('s1')
    await w.get('[data-testid="staged-bar-review"]').trigger('click')
    expect(sessions.selectedId).toBe('s2')
  })

  it('without an active session it points to the Sessions screen; without a store it renders nothing', async () => {
    setBridge(bridge(null))
    const bar = await mountBar(7)
    expect(bar.get('[data-testid="staged-bar-sessions"]').attributes('href')).toBe('/sessions')
    // The first edit creates a session: the bar says what one is instead of "edits need one".
    expect(bar.text()).not.toContain('edits need one')
    expect(bar.get('[data-testid="staged-bar-explain"]').text()).toMatch(/first edit starts a session: a draft of changes you review, then push to Ecwid/)
    expect((await mountBar(null)).find('[data-testid="staged-bar"]').exists()).toBe(false)
  })
})

describe('session text', () => {
  const change = (patch: Partial<StagedChange>): StagedChange => ({ id: 1, resource: 'products', entityId: '1', label: 'x', kind: 'update', field: 'price', before: 10, after: 11, state: 'staged', error: null, ...patch })

  it('names empty values, creates and deletes, and shortens long JSON', () => {
    expect(formatValue(null)).toBe('(empty)')
    expect(formatValue('')).toBe('(empty)')
    expect(formatValue(false)).toBe('false')
    expect(formatValue({ a: 'b'.repeat(400) })).toMatch(/…$/)
    expect(beforeText(change({ kind: 'create', field: '' }))).toBe('(new entry)')
    expect(afterText(change({ kind: 'delete', field: '', after: null }))).toBe('(deleted)')
  })

  it('says draft / pushing / pushed / failed', () => {
    expect(sessionStatusText(summary())).toBe('Draft')
    expect(sessionStatusText(summary({ status: 'applied' }))).toBe('Pushed')
    expect(sessionStatusText(summary({ status: 'partial', counts: { ...summary().counts, failed: 1 } }))).toBe('Failed')
    // 17 of 18 applied is a partial push, not a failure (issue 18 §3.6).
    expect(sessionStatusText(summary({ status: 'partial', counts: { ...summary().counts, applied: 17, failed: 1, conflict: 0 } }))).toBe('Partly pushed')
  })
})
