// Local-disk failures (disk full, read-only or unwritable data folder, damaged SQLite file) turned
// into one STORAGE AppError with a message that says what to do. Pure mapping; no I/O, no electron.
import { renameSync } from 'node:fs'
import { basename } from 'node:path'
import { AppError, isAppError } from '@shared/errors'

export type StorageProblem = 'full' | 'read-only' | 'corrupt' | 'io'

const SQLITE: Record<string, StorageProblem> = {
  SQLITE_FULL: 'full',
  SQLITE_READONLY: 'read-only',
  SQLITE_CANTOPEN: 'read-only',
  SQLITE_PERM: 'read-only',
  SQLITE_NOTADB: 'corrupt',
  SQLITE_CORRUPT: 'corrupt',
  SQLITE_IOERR: 'io'
}
const ERRNO: Record<string, StorageProblem> = {
  ENOSPC: 'full',
  EDQUOT: 'full',
  EROFS: 'read-only',
  EACCES: 'read-only',
  EPERM: 'read-only',
  EIO: 'io'
}

/** What kind of local-disk failure `e` is, or null for anything else. */
export function storageProblem(e: unknown): StorageProblem | null {
  if (isAppError(e)) return e.code === 'STORAGE' ? ((e.details?.problem as StorageProblem | undefined) ?? 'io') : null
  if (!(e instanceof Error)) return null
  const code = (e as { code?: unknown }).code
  if (typeof code !== 'string') return null
  // libsql reports extended codes too (SQLITE_READONLY_DBMOVED, SQLITE_IOERR_WRITE…): match the base.
  const base = code.startsWith('SQLITE_') ? code.split('_').slice(0, 2).join('_') : code
  return SQLITE[base] ?? ERRNO[code] ?? null
}

const ADVICE: Record<StorageProblem, string> = {
  full: 'The disk is full. Free some space, then try again; nothing staged was lost.',
  'read-only': 'Stockroom cannot write to its data folder (read-only or no permission). Check the folder’s permissions, or that the disk is not mounted read-only.',
  corrupt: 'A local database file is damaged.',
  io: 'The disk reported an input/output error. Check the disk, then try again.'
}

/** A STORAGE AppError for a local-disk failure (what happened + what to do), or null if `e` is not one. */
export function toStorageError(e: unknown, file?: string): AppError | null {
  if (isAppError(e)) return e.code === 'STORAGE' ? e : null
  const problem = storageProblem(e)
  if (!problem) return null
  const where = file ? ` (${file})` : ''
  return new AppError('STORAGE', `${ADVICE[problem]}${where}`, { problem, ...(file ? { file } : {}) })
}

/** Rethrows a local-disk failure as STORAGE; anything else unchanged. */
export function rethrowStorage(e: unknown, file?: string): never {
  throw toStorageError(e, file) ?? e
}

/**
 * Moves a damaged database (and its -wal/-shm companions) aside as `<name>.corrupt-<time>`, so a
 * fresh one can be created; returns the new name of the main file. Never deletes anything.
 */
export function quarantine(file: string, now: number = Date.now()): string {
  const aside = `${file}.corrupt-${new Date(now).toISOString().replace(/[:.]/g, '-')}`
  renameSync(file, aside)
  for (const suffix of ['-wal', '-shm']) {
    try {
      renameSync(`${file}${suffix}`, `${aside}${suffix}`)
    } catch {
      // absent companions are normal
    }
  }
  return basename(aside)
}
