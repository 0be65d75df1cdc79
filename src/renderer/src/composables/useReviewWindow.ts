// A windowed view over one session's review (diff): pages of changes fetched on demand for the rows
// on screen, so a 10,000-change session never lands in the renderer at once. View state only.
import { ref, watch, type Ref } from 'vue'
import type { ReviewFilter, ReviewPage, StagedChange } from '@shared/model/session'
import { api } from '../api'
import { usePagedWindow } from './usePagedWindow'

/** Changes per request: several screens, well under the 1,000 the engine allows. */
export const REVIEW_PAGE = 200

export type ReviewQuery = Omit<ReviewFilter, 'offset' | 'limit'>

export function useReviewWindow(storeId: Ref<number | null>, sessionId: Ref<string | null>, query: Ref<ReviewQuery>, revision: Ref<number>) {
  const counts = ref<Pick<ReviewPage, 'byResource' | 'byField'>>({ byResource: {}, byField: {} })
  const paged = usePagedWindow<StagedChange, ReviewPage>(
    REVIEW_PAGE,
    (offset, limit) => {
      const store = storeId.value
      const session = sessionId.value
      return store === null || session === null ? null : api.reviewSession(store, session, { ...query.value, offset, limit })
    },
    (r) => (counts.value = { byResource: r.byResource, byField: r.byField })
  )
  watch([storeId, sessionId, query], paged.restart, { immediate: true, deep: true })
  // Same filter, new content (an undo, a discard, a push): keep the scroll height until the answer.
  watch(revision, paged.reload)
  return { ...paged, counts }
}
