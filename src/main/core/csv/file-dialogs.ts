// The file-dialog port: main asks the user for a file to open or a place to save, so the renderer never
// names a path. Chosen files are handed to the renderer as opaque tokens. No electron import here.
import { randomUUID } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { basename, isAbsolute } from 'node:path'
import { AppError } from '@shared/errors'

export interface FileDialogs {
  /** The CSV file the user picked, as an absolute path, or null when cancelled. */
  openCsv(): Promise<string | null>
  /** Where to save, suggesting `defaultName`; null when cancelled. */
  saveCsv(defaultName: string): Promise<string | null>
  /** An image file to upload (JPG, PNG, GIF), as an absolute path, or null when cancelled. */
  openImage?(): Promise<string | null>
}

/** Without a window (CLI, tests that do not set one) there is nobody to ask. */
export const noFileDialogs: FileDialogs = {
  openCsv: async () => {
    throw new AppError('INTERNAL', 'File dialogs are not available here.')
  },
  saveCsv: async () => {
    throw new AppError('INTERNAL', 'File dialogs are not available here.')
  }
}

/** Test double: answers each dialog from a queue (null = the user cancelled). */
export function createScriptedFileDialogs(): FileDialogs & { nextOpen(path: string | null): void; nextSave(path: string | null): void; saved: string[] } {
  const opens: (string | null)[] = []
  const saves: (string | null)[] = []
  const saved: string[] = []
  return {
    saved,
    nextOpen: (p) => void opens.push(p),
    nextSave: (p) => void saves.push(p),
    openCsv: async () => opens.shift() ?? null,
    openImage: async () => opens.shift() ?? null,
    async saveCsv(defaultName) {
      saved.push(defaultName)
      return saves.shift() ?? null
    }
  }
}

export interface ChosenFile {
  path: string
  name: string
  size: number
}

const MAX_TOKENS = 50

/** Opaque token -> path of a file the user chose in a dialog; the renderer can name nothing else. */
export function createFileTokens() {
  const files = new Map<string, ChosenFile>()
  return {
    async add(path: string): Promise<{ fileToken: string } & Omit<ChosenFile, 'path'>> {
      if (!isAbsolute(path)) throw new AppError('VALIDATION', 'The dialog returned a relative path.')
      const info = await stat(path)
      if (!info.isFile()) throw new AppError('VALIDATION', `${basename(path)} is not a file.`)
      const fileToken = randomUUID()
      files.set(fileToken, { path, name: basename(path), size: info.size })
      // Oldest first out: a long session of imports keeps a bounded map.
      while (files.size > MAX_TOKENS) files.delete(files.keys().next().value as string)
      return { fileToken, name: basename(path), size: info.size }
    },
    resolve(fileToken: string): ChosenFile {
      const f = files.get(fileToken)
      if (!f) throw new AppError('NOT_FOUND', 'Choose the file again: this choice has expired.')
      return f
    }
  }
}

export type FileTokens = ReturnType<typeof createFileTokens>
