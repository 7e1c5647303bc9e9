/**
 * Publishes the site's faces into the export, each cut to the characters its pages show and to
 * the weights the design uses (lib/finish/faces.ts says why). HarfBuzz's subsetter (the `subset-font`
 * package, HarfBuzz compiled to WebAssembly) keeps the OpenType layout tables, so Arabic letters
 * still join and shape. Files are named by a hash of their bytes, so a host may cache them for
 * good; subsets are kept in .cache/fonts/ by a hash of their inputs, so a rebuild that shows no
 * new character cuts nothing again.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import subsetFont from 'subset-font'
import { cached, sha256 } from '../cache'
import {
  FAMILIES,
  inUnicodeRange,
  parseFontsourceCss,
  WEIGHT_RANGE,
  unicodeRangeOf,
  type PublishedFace,
} from '../../lib/finish/faces'

/** Where the faces are served from, in the export and (full, for the preview) in public/. */
export const FONTS_DIR = 'fonts'

/**
 * Spaces go with a family's main file (the Arabic file for the Arabic faces, which have a space
 * glyph): otherwise Arabic text took its spaces from the Latin file, and lines reflowed when that
 * file arrived a moment after the letters (a layout shift Lighthouse saw on Arabic pages).
 */
const WORD_SPACES = new Set([' ', '\u00a0'])

/** The ranges a family's characters are looked for in first: its own script's, then Latin. */
const RANGE_PRIORITY = ['arabic', 'latin', 'latin-ext']
const priority = (range: string) =>
  RANGE_PRIORITY.includes(range) ? RANGE_PRIORITY.indexOf(range) : RANGE_PRIORITY.length

/** Every face file of the site's families, as @fontsource lists them, main ranges first. */
function faceFiles(root: string) {
  return FAMILIES.flatMap(({ package: packageName }) => {
    const folder = path.join(root, 'node_modules', '@fontsource-variable', packageName)
    return parseFontsourceCss(readFileSync(path.join(folder, 'index.css'), 'utf8'), packageName)
      .map((face) => ({ ...face, packageName, source: path.join(folder, 'files', face.file) }))
      .sort((a, b) => priority(a.range) - priority(b.range))
  })
}

export type PublishedFonts = { faces: PublishedFace[]; bytes: number }

/** Publishes the faces cut to `shown`, every character the exported pages show (exported-pages.ts). */
export async function publishFonts(
  siteDir: string,
  root: string,
  shown: ReadonlySet<string>,
): Promise<PublishedFonts> {
  const characters = [...shown].sort()
  const target = path.join(siteDir, FONTS_DIR)
  // Full faces copied from public/fonts/ for the preview have no place in the export.
  rmSync(target, { recursive: true, force: true })
  mkdirSync(target, { recursive: true })
  const faces: PublishedFace[] = []
  let bytes = 0
  // Each character goes to one file per family: ranges overlap (arrows sit in both "math" and
  // "symbols"), and a page should fetch one file for them, not two.
  const placed = new Set<string>()
  for (const face of faceFiles(root)) {
    const first = !faces.some((published) => published.family === face.family)
    const shown = characters.filter(
      (character) =>
        !placed.has(`${face.family}\u0000${character}`) &&
        (inUnicodeRange(character.codePointAt(0) ?? 0, face.unicodeRange) ||
          (first && WORD_SPACES.has(character))),
    )
    for (const character of shown) placed.add(`${face.family}\u0000${character}`)
    const text = shown.join('')
    if (text === '') continue
    const source = readFileSync(face.source)
    const key = sha256(`${sha256(source)}\u0000${text}\u0000${JSON.stringify(WEIGHT_RANGE)}`)
    const data = await cached(root, 'fonts', `subset-${key.slice(0, 24)}`, 'woff2', () =>
      subsetFont(source, text, { targetFormat: 'woff2', variationAxes: { wght: WEIGHT_RANGE } }),
    )
    const name = `${face.packageName}-${face.range}.${sha256(data).slice(0, 10)}.woff2`
    writeFileSync(path.join(target, name), data)
    bytes += data.length
    faces.push({
      family: face.family,
      range: face.range,
      url: `/${FONTS_DIR}/${name}`,
      // Exactly the characters the file was cut to: a character the site never showed (typed into
      // the search box, say) falls back rather than fetching a file that lacks it.
      unicodeRange: unicodeRangeOf(shown.map((character) => character.codePointAt(0) ?? 0)),
    })
  }
  return { faces, bytes }
}

/** The preview serves the full faces (no subsetting while editors write) from public/fonts/. */
export function publishFullFonts(root: string): PublishedFace[] {
  const target = path.join(root, 'public', FONTS_DIR)
  mkdirSync(target, { recursive: true })
  return faceFiles(root).map((face) => {
    writeFileSync(path.join(target, face.file), readFileSync(face.source))
    return {
      family: face.family,
      range: face.range,
      url: `/${FONTS_DIR}/${face.file}`,
      unicodeRange: face.unicodeRange,
    }
  })
}
