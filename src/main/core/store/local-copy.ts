// Opens a store's local copy (local.db), recovering from a damaged file: the local copy only caches
// what Ecwid has, so a damaged one is moved aside (never deleted) and rebuilt by the next full sync.
import { dbPathIn, openDb, type Db } from './db'
import { quarantine, rethrowStorage, storageProblem } from './storage-errors'

/**
 * `onNotice` receives a sentence for the user when the file had to be set aside. Disk full or a
 * read-only folder throw a STORAGE AppError naming the file; staged sessions live elsewhere
 * (sessions.db) and are never touched here.
 */
export function openLocalCopy(storeDir: string, onNotice: (message: string) => void, now: () => number = Date.now): Db {
  const file = dbPathIn(storeDir)
  try {
    return openDb(storeDir)
  } catch (e) {
    if (storageProblem(e) !== 'corrupt') rethrowStorage(e, file)
    let aside: string
    try {
      aside = quarantine(file, now())
    } catch (moveError) {
      rethrowStorage(moveError, file)
    }
    onNotice(`The local copy of this store was damaged; it was set aside as ${aside} and is being downloaded again from Ecwid. Staged sessions are kept separately and were not affected.`)
    try {
      return openDb(storeDir)
    } catch (again) {
      rethrowStorage(again, file)
    }
  }
}
