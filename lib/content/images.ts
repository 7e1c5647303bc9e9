import path from 'node:path'

/** Where images written relative to a content file are copied for publishing. */
export const CONTENT_MEDIA_URL = '/media'

export type ResolvedImage = {
  /** The URL readers load, e.g. /images/2026/bridge.jpg */
  url: string
  /** The file on disk that the URL serves. */
  file: string
}

/** The image formats a story may use. SVG is not one: an SVG file can carry script. */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'] as const
/** What `image-size` calls each accepted format. */
export const IMAGE_TYPES = new Set(['jpg', 'png', 'webp', 'avif', 'heif', 'gif'])

/** Limits an editor can see (docs/content-checks.md, "Limits"): past a warning the build goes on. */
export const IMAGE_LIMITS = {
  warnBytes: 5 * 1024 * 1024,
  maxBytes: 20 * 1024 * 1024,
  warnPixels: 24_000_000,
  maxPixels: 40_000_000,
} as const

/** A kind of file a story may name beside it: its extensions, and how an editor hears it. */
export type ContentFileKind = {
  extensions: readonly string[]
  /** "a JPEG, PNG, WebP, AVIF or GIF file" */
  described: string
  /** Said after the refusal of a file of one of these extensions */
  refusals?: Readonly<Record<string, string>>
}

export const PICTURE_FILES: ContentFileKind = {
  extensions: IMAGE_EXTENSIONS,
  described: 'a JPEG, PNG, WebP, AVIF or GIF file',
  refusals: { '.svg': 'SVG can carry script, so export the picture as PNG or WebP' },
}

/**
 * Resolves a file's `src` as editors write it: `/images/x.jpg` is a file under public/;
 * `bridge.jpg` or `./img/bridge.jpg` sits beside the markdown file and is published under /media/.
 * Returns the reason instead when the path could leave its folder: a `..` step, a backslash, a
 * percent sign or other characters a server would read differently than the file system, or
 * when it is not a kind of file the field takes.
 * The answer never depends on what exists outside the project.
 */
export function resolveContentFile(
  src: string,
  sourceFile: string,
  kind: ContentFileKind,
  root = process.cwd(),
): ResolvedImage | { problem: string } {
  const steps = src.split('/')
  if (/[\\%?#\u0000-\u001F]/u.test(src) || steps.some((step) => step === '..')) {
    return {
      problem: `"${src}" must be a plain path under public/ (starting with /) or beside the file, without "..", "\\", "%", "?" or "#"`,
    }
  }
  const lower = src.toLowerCase()
  if (!kind.extensions.some((extension) => lower.endsWith(extension))) {
    const refusal = Object.entries(kind.refusals ?? {}).find(([extension]) =>
      lower.endsWith(extension),
    )?.[1]
    return {
      problem: `"${src}" must be ${kind.described} (${kind.extensions.join(', ')})${refusal ? `: ${refusal}` : ''}`,
    }
  }
  if (src.startsWith('/')) {
    const inside = steps.filter((step) => step !== '' && step !== '.')
    if (inside[0] === CONTENT_MEDIA_URL.slice(1))
      return {
        problem: `"${src}": ${CONTENT_MEDIA_URL}/ is written by the build; keep the file beside the story instead`,
      }
    return { url: `/${inside.join('/')}`, file: path.join(root, 'public', ...inside) }
  }
  const contentRelative = path.posix.normalize(path.posix.join(path.posix.dirname(sourceFile), src))
  return {
    url: `${CONTENT_MEDIA_URL}/${contentRelative.slice('content/'.length)}`,
    file: path.join(root, ...contentRelative.split('/')),
  }
}

/** Resolves a picture's `src` (resolveContentFile, for pictures). */
export function resolveImage(
  src: string,
  sourceFile: string,
  root = process.cwd(),
): ResolvedImage | { problem: string } {
  return resolveContentFile(src, sourceFile, PICTURE_FILES, root)
}

export function isResolved(image: ResolvedImage | { problem: string }): image is ResolvedImage {
  return !('problem' in image)
}

const MIME_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
}

/** The media type a feed enclosure announces, from the file's extension. */
export function imageMimeType(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/** A picture source that names another site (`https://…`, `//…`, `data:`): not a file of ours. */
export function isRemoteSource(src: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src)
}

type MeasuredImage = { url: string; width: number; height: number }

/**
 * A story's own pictures (`![Crowd](crowd.jpg)` beside the file, or `/images/…`) at their
 * published addresses, with their pixel size so the text does not jump as they load. Pictures
 * from other sites are refused by the checks before this runs; anything unmeasured stays as it is.
 */
export function withPublishedBodyImages(
  html: string,
  measure: (src: string) => MeasuredImage | undefined,
): string {
  return html.replace(/<img\s([^>]*?)\s*\/?>/gi, (tag, attributes: string) => {
    const src = /(?:^|\s)src="([^"]*)"/.exec(attributes)?.[1]
    if (src === undefined || isRemoteSource(src)) return tag
    const measured = measure(src)
    if (!measured) return tag
    const alt = /(?:^|\s)alt="([^"]*)"/.exec(attributes)?.[1] ?? ''
    const title = /(?:^|\s)title="([^"]*)"/.exec(attributes)?.[1]
    const titled = title === undefined ? '' : ` title="${title}"`
    return `<img src="${measured.url}" alt="${alt}"${titled} width="${measured.width}" height="${measured.height}" loading="lazy" decoding="async">`
  })
}
