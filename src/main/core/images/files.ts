// Local image files chosen for upload: main copies each chosen file into the data folder and hands
// the renderer an opaque token, so a staged upload survives a restart and the renderer never names a
// path. Checked as Ecwid checks uploads (size, JPG/PNG/GIF signature). No electron import.
import { randomUUID } from 'node:crypto'
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { basename, isAbsolute, join } from 'node:path'
import { AppError } from '@shared/errors'
import { IMAGE_MAX_BYTES, sniffImage, type ImageFileChoice, type ImageType } from '@shared/model/product-images'

/** Files up to this size come back with a data: preview for the thumbnail. */
const PREVIEW_MAX_BYTES = 512 * 1024
const TOKEN = /^[0-9a-f-]{36}$/

export interface ImageFiles {
  /** Checks and copies a chosen file; the answer carries the token, never the path. */
  adopt(path: string): Promise<ImageFileChoice>
  /** The bytes of a staged file, for the upload. */
  read(token: string): Promise<{ bytes: Uint8Array; type: ImageType }>
}

export function createImageFiles(dataDir: string): ImageFiles {
  const dir = join(dataDir, 'staged-images')
  const pathOf = (token: string): string => {
    if (!TOKEN.test(token)) throw new AppError('VALIDATION', 'That is not a chosen image file.')
    return join(dir, token)
  }
  return {
    async adopt(path) {
      if (!isAbsolute(path)) throw new AppError('VALIDATION', 'The dialog returned a relative path.')
      const name = basename(path)
      const info = await stat(path)
      if (!info.isFile()) throw new AppError('VALIDATION', `${name} is not a file.`)
      if (info.size > IMAGE_MAX_BYTES) throw new AppError('VALIDATION', `${name} is ${(info.size / 1048576).toFixed(1)} MB; Ecwid accepts images up to 20 MB.`)
      const bytes = await readFile(path)
      const type = sniffImage(bytes)
      if (!type) throw new AppError('VALIDATION', `${name} is not a JPG, PNG or GIF image, the formats Ecwid accepts.`)
      const fileToken = randomUUID()
      await mkdir(dir, { recursive: true })
      await writeFile(pathOf(fileToken), bytes)
      const preview = bytes.length <= PREVIEW_MAX_BYTES ? `data:${type};base64,${bytes.toString('base64')}` : undefined
      return { fileToken, name, size: bytes.length, type, ...(preview ? { preview } : {}) }
    },
    async read(token) {
      let bytes: Buffer
      try {
        bytes = await readFile(pathOf(token))
      } catch {
        throw new AppError('NOT_FOUND', 'The chosen image file is no longer on this computer: choose it again.')
      }
      const type = sniffImage(bytes)
      if (!type) throw new AppError('VALIDATION', 'The chosen image file is damaged: choose it again.')
      return { bytes, type }
    }
  }
}
