import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { imageSize } from 'image-size'

/** Where images written relative to a content file are copied for publishing. */
export const CONTENT_MEDIA_URL = '/media'

export type ResolvedImage = {
  /** The URL readers load, e.g. /images/2026/bridge.jpg */
  url: string
  /** The file on disk that the URL serves. */
  file: string
}

/**
 * Resolves an image `src` as editors write it: `/images/x.jpg` is a file under public/;
 * `bridge.jpg` or `./img/bridge.jpg` sits beside the markdown file and is published under /media/.
 * Returns undefined when a relative path climbs out of the content folder.
 */
export function resolveImage(
  src: string,
  sourceFile: string,
  root = process.cwd(),
): ResolvedImage | undefined {
  if (src.startsWith('/')) {
    return { url: src, file: path.join(root, 'public', src) }
  }
  const contentRelative = path.posix.normalize(path.posix.join(path.posix.dirname(sourceFile), src))
  if (!contentRelative.startsWith('content/')) return undefined
  return {
    url: `${CONTENT_MEDIA_URL}/${contentRelative.slice('content/'.length)}`,
    file: path.join(root, contentRelative),
  }
}

export function imageFileExists(image: ResolvedImage): boolean {
  return existsSync(image.file)
}

export type ImageDimensions = { width: number; height: number }

/** Pixel size of an image file, so pages reserve its space and nothing jumps as it loads. */
export function readImageDimensions(file: string): ImageDimensions | undefined {
  if (!dimensionsCache.has(file)) dimensionsCache.set(file, measure(file))
  return dimensionsCache.get(file)
}

// Teasers show the same image on many pages: read each file once per process.
const dimensionsCache = new Map<string, ImageDimensions | undefined>()

function measure(file: string): ImageDimensions | undefined {
  try {
    const { width, height } = imageSize(readFileSync(file))
    return width && height ? { width, height } : undefined
  } catch {
    return undefined
  }
}

const MIME_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
}

/** The media type a feed enclosure announces, from the file's extension. */
export function imageMimeType(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}
