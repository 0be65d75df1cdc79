// Copy, cut and paste of cell ranges through the browser's clipboard events (clipboardData), so it
// works without clipboard permissions and with Electron's Edit menu roles; inputs keep native behaviour.
import { onBeforeUnmount, onMounted, type Ref } from 'vue'

export interface RangeClipboardHandlers {
  /** TSV of the selection, or null to let the event through. */
  copyText(): string | null
  /** Clear the copied cells after a cut. */
  afterCut(): void
  paste(text: string): void
}

/**
 * Listens on the document: with no text selection, Chromium targets clipboard events at <body>,
 * not at a focused non-editable element, so the grid would never see them on its own element.
 */
export function useRangeClipboard(gridEl: Ref<HTMLElement | null>, handlers: RangeClipboardHandlers): void {
  const active = (): boolean => gridEl.value !== null && document.activeElement === gridEl.value

  const onCopy = (e: ClipboardEvent): void => {
    if (!active() || !e.clipboardData) return
    const text = handlers.copyText()
    if (text === null) return
    e.clipboardData.setData('text/plain', text)
    e.preventDefault()
    if (e.type === 'cut') handlers.afterCut()
  }
  const onPaste = (e: ClipboardEvent): void => {
    if (!active() || !e.clipboardData) return
    e.preventDefault()
    handlers.paste(e.clipboardData.getData('text/plain'))
  }

  onMounted(() => {
    document.addEventListener('copy', onCopy)
    document.addEventListener('cut', onCopy)
    document.addEventListener('paste', onPaste)
  })
  onBeforeUnmount(() => {
    document.removeEventListener('copy', onCopy)
    document.removeEventListener('cut', onCopy)
    document.removeEventListener('paste', onPaste)
  })
}
