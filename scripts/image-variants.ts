/**
 * Makes the WebP copies of every picture the exported pages show (lib/responsive-images.ts says
 * how pages use them), with sharp: each in the widths `variantWidths` gives, never wider than the
 * original. Copies are named by a hash of their bytes (a host may cache them for good) and kept
 * in .cache/images/ by a hash of the original and the settings, so a rebuild makes only the new
 * ones. With a host's image service chosen in content/site.yml, no copy is made: only each
 * picture's width is read, for the host's `srcset`.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import {
  pagePictures,
  variantWidths,
  type PictureOptions,
  type Variant,
  type ImageService,
} from '../lib/responsive-images'

/** WebP quality: at phone widths indistinguishable from the JPEG originals, at about a third. */
const QUALITY = 75
const SETTINGS = JSON.stringify({ format: 'webp', quality: QUALITY, version: 1 })

const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')

/** Every picture of the site's own that an exported page shows, by its site path. */
function shownPictures(siteDir: string): string[] {
  const pictures = new Set<string>()
  for (const file of readdirSync(siteDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue
    for (const src of pagePictures(readFileSync(path.join(siteDir, file), 'utf8')))
      pictures.add(src)
  }
  return [...pictures].sort()
}

/** The file in the export a site path names (pictures keep their letters: folders are unencoded). */
const exportedFile = (siteDir: string, src: string) =>
  path.join(siteDir, decodeURIComponent(src.split(/[?#]/)[0] ?? src))

export type MadeVariants = {
  options: PictureOptions
  pictures: number
  files: number
  bytes: number
}

export async function makeImageVariants(
  siteDir: string,
  root: string,
  service: ImageService,
): Promise<MadeVariants> {
  const pictures = shownPictures(siteDir).filter((src) => existsSync(exportedFile(siteDir, src)))
  if (service !== 'build') {
    const widths = new Map<string, number>()
    for (const src of pictures) {
      const { width } = await sharp(exportedFile(siteDir, src)).metadata()
      if (width) widths.set(src, width)
    }
    return { options: { service, widths }, pictures: widths.size, files: 0, bytes: 0 }
  }
  const variants = new Map<string, Variant[]>()
  let files = 0
  let bytes = 0
  for (const src of pictures) {
    const original = readFileSync(exportedFile(siteDir, src))
    const { width } = await sharp(original).metadata()
    if (!width) continue
    const made: Variant[] = []
    for (const target of variantWidths(width)) {
      const cached = path.join(
        root,
        '.cache',
        'images',
        `${sha(`${sha(original)}\u0000${target}\u0000${SETTINGS}`).slice(0, 24)}.webp`,
      )
      if (!existsSync(cached)) {
        mkdirSync(path.dirname(cached), { recursive: true })
        const webp = await sharp(original)
          .resize({ width: target, withoutEnlargement: true })
          .webp({ quality: QUALITY })
          .toBuffer()
        writeFileSync(cached, webp)
      }
      const data = readFileSync(cached)
      const base = path.posix.basename(src).replace(/\.[^.]+$/, '')
      const url = `${path.posix.dirname(src)}/${base}.${target}w.${sha(data).slice(0, 10)}.webp`
      writeFileSync(exportedFile(siteDir, url), data)
      made.push({ width: target, url })
      files += 1
      bytes += data.length
    }
    variants.set(src, made)
  }
  return { options: { service, variants }, pictures: variants.size, files, bytes }
}
