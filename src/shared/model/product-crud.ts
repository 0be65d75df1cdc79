// Shapes of Duplicate and Delete over products (contract: stageDuplicates, previewProductDeletes).

/** What deleting these products removes from the store, for the confirm dialog. */
export interface ProductDeletePreview {
  products: number
  /** Their variations: Ecwid deletes them with the product. */
  variations: number
  /** Their images (main and gallery): Ecwid deletes them with the product. */
  images: number
  /** Up to 5 product names, for the dialog. */
  names: string[]
}

export interface DuplicateResult {
  /** The copies' "new:<uuid>" ids, in the order asked. */
  entityIds: string[]
  /** Variations staged with the copies. */
  variations: number
}

/** Stockroom's guard against a runaway selection, not an Ecwid limit. */
export const MAX_DUPLICATES = 500
