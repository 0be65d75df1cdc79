// Staged changes of the open store's active session, counted per sidebar section, so a merchant sees
// where the unpushed edits are (Products 61, Orders 3) from any screen. Re-read whenever the active
// session's summary changes (every staging step replaces it).
import { computed, ref, watch, type Ref } from 'vue'
import type { SessionResource } from '@shared/model/session'
import { api } from '../../api'
import { useConnectionStore } from '../../stores/connection'
import { useSessionsStore } from '../../stores/sessions'

/** The section (route name) each session resource is edited in. */
const SECTION_OF: Record<SessionResource, string> = {
  products: 'products', variations: 'products', coupons: 'coupons', orders: 'orders', customers: 'customers', profile: 'profile', categories: 'categories'
}

export function sectionCounts(byResource: Partial<Record<SessionResource, number>>): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [resource, n] of Object.entries(byResource) as [SessionResource, number][]) {
    const section = SECTION_OF[resource]
    if (n > 0) out[section] = (out[section] ?? 0) + n
  }
  return out
}

export function useStagedCounts(): { bySection: Ref<Record<string, number>>; total: Ref<number> } {
  const connection = useConnectionStore()
  const sessions = useSessionsStore()
  const bySection = ref<Record<string, number>>({})
  const active = computed(() => (connection.currentId === null ? null : (sessions.activeByStore[connection.currentId] ?? null)))
  let asked = 0

  watch(
    active,
    async (s) => {
      const ask = ++asked
      if (!s || s.counts.staged === 0) {
        bySection.value = {}
        return
      }
      try {
        // byResource counts every change of the session: all staged in a draft; after a push, ask per resource.
        const page = await api.reviewSession(s.storeId, s.id, { state: 'staged', limit: 1 })
        let counts = page.byResource
        if (s.status !== 'draft') {
          const resources = Object.keys(page.byResource) as SessionResource[]
          const totals = await Promise.all(resources.map((resource) => api.reviewSession(s.storeId, s.id, { state: 'staged', resource, limit: 1 })))
          counts = Object.fromEntries(resources.map((r, i) => [r, totals[i]?.total ?? 0]))
        }
        if (ask === asked) bySection.value = sectionCounts(counts)
      } catch {
        // The counts are a hint: the staged bar and the Sessions screen report errors.
        if (ask === asked) bySection.value = {}
      }
    },
    { immediate: true }
  )
  watch(() => connection.currentId, (id) => void (id !== null && sessions.refreshActive(id)), { immediate: true })
  return { bySection, total: computed(() => active.value?.counts.staged ?? 0) }
}
