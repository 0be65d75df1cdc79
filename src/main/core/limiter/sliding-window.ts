// Start times of recent requests, to enforce "at most budget starts in any trailing window".
// Pure bookkeeping on numbers handed in by the scheduler: no timers, no electron import, no tokens.

/**
 * A request started at time s counts against every window (t - windowMs, t] that contains s, i.e.
 * until t = s + windowMs. Start times arrive in non-decreasing order (one clock), so the oldest
 * is always at the head and expiry is a cheap prefix drop.
 */
export class SlidingWindow {
  private starts: number[] = []
  private head = 0

  constructor(readonly windowMs: number) {}

  /** Number of starts still inside the window ending at `now`. */
  count(now: number): number {
    this.expire(now)
    return this.starts.length - this.head
  }

  record(at: number): void {
    this.starts.push(at)
  }

  /**
   * When the `rank`-th oldest start still in the window (0 = oldest) leaves it, i.e. the earliest
   * time at which the count drops below count(now) - rank. Undefined if there is no such start.
   */
  expiryOf(rank: number, now: number): number | undefined {
    this.expire(now)
    const at = this.starts[this.head + rank]
    return at === undefined ? undefined : at + this.windowMs
  }

  private expire(now: number): void {
    const cutoff = now - this.windowMs
    while (this.head < this.starts.length && (this.starts[this.head] as number) <= cutoff) this.head++
    // Compact now and then so the array stays about one window long, without shifting on every call.
    if (this.head > 1024 && this.head * 2 > this.starts.length) {
      this.starts = this.starts.slice(this.head)
      this.head = 0
    }
  }
}
