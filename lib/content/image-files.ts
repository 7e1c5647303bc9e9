/**
 * The picture files themselves: whether a path names a real picture within the limits, and its
 * size in pixels. The one module of lib/content/ that reads pictures from disk (images.ts decides
 * paths and limits without reading anything), so the rules across files stay pure: the check and
 * the build hand them `checkImageFile`.
 */
import { lstatSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { imageSize } from 'image-size'
import { IMAGE_LIMITS, IMAGE_TYPES, isResolved, resolveImage, type ResolvedImage } from './images'

export type ImageFileCheck =
  | { ok: true; warnings: string[]; width: number }
  | { ok: false; problem: string }

/**
 * Checks the file an image path names: every step of the path a real folder or file (never a
 * symbolic link, which could publish a file from anywhere), a format the site accepts, within
 * the size and pixel limits. `where` is how the editor should hear the path (public/images/x.jpg).
 */
export function checkImageFile(image: ResolvedImage, root: string, where: string): ImageFileCheck {
  const problem = plainFileProblem(image.file, root, where)
  if (problem) return { ok: false, problem }
  const bytes = statSync(image.file).size
  if (bytes > IMAGE_LIMITS.maxBytes)
    return {
      ok: false,
      problem: `is ${mebibytes(bytes)}; at most ${mebibytes(IMAGE_LIMITS.maxBytes)} is accepted: export it smaller`,
    }
  const type = imageType(image.file)
  if (!type || !IMAGE_TYPES.has(type))
    return {
      ok: false,
      problem: `is not a JPEG, PNG, WebP, AVIF or GIF image${type ? ` (${where} holds ${type.toUpperCase()})` : ''}`,
    }
  const dimensions = readImageDimensions(image.file)
  if (!dimensions) return { ok: false, problem: `is an image this site cannot measure (${where})` }
  const pixels = dimensions.width * dimensions.height
  const megapixels = (value: number) => `${(value / 1_000_000).toFixed(1)} megapixels`
  if (pixels > IMAGE_LIMITS.maxPixels)
    return {
      ok: false,
      problem: `is ${dimensions.width}×${dimensions.height} (${megapixels(pixels)}); at most ${megapixels(IMAGE_LIMITS.maxPixels)} is accepted: resize it`,
    }
  const warnings: string[] = []
  if (bytes > IMAGE_LIMITS.warnBytes)
    warnings.push(
      `is ${mebibytes(bytes)}, heavy for readers on phones: export it under ${mebibytes(IMAGE_LIMITS.warnBytes)}`,
    )
  if (pixels > IMAGE_LIMITS.warnPixels)
    warnings.push(`is ${megapixels(pixels)}, more than any screen shows: resize it`)
  return { ok: true, warnings, width: dimensions.width }
}

/**
 * Why the file a story names cannot be published, if it cannot: every step of the path must be a
 * real folder or file (never a symbolic link, which could publish a file from anywhere).
 */
export function plainFileProblem(file: string, root: string, where: string): string | undefined {
  let current = root
  for (const step of path.relative(root, file).split(path.sep)) {
    current = path.join(current, step)
    let stats
    try {
      stats = lstatSync(current)
    } catch {
      return `does not exist (looked for ${where})`
    }
    if (stats.isSymbolicLink())
      return `goes through a symbolic link (${where}), which is never published: put the file itself there`
  }
  return statSync(file).isFile() ? undefined : `is not a file (${where})`
}

/** "4.2 MiB" */
export const mebibytes = (value: number) => `${(value / 1024 / 1024).toFixed(1)} MiB`

export type ImageDimensions = { width: number; height: number }
type Measured = { type?: string | undefined; dimensions?: ImageDimensions | undefined }

// Teasers show the same image on many pages, and the checks read it too: each file once per process.
const measuredCache = new Map<string, Measured>()

function measure(file: string): Measured {
  let measured = measuredCache.get(file)
  if (!measured) {
    try {
      const { type, width, height } = imageSize(readFileSync(file))
      measured = { type, dimensions: width && height ? { width, height } : undefined }
    } catch {
      measured = {}
    }
    measuredCache.set(file, measured)
  }
  return measured
}

const imageType = (file: string) => measure(file).type

/** Pixel size of an image file, so pages reserve its space and nothing jumps as it loads. */
export function readImageDimensions(file: string): ImageDimensions | undefined {
  return measure(file).dimensions
}

/**
 * Where a content picture is published and its size in pixels, as the newsroom model asks
 * (lib/content/export-reader.ts for the pages, build/stages/archive-records.ts for the Worker's records).
 */
export function measureContentImage(
  src: string,
  sourceFile: string,
  root = process.cwd(),
): { url: string; width: number; height: number } | undefined {
  const resolved = resolveImage(src, sourceFile, root)
  const dimensions = isResolved(resolved) ? readImageDimensions(resolved.file) : undefined
  return isResolved(resolved) && dimensions ? { url: resolved.url, ...dimensions } : undefined
}

