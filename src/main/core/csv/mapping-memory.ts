// File-backed MappingMemory: remembered header mappings per file shape, one small JSON file in the data dir.
// Writes atomically (temp file + rename) so a crash never leaves a half-written store; no electron import.

import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { MappingMemory, SavedMapping } from './mapping'

export const MAPPING_FILE = 'csv-mappings.json'

interface MappingFile {
  version: 1
  shapes: Record<string, { mapping: SavedMapping; savedAt: string }>
}

function isSaved(v: unknown): v is SavedMapping {
  return typeof v === 'object' && v !== null && Object.values(v).every((f) => f === null || typeof f === 'string')
}

async function load(file: string): Promise<MappingFile> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'))
    if (typeof parsed === 'object' && parsed !== null && (parsed as MappingFile).version === 1 && typeof (parsed as MappingFile).shapes === 'object') {
      return parsed as MappingFile
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT' && !(err instanceof SyntaxError)) throw err
  }
  // Missing or unreadable: start empty rather than block an import over a convenience feature.
  return { version: 1, shapes: {} }
}

export function createFileMappingMemory(dataDir: string, now: () => Date = () => new Date()): MappingMemory {
  const file = join(dataDir, MAPPING_FILE)
  let queue: Promise<unknown> = Promise.resolve()
  return {
    async get(shape) {
      const entry = (await load(file)).shapes[shape]
      return entry && isSaved(entry.mapping) ? { ...entry.mapping } : undefined
    },
    set(shape, mapping) {
      // Serialise writes so two quick saves do not race on the temp file.
      const run = queue.then(async () => {
        const data = await load(file)
        data.shapes[shape] = { mapping: { ...mapping }, savedAt: now().toISOString() }
        await mkdir(dirname(file), { recursive: true })
        const tmp = `${file}.${process.pid}.tmp`
        await writeFile(tmp, JSON.stringify(data, null, 2))
        await rename(tmp, file)
      })
      queue = run.catch(() => undefined)
      return run
    }
  }
}

/** In-memory double for tests and the CLI's --demo mode. */
export function createMemoryMappingMemory(): MappingMemory {
  const store = new Map<string, SavedMapping>()
  return {
    get: async (shape) => (store.has(shape) ? { ...store.get(shape)! } : undefined),
    set: async (shape, mapping) => {
      store.set(shape, { ...mapping })
    }
  }
}
