// store/storage-errors: disk full, read-only and damaged-file errors from libsql and Node become one
// STORAGE AppError with advice; anything else is left alone; a damaged file is moved aside, never deleted.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { quarantine, storageProblem, toStorageError } from '../../../../../src/main/core/store/storage-errors'

const coded = (code: string, message = 'x'): Error => Object.assign(new Error(message), { code })

describe('storage errors', () => {
  it.each([
    ['SQLITE_FULL', 'full'], ['ENOSPC', 'full'], ['EDQUOT', 'full'],
    ['SQLITE_READONLY', 'read-only'], ['SQLITE_READONLY_DBMOVED', 'read-only'], ['SQLITE_CANTOPEN', 'read-only'], ['EROFS', 'read-only'], ['EACCES', 'read-only'],
    ['SQLITE_NOTADB', 'corrupt'], ['SQLITE_CORRUPT', 'corrupt'], ['SQLITE_IOERR_WRITE', 'io'], ['EIO', 'io']
  ])('%s is a %s problem with a STORAGE error that says what to do', (code, problem) => {
    expect(storageProblem(coded(code))).toBe(problem)
    const e = toStorageError(coded(code), '/data/stores/1/local.db')
    expect(e?.code).toBe('STORAGE')
    expect(e?.details).toMatchObject({ problem, file: '/data/stores/1/local.db' })
    expect(e?.message).toContain('/data/stores/1/local.db')
  })

  it('leaves other errors alone', () => {
    for (const e of [new Error('boom'), coded('SQLITE_CONSTRAINT'), coded('ECONNRESET'), new AppError('VALIDATION', 'no'), 'text', null]) {
      expect(toStorageError(e)).toBeNull()
    }
    const already = new AppError('STORAGE', 'kept', { problem: 'full' })
    expect(toStorageError(already)).toBe(already)
  })

  describe('quarantine', () => {
    let dir = ''
    afterEach(() => rmSync(dir, { recursive: true, force: true }))

    it('moves the file and its -wal/-shm aside with a timestamp, deleting nothing', () => {
      dir = mkdtempSync(join(tmpdir(), 'stockroom-quarantine-'))
      const file = join(dir, 'local.db')
      for (const s of ['', '-wal', '-shm']) writeFileSync(`${file}${s}`, `content${s}`)
      const aside = quarantine(file, Date.UTC(2025, 0, 2, 3, 4, 5))
      expect(aside).toBe('local.db.corrupt-2025-01-02T03-04-05-000Z')
      expect(existsSync(file)).toBe(false)
      expect(readdirSync(dir).sort()).toEqual([aside, `${aside}-shm`, `${aside}-wal`])
      expect(readFileSync(join(dir, `${aside}-wal`), 'utf8')).toBe('content-wal')
    })
  })
})
