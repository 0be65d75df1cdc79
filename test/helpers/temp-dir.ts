// Temporary directories for tests that touch the file system: one fresh folder per test, removed after.
// Test helper only: no electron import, never points at a real data dir.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'

export interface TempDir {
  path: string
  cleanup(): Promise<void>
}

export async function createTempDir(prefix = 'stockroom-test-'): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), prefix))
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) }
}

/** Registers beforeEach/afterEach hooks; call the returned getter inside a test for that test's dir. */
export function useTempDir(prefix?: string): () => string {
  let current: TempDir | null = null
  beforeEach(async () => {
    current = await createTempDir(prefix)
  })
  afterEach(async () => {
    await current?.cleanup()
    current = null
  })
  return () => {
    if (!current) throw new Error('useTempDir: the directory exists only inside a test')
    return current.path
  }
}
