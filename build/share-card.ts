/**
 * Share cards: the 1200×630 PNG that social networks show beside a shared article, and the
 * publisher logo that structured data points at. build/stages/cards.ts draws them after
 * `next build` from the list lib/outputs/share-images.ts makes (getShareImages). sharp's text
 * renderer (Pango with HarfBuzz and FriBidi) joins Arabic letters and orders them right to left;
 * no browser is involved. sharp cannot read the .woff2 files the site serves, so each face is
 * converted to TrueType once (fontverter) and handed to it as a font file. (wawoff2's
 * decompression of Source Serif 4 gave a file fontconfig could not read, and Pango silently drew
 * the English cards in a fallback sans; tests/unit/share-card.test.ts now catches a fallback.)
 *
 * Cards are cached under .cache/share-cards/ by a hash of everything drawn on them, so a rebuild
 * only draws the cards of new or edited headlines.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { cachedFile, sha256, writeWhole } from './cache'
import fontverter from 'fontverter'
import { CARD_HEIGHT, CARD_WIDTH } from '../lib/outputs/share-card-size'
import type { ShareCard, ShareImage } from '../lib/outputs/share-images'

export type { ShareCard, ShareImage }

/** Bump when the drawing below changes, so cached cards are redrawn. */
const CARD_VERSION = 4

const MARGIN = 80
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN
const HEADLINE_TOP = 210
const HEADLINE_MAX_HEIGHT = 300
/** Largest first; the first size whose lines fit the headline box is used. */
const HEADLINE_SIZES = [64, 56, 48, 42, 36]

const colours = { paper: '#ffffff', ink: '#121212', muted: '#4a4a4a', accent: '#a0141b' }

type Script = 'latin' | 'arabic'

export type FaceName = 'serif' | 'sans' | 'naskh' | 'sansArabic'

/** The same faces as the site's CSS, one woff2 file per Unicode range. */
export const FACES: Record<FaceName, { family: string; files: string[] }> = {
  serif: {
    family: 'Source Serif 4',
    files: ['source-serif-4/files/source-serif-4-latin-wght-normal.woff2'],
  },
  sans: { family: 'Inter', files: ['inter/files/inter-latin-wght-normal.woff2'] },
  naskh: {
    family: 'Noto Naskh Arabic',
    files: [
      'noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2',
      'noto-naskh-arabic/files/noto-naskh-arabic-latin-wght-normal.woff2',
    ],
  },
  sansArabic: {
    family: 'Noto Sans Arabic',
    files: [
      'noto-sans-arabic/files/noto-sans-arabic-arabic-wght-normal.woff2',
      'noto-sans-arabic/files/noto-sans-arabic-latin-wght-normal.woff2',
    ],
  },
}

/**
 * Which face draws which line, per script: as on the site, Arabic headlines are set in sans
 * (tests/e2e/arabic.spec.ts checks the pages draw the same lines with the same faces).
 */
export const TYPE: Record<Script, { wordmark: FaceName; label: FaceName; headline: FaceName }> = {
  latin: { wordmark: 'serif', label: 'sans', headline: 'serif' },
  arabic: { wordmark: 'naskh', label: 'sansArabic', headline: 'sansArabic' },
}

export type CardPaths = {
  /** The project root, where node_modules/ and .cache/ live */
  root: string
}

/** Pango markup is XML: headlines may hold &, < and >. */
function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

const fontFiles = new Map<string, Promise<string>>()

/** The TrueType version of one woff2 file, decompressed once into .cache/fonts/. */
function trueTypeFile(woff2: string, { root }: CardPaths): Promise<string> {
  const cached = fontFiles.get(woff2)
  if (cached) return cached
  const task = (async () => {
    const target = path.join(root, '.cache', 'fonts', `${path.basename(woff2, '.woff2')}.sfnt.ttf`)
    if (!existsSync(target)) {
      const source = path.join(root, 'node_modules', '@fontsource-variable', woff2)
      writeWhole(target, await fontverter.convert(readFileSync(source), 'truetype'))
    }
    return target
  })()
  fontFiles.set(woff2, task)
  return task
}

/**
 * Makes every file of a face known to fontconfig. libvips adds each font file it is given to the
 * process's font set for good, so later text in that family finds all its Unicode ranges.
 */
function loadFace(face: FaceName, paths: CardPaths): Promise<string> {
  const loaded = loadedFaces.get(face)
  if (loaded) return loaded
  const task = (async () => {
    const files = await Promise.all(FACES[face].files.map((file) => trueTypeFile(file, paths)))
    for (const fontfile of files.slice(1)) {
      await sharp({ text: { text: '.', font: FACES[face].family, fontfile } }).toBuffer()
    }
    return files[0] as string
  })()
  loadedFaces.set(face, task)
  return task
}

const loadedFaces = new Map<FaceName, Promise<string>>()

/** Uncompressed RGBA pixels: blocks are composited at once, never written out on their own. */
export type TextBlock = { data: Buffer; width: number; height: number }

const rawInput = (block: TextBlock) => ({
  input: block.data,
  raw: { width: block.width, height: block.height, channels: 4 as const },
})

export async function drawText(
  text: string,
  options: {
    face: FaceName
    weight: string
    size: number
    colour: string
    /** The family to ask Pango for; the face's own unless a test asks for a missing one */
    family?: string
  },
  paths: CardPaths,
): Promise<TextBlock> {
  const fontfile = await loadFace(options.face, paths)
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${options.colour}">${escapeMarkup(text)}</span>`,
      font: `${options.family ?? FACES[options.face].family} ${options.weight} ${options.size}`,
      fontfile,
      width: TEXT_WIDTH,
      dpi: 72,
      rgba: true,
      wrap: 'word',
      // Pango sets each paragraph's direction from its text and then flips alignment for
      // right-to-left ones: "left" means the inline start, the right edge for Arabic.
      align: 'left',
    },
  })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height }
}

const repeatedBlocks = new Map<string, Promise<TextBlock>>()

/**
 * A block every card of an edition or section shares (wordmark, address, section label), drawn
 * once per build rather than once per card: only the headline differs from card to card.
 */
function drawRepeatedText(
  text: string,
  options: { face: FaceName; weight: string; size: number; colour: string },
  paths: CardPaths,
): Promise<TextBlock> {
  const key = JSON.stringify([text, options])
  let block = repeatedBlocks.get(key)
  if (!block) {
    block = drawText(text, options, paths)
    repeatedBlocks.set(key, block)
  }
  return block
}

/** The largest headline size whose lines fit the box; the smallest size when none does. */
async function drawHeadline(card: ShareCard, paths: CardPaths): Promise<TextBlock> {
  const face = TYPE[scriptOf(card)].headline
  let block: TextBlock | undefined
  for (const size of HEADLINE_SIZES) {
    block = await drawText(
      directed(card.headline, card.dir),
      { face, weight: 'Bold', size, colour: colours.ink },
      paths,
    )
    if (block.height <= HEADLINE_MAX_HEIGHT) return block
  }
  return block as TextBlock
}

/**
 * Pango takes a paragraph's direction from its first strong letter; a right-to-left mark first
 * keeps an Arabic headline that opens with a Latin name (or a number) right to left.
 */
function directed(text: string, dir: 'ltr' | 'rtl'): string {
  return dir === 'rtl' ? `\u200f${text}` : text
}

function scriptOf(card: Pick<ShareCard, 'dir'>): Script {
  return card.dir === 'rtl' ? 'arabic' : 'latin'
}

/** Left offset of a block that starts at the inline start: the left margin, or the right one. */
function inlineStart(block: TextBlock, dir: 'ltr' | 'rtl'): number {
  return dir === 'rtl' ? CARD_WIDTH - MARGIN - block.width : MARGIN
}

/** Uncompressed RGBA pixels of a whole card, before its label and headline. */
const cardBases = new Map<string, Promise<Buffer>>()
const solidBlocks = new Map<string, Promise<TextBlock>>()

/** A full-width bar of one colour, as pixels ready to composite. */
function solidBar(height: number, colour: string): Promise<TextBlock> {
  const key = `${height}:${colour}`
  let bar = solidBlocks.get(key)
  if (!bar) {
    bar = sharp({ create: { width: CARD_WIDTH, height, channels: 4, background: colour } })
      .raw()
      .toBuffer()
      .then((data) => ({ data, width: CARD_WIDTH, height }))
    solidBlocks.set(key, bar)
  }
  return bar
}

/**
 * Paper, accent rule and wordmark: the same for every card of an edition, so composited once and
 * kept as raw pixels. Starting each card from these pixels rather than from sharp's `create`
 * makes drawing a card about four times faster (measured: 16 ms to 4 ms), with the same bytes.
 */
function cardBase(card: ShareCard, paths: CardPaths): Promise<Buffer> {
  const key = JSON.stringify([card.siteName, card.dir])
  let base = cardBases.get(key)
  if (!base) {
    base = (async () => {
      const type = TYPE[scriptOf(card)]
      const [rule, wordmark] = await Promise.all([
        solidBar(14, colours.accent),
        drawRepeatedText(
          directed(card.siteName, card.dir),
          { face: type.wordmark, weight: 'Bold', size: 44, colour: colours.ink },
          paths,
        ),
      ])
      return sharp({
        create: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 4, background: colours.paper },
      })
        .composite([
          { ...rawInput(rule), top: 0, left: 0 },
          { ...rawInput(wordmark), top: 56, left: inlineStart(wordmark, card.dir) },
        ])
        .raw()
        .toBuffer()
    })()
    cardBases.set(key, base)
  }
  return base
}

/** Draws a card: accent rule, wordmark, section label, headline, and the site's address. */
export async function drawShareCard(card: ShareCard, paths: CardPaths): Promise<Buffer> {
  const type = TYPE[scriptOf(card)]
  const label = card.label
    ? await drawRepeatedText(
        card.dir === 'rtl' ? directed(card.label, 'rtl') : card.label.toUpperCase(),
        { face: type.label, weight: 'Bold', size: 28, colour: colours.accent },
        paths,
      )
    : undefined
  const [base, headline, footRule, domain] = await Promise.all([
    cardBase(card, paths),
    drawHeadline(card, paths),
    solidBar(2, colours.ink),
    drawRepeatedText(
      card.domain,
      { face: type.label, weight: 'Medium', size: 24, colour: colours.muted },
      paths,
    ),
  ])
  return (
    sharp(base, { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 4 } })
      .composite([
        ...(label ? [{ ...rawInput(label), top: 150, left: inlineStart(label, card.dir) }] : []),
        { ...rawInput(headline), top: HEADLINE_TOP, left: inlineStart(headline, card.dir) },
        { ...rawInput(footRule), top: CARD_HEIGHT - 90, left: 0 },
        { ...rawInput(domain), top: CARD_HEIGHT - 68, left: inlineStart(domain, card.dir) },
      ])
      // Opaque: three channels are a quarter less to compress and to download.
      .removeAlpha()
      .png()
      .toBuffer()
  )
}

/** The publisher logo for structured data: the wordmark on white, 600 pixels wide at most. */
async function drawLogo(siteName: string, dir: 'ltr' | 'rtl', paths: CardPaths): Promise<Buffer> {
  const face = TYPE[scriptOf({ dir })].wordmark
  const text = await drawText(
    siteName,
    { face, weight: 'Bold', size: 40, colour: colours.ink },
    paths,
  )
  const width = Math.min(600, text.width + 20)
  const height = 60
  const input = await sharp(text.data, { raw: rawInput(text).raw })
    .resize({ width: width - 20, height: height - 8, fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true })
  return sharp({ create: { width, height, channels: 4, background: colours.paper } })
    .composite([
      {
        ...rawInput({ data: input.data, width: input.info.width, height: input.info.height }),
        top: Math.round((height - input.info.height) / 2),
        left: Math.round((width - input.info.width) / 2),
      },
    ])
    .removeAlpha()
    .png()
    .toBuffer()
}

/** The key a card is cached under: changes when anything drawn on it changes. */
function cardKey(kind: string, input: unknown): string {
  const fonts = Object.values(FACES).flatMap((face) => face.files)
  return sha256(JSON.stringify({ kind, version: CARD_VERSION, input, fonts })).slice(0, 32)
}

/** The image's PNG file in the cache, drawn only when something drawn on it changed. */
export function shareImageFile(image: ShareImage, paths: CardPaths): Promise<string> {
  switch (image.kind) {
    case 'card':
      return cachedFile(paths.root, 'share-cards', cardKey('card', image.card), 'png', () =>
        drawShareCard(image.card, paths),
      )
    case 'logo': {
      const { siteName, dir } = image
      return cachedFile(paths.root, 'share-cards', cardKey('logo', { siteName, dir }), 'png', () =>
        drawLogo(siteName, dir, paths),
      )
    }
  }
}
