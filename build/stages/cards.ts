/**
 * Writes every share card and logo into the export, from the list the records stage made
 * (lib/outputs/share-images.ts decides what each shows). Images whose content is unchanged come
 * from .cache/share-cards/ without being drawn again, linked rather than copied.
 */
import path from 'node:path'
import { linkCached } from '../cache'
import { shareImageFile, type ShareImage } from '../share-card'

/** Images drawn at once: sharp works on other threads, so a few in flight keep the cores busy. */
const PARALLEL = 4

export async function writeShareImages(
  siteDir: string,
  root: string,
  images: readonly ShareImage[],
): Promise<number> {
  let next = 0
  const worker = async () => {
    while (next < images.length) {
      const image = images[next++] as ShareImage
      // Site paths are written unencoded (Arabic letters as they are), like the exported folders.
      linkCached(await shareImageFile(image, { root }), path.join(siteDir, image.path))
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker))
  return images.length
}
