// Argument schemas of the image methods: addresses are bounded strings, a few hundred at most.
import { z } from 'zod'
import type { ApiSchemas } from './schemas'

type ImageSchemas = Pick<ApiSchemas, 'chooseImageFile' | 'checkImageUrls'>

export const imageSchemas: ImageSchemas = {
  chooseImageFile: z.tuple([]),
  checkImageUrls: z.tuple([z.array(z.string().min(1).max(2000)).max(500)])
}
