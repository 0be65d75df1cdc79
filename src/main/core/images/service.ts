// createImageService: the contract's image methods (choose a local image, check addresses) plus what
// the session engine needs to stage and push images (the kept files and the same address check).
import type { StockroomApi } from '@shared/contract'
import { AppError } from '@shared/errors'
import type { ImageUrlCheck } from '@shared/model/product-images'
import type { FileDialogs } from '../csv/file-dialogs'
import { createImageFiles, type ImageFiles } from './files'
import { checkImageUrls } from './url-check'

export const IMAGE_METHODS = ['chooseImageFile', 'checkImageUrls'] as const
export type ImageApi = Pick<StockroomApi, (typeof IMAGE_METHODS)[number]>

export interface ImageServiceDeps {
  dataDir: string
  dialogs: FileDialogs
  fetch?: typeof fetch
  /** Per address; tests shorten it. */
  timeoutMs?: number
}

export function createImageService(deps: ImageServiceDeps): { api: ImageApi; files: ImageFiles; checkUrls(urls: readonly string[]): Promise<ImageUrlCheck[]> } {
  const files = createImageFiles(deps.dataDir)
  const checkUrls = (urls: readonly string[]): Promise<ImageUrlCheck[]> => checkImageUrls(urls, { fetch: deps.fetch, timeoutMs: deps.timeoutMs })
  const api: ImageApi = {
    async chooseImageFile() {
      if (!deps.dialogs.openImage) throw new AppError('INTERNAL', 'File dialogs are not available here.')
      const path = await deps.dialogs.openImage()
      return path === null ? null : files.adopt(path)
    },
    checkImageUrls: async (urls) => checkUrls(urls)
  }
  return { api, files, checkUrls }
}
