// The grid's remembered layout as reactive state: order, frozen count and widths, loaded per layout
// key and saved on every change the user makes (drag, resize, fit, freeze).
import { computed, ref, watch } from 'vue'
import { clampFrozen, loadLayout, moveKey, orderKeys, saveLayout, type GridLayout } from './layout'

export function useGridLayout(layoutKey: () => string | undefined) {
  const layout = ref<GridLayout>(loadLayout(layoutKey()))
  watch(layoutKey, (k) => (layout.value = loadLayout(k)))

  function update(patch: Partial<GridLayout>): void {
    layout.value = { ...layout.value, ...patch }
    saveLayout(layoutKey(), layout.value)
  }

  return {
    layout,
    /** Shown column keys in the user's order. */
    order: (keys: readonly string[]) => orderKeys(keys, layout.value.order),
    frozenOf: (columns: number) => clampFrozen(layout.value.frozen, columns),
    move: (keys: readonly string[], key: string, target: string) => update({ order: moveKey(keys, key, target) }),
    setFrozen: (n: number) => update({ frozen: Math.max(0, n) }),
    setWidth: (key: string, width: number) => update({ widths: { ...layout.value.widths, [key]: width } }),
    widths: computed(() => layout.value.widths)
  }
}
