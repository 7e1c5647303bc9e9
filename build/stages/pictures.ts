/**
 * Makes the WebP copies of every picture the exported pages show (lib/finish/responsive-images.ts says
 * how pages use them), with sharp: each in the widths `variantWidths` gives, never wider than the
 * original. Copies are named by a hash of their bytes (a host may cache them for good) and kept
 * in .cache/images/ by a hash of the original and the settings, so a rebuild makes only the new
 * ones. With a host's image service chosen in content/site.yml, no copy is made: only each
 * picture's width is read, for the host's `srcset`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { cached, sha256 } from '../cache'
import {
  variantWidths,
  type PictureOptions,
  type Variant,
  type ImageService,
} from '../../lib/finish/responsive-images'

/** WebP quality: at phone widths indistinguishable from the JPEG originals, at about a third. */
const QUALITY = 75
const SETTINGS = JSON.stringify({ format: 'webp', quality: QUALITY, version: 1 })

/** The file in the export a site path names (pictures keep their letters: folders are unencoded). */
const exportedFile = (siteDir: string, src: string) =>
  path.join(siteDir, decodeURIComponent(src.split(/[?#]/)[0] ?? src))

export type MadeVariants = {
  options: PictureOptions
  pictures: number
  files: number
  bytes: number
}

/** Copies (or, for a host's service, widths) of `shown`, the pictures the pages show (exported-pages.ts). */
export async function makeImageVariants(
  siteDir: string,
  root: string,
  service: ImageService,
  shown: readonly string[],
): Promise<MadeVariants> {
  const pictures = shown.filter((src) => existsSync(exportedFile(siteDir, src)))
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
    const originalHash = sha256(original)
    for (const target of variantWidths(width)) {
      const key = sha256(`${originalHash}\u0000${target}\u0000${SETTINGS}`).slice(0, 24)
      const data = await cached(root, 'images', key, 'webp', () =>
        sharp(original)
          .resize({ width: target, withoutEnlargement: true })
          .webp({ quality: QUALITY })
          .toBuffer(),
      )
      const base = path.posix.basename(src).replace(/\.[^.]+$/, '')
      const url = `${path.posix.dirname(src)}/${base}.${target}w.${sha256(data).slice(0, 10)}.webp`
      writeFileSync(exportedFile(siteDir, url), data)
      made.push({ width: target, url })
      files += 1
      bytes += data.length
    }
    variants.set(src, made)
  }
  return { options: { service, variants }, pictures: variants.size, files, bytes }
}
