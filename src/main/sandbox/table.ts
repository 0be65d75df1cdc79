// A lazily generated, mutable entity table: seed items are rebuilt on demand from their index, and
// only changed/created items are kept in memory, so 100k products + 500k orders stay cheap.

/** How a table's seed items are produced. meta(i) must agree with metaOf(build(i)). */
export interface TableSource<T, M> {
  baseCount: number
  /** Small per-item record used for filtering and sorting without building the full item. */
  meta(index: number): M
  build(index: number): T
  metaOf(item: T): M
}

export class Table<T, M> {
  private readonly metas: M[] = []
  private readonly overlay = new Map<number, T>()
  private deleted = new Uint8Array(0)
  private deletedCount = 0
  private liveCache: number[] | undefined
  /** Bumped on every change, for callers that cache derived data. */
  version = 0

  constructor(private readonly source: TableSource<T, M>) {
    // Metas are computed up front: filters then never need the full items.
    for (let i = 0; i < source.baseCount; i++) this.metas.push(source.meta(i))
    this.deleted = new Uint8Array(Math.max(16, source.baseCount))
  }

  /** Highest index + 1, deleted slots included. */
  get size(): number {
    return this.metas.length
  }

  get liveCount(): number {
    return this.metas.length - this.deletedCount
  }

  isLive(index: number): boolean {
    return index >= 0 && index < this.metas.length && this.deleted[index] !== 1
  }

  /** A fresh copy of the item: callers mutate it and put() it back. */
  get(index: number): T | undefined {
    if (!this.isLive(index)) return undefined
    const o = this.overlay.get(index)
    return o !== undefined ? structuredClone(o) : this.source.build(index)
  }

  meta(index: number): M | undefined {
    return this.isLive(index) ? this.metas[index] : undefined
  }

  put(index: number, item: T): void {
    if (!this.isLive(index)) throw new Error(`no live item at ${index}`)
    this.overlay.set(index, structuredClone(item))
    this.metas[index] = this.source.metaOf(item)
    this.version++
  }

  /** Appends a new item; `make` receives the index it will live at (ids derive from it). */
  append(make: (index: number) => T): T {
    const index = this.metas.length
    const item = make(index)
    this.metas.push(this.source.metaOf(item))
    this.overlay.set(index, structuredClone(item))
    if (index >= this.deleted.length) {
      const grown = new Uint8Array(this.deleted.length * 2)
      grown.set(this.deleted)
      this.deleted = grown
    }
    this.liveCache = undefined
    this.version++
    return item
  }

  remove(index: number): boolean {
    if (!this.isLive(index)) return false
    this.deleted[index] = 1
    this.deletedCount++
    this.overlay.delete(index)
    this.liveCache = undefined
    this.version++
    return true
  }

  /** Live indices whose meta passes `keep`, in index order. */
  select(keep?: (meta: M, index: number) => boolean): number[] {
    if (keep === undefined) {
      // Unfiltered listing is the hot path of a full sync: keep the live list between calls.
      this.liveCache ??= this.select(() => true)
      return this.liveCache.slice()
    }
    const out: number[] = []
    const metas = this.metas
    for (let i = 0; i < metas.length; i++) {
      if (this.deleted[i] === 1) continue
      if (keep(metas[i] as M, i)) out.push(i)
    }
    return out
  }

  /** Number of items that were changed or created since seeding (kept in memory). */
  get overlaySize(): number {
    return this.overlay.size
  }
}
