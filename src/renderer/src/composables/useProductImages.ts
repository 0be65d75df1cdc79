// A product's image list for the gallery editor: the staged list when there is one, else the
// product's Ecwid images from the local copy; edits stage the whole new list (one undo step each).
// Previews of chosen files live here only: the renderer never reads a file itself.
import { computed, ref, watch, type Ref } from 'vue'
import { IMAGES_FIELD, imageSlotsOf, isImageList, type ImageSlot } from '@shared/model/product-images'
import { api } from '../api'
import { useGridSessionStore } from '../stores/grid-session'
import { errorText } from './useErrorText'

/** fileToken → data: preview, for files chosen in this window. */
const previews = new Map<string, string>()
export const previewOf = (token: string): string | undefined => previews.get(token)

export function useProductImages(storeId: Ref<number | null>, productId: Ref<number | null>) {
  const session = useGridSessionStore()
  const base = ref<ImageSlot[]>([])
  /** Gallery videos: Ecwid's media update would drop them, so such a product's images are not edited here. */
  const videos = ref(0)
  const problem = ref<string | null>(null)
  const busy = ref(false)

  const stagedValue = computed(() => (productId.value === null ? undefined : session.stagedFields('products', productId.value)?.get(IMAGES_FIELD)))
  const staged = computed(() => isImageList(stagedValue.value))
  const slots = computed<ImageSlot[]>(() => (isImageList(stagedValue.value) ? stagedValue.value : base.value))
  /** Why the last change was refused (a bad address), or why the push failed it. */
  const error = computed(() => problem.value ?? (productId.value === null ? undefined : session.errorOf('products', productId.value, IMAGES_FIELD)) ?? null)

  async function load(): Promise<void> {
    const sid = storeId.value
    const pid = productId.value
    base.value = []
    videos.value = 0
    if (sid === null || pid === null) return
    const json = (await api.getEntityJson(sid, 'products', pid)) as { media?: { videos?: unknown[] } } | null
    if (productId.value !== pid) return
    base.value = imageSlotsOf(json as Parameters<typeof imageSlotsOf>[0])
    videos.value = json?.media?.videos?.length ?? 0
  }
  // Reloaded when the product changes and when its staged list goes away (pushed, undone, discarded).
  watch([storeId, productId], () => void load(), { immediate: true })
  watch(staged, (now, before) => {
    if (before && !now) void load()
  })

  async function stage(next: ImageSlot[]): Promise<boolean> {
    const pid = productId.value
    if (pid === null) return false
    problem.value = null
    busy.value = true
    try {
      const r = await session.stage([{ resource: 'products', entityId: pid, field: IMAGES_FIELD, value: next }])
      return r !== null && r.rejected.length === 0
    } finally {
      busy.value = false
    }
  }

  const addUrl = (url: string): Promise<boolean> => stage([...slots.value, { kind: 'url', url: url.trim() }])
  async function addFile(): Promise<boolean> {
    problem.value = null
    try {
      const choice = await api.chooseImageFile()
      if (!choice) return false
      if (choice.preview) previews.set(choice.fileToken, choice.preview)
      return await stage([...slots.value, { kind: 'file', file: choice.fileToken, name: choice.name, size: choice.size }])
    } catch (e) {
      problem.value = errorText(e)
      return false
    }
  }
  function move(from: number, to: number): Promise<boolean> {
    if (to < 0 || to >= slots.value.length || from === to) return Promise.resolve(false)
    const next = [...slots.value]
    const [item] = next.splice(from, 1)
    if (item) next.splice(to, 0, item)
    return stage(next)
  }
  const remove = (index: number): Promise<boolean> => stage(slots.value.filter((_, k) => k !== index))

  return { slots, staged, error, busy, videos, addUrl, addFile, move, remove }
}
