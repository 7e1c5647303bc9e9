/**
 * Pictures that fit the screen. Components write one plain <img> (with its width, height, alt
 * and loading hints) and say in `data-sizes` how wide it is shown; the build's page step turns
 * each picture of the site's own into one a browser can choose a size of:
 *
 * - `service: build` (the default): the build makes WebP copies in a few widths with sharp
 *   (build/stages/pictures.ts) and the page gets `<picture><source type="image/webp" srcset
 *   sizes><img …original…></picture>`: a browser takes the smallest WebP that covers the slot,
 *   and one that cannot read WebP the original;
 * - `service: cloudflare | netlify | vercel`: no copies are made; the <img> gets a `srcset` of the
 *   host's image service URLs, which resize and pick the format on the host.
 *
 * A video's poster (an attribute, with no srcset) gets one copy, POSTER_WIDTH wide.
 *
 * Pure functions: HTML in, HTML out, given what the build made.
 */

import { IMAGE_EXTENSIONS } from '../content/images'

/** The widths offered: a phone (1× and 2×), a tablet, a desktop column. */
export const VARIANT_WIDTHS = [400, 800, 1200, 1600] as const

export const IMAGE_SERVICES = ['build', 'cloudflare', 'netlify', 'vercel'] as const
export type ImageService = (typeof IMAGE_SERVICES)[number]

/** When a component does not say: the width of the text column, or the screen on a phone. */
export const DEFAULT_SIZES = '(min-width: 48rem) 48rem, 100vw'

/** One WebP copy the build made of a picture. */
export type Variant = { width: number; url: string }

/** The widths worth offering for a picture `originalWidth` pixels wide: never wider than it. */
export function variantWidths(originalWidth: number): number[] {
  const widths: number[] = VARIANT_WIDTHS.filter((width) => width < originalWidth)
  const top = Math.min(originalWidth, VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1] ?? originalWidth)
  return widths.includes(top) ? widths : [...widths, top]
}

/** The host's image service URL for `src` at `width` pixels, format chosen by the host. */
export function serviceUrl(service: Exclude<ImageService, 'build'>, src: string, width: number) {
  switch (service) {
    case 'cloudflare':
      return `/cdn-cgi/image/width=${width},format=auto${src}`
    case 'netlify':
      return `/.netlify/images?url=${encodeURIComponent(src)}&w=${width}`
    case 'vercel':
      return `/_vercel/image?url=${encodeURIComponent(src)}&w=${width}&q=75`
  }
}

const IMG = /<img\b([^>]*?)\/?>/g
const attribute = (attributes: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1]

/**
 * The site's own pictures: a path on the site, not another host's, of a picture's format (not an
 * SVG, nor a story's video or captions, which records name by `src` too).
 */
export function isOwnPicture(src: string): boolean {
  return (
    src.startsWith('/') &&
    !src.startsWith('//') &&
    (IMAGE_EXTENSIONS as readonly string[]).some((extension) =>
      src.toLowerCase().endsWith(extension),
    )
  )
}

/** A video's poster frame: `<video … poster="…">`. */
const VIDEO_POSTER = /<video\b([^>]*?)\sposter="([^"]*)"/g

/** The `<img>` sources and video posters of a page that can have variants. */
export function pagePictures(html: string): string[] {
  const sources = new Set<string>()
  for (const [, attributes = ''] of html.matchAll(IMG)) {
    const src = attribute(attributes, 'src')
    if (src && isOwnPicture(src) && !attribute(attributes, 'srcset')) sources.add(src)
  }
  for (const [, , poster = ''] of html.matchAll(VIDEO_POSTER))
    if (isOwnPicture(poster)) sources.add(poster)
  return [...sources]
}

/**
 * A poster has no srcset: one copy fits a phone at 2× and a desktop column alike, the first at
 * least this wide (or the widest there is).
 */
export const POSTER_WIDTH = 800

/** The copy of `src` a video shows before it plays, or `src` itself when none was made. */
function posterFor(src: string, options: PictureOptions): string {
  if (!isOwnPicture(src)) return src
  if (options.service === 'build') {
    const variants = [...(options.variants.get(src) ?? [])].sort((a, b) => a.width - b.width)
    return (
      (variants.find((variant) => variant.width >= POSTER_WIDTH) ?? variants.at(-1))?.url ?? src
    )
  }
  const width = options.widths.get(src)
  return width ? serviceUrl(options.service, src, Math.min(width, POSTER_WIDTH)) : src
}

export type PictureOptions =
  | { service: 'build'; variants: ReadonlyMap<string, readonly Variant[]> }
  | { service: Exclude<ImageService, 'build'>; widths: ReadonlyMap<string, number> }

/** The srcset offered for `src`, or none. */
function srcsetFor(src: string, options: PictureOptions): string | undefined {
  if (options.service === 'build') {
    const variants = options.variants.get(src)
    return variants && variants.length > 0
      ? variants.map((variant) => `${variant.url} ${variant.width}w`).join(', ')
      : undefined
  }
  const width = options.widths.get(src)
  return width
    ? variantWidths(width)
        .map((candidate) => `${serviceUrl(options.service, src, candidate)} ${candidate}w`)
        .join(', ')
    : undefined
}

const PRELOAD = /<link rel="preload" href="([^"]+)" as="image"([^>]*)\/>/g

/**
 * Every picture of the site's own, made responsive; `data-sizes` becomes `sizes`. Next preloads
 * the first screen's picture (the one with `fetchPriority="high"`) by its `src`: that preload
 * names the same widths instead, or a phone would fetch the full-size original besides its copy.
 */
export function withResponsiveImages(html: string, options: PictureOptions): string {
  const sizesOf = new Map<string, string>()
  for (const [, attributes = ''] of html.matchAll(IMG)) {
    const src = attribute(attributes, 'src')
    if (src) sizesOf.set(src, attribute(attributes, 'data-sizes') ?? DEFAULT_SIZES)
  }
  const preloaded = html.replace(PRELOAD, (link, src: string, rest: string) => {
    const srcset = isOwnPicture(src) ? srcsetFor(src, options) : undefined
    if (!srcset) return link
    const type = options.service === 'build' ? ' type="image/webp"' : ''
    return `<link rel="preload" as="image"${type} imageSrcSet="${srcset}" imageSizes="${sizesOf.get(src) ?? DEFAULT_SIZES}"${rest}/>`
  })
  const posters = preloaded.replace(
    VIDEO_POSTER,
    (_, before: string, poster: string) => `<video${before} poster="${posterFor(poster, options)}"`,
  )
  return posters.replace(IMG, (tag, attributes: string) => {
    const src = attribute(attributes, 'src')
    const sizes = attribute(attributes, 'data-sizes') ?? DEFAULT_SIZES
    const plain = attributes.replace(/\sdata-sizes="[^"]*"/, '')
    if (!src || !isOwnPicture(src) || attribute(attributes, 'srcset')) return `<img${plain}/>`
    const srcset = srcsetFor(src, options)
    if (!srcset) return `<img${plain}/>`
    return options.service === 'build'
      ? `<picture><source type="image/webp" srcset="${srcset}" sizes="${sizes}"/><img${plain}/></picture>`
      : `<img${plain} srcset="${srcset}" sizes="${sizes}"/>`
  })
}
