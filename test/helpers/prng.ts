// A seeded random function for tests (fuzzing, simulated latencies): the sandbox's mulberry32, so
// there is one implementation of it in the repo.
import { Prng } from '../../src/main/sandbox/prng'

export function seededRandom(seed: number): () => number {
  const p = new Prng(seed)
  return () => p.next()
}
