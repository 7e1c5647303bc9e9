/**
 * The site's faces, cut to what the site shows. A static site knows at build time every character
 * it will ever show, so each face file (one per Unicode range, as @fontsource ships them) is
 * subset to the characters the exported pages use (build/stages/fonts.ts, HarfBuzz through
 * `subset-font`) and its weight axis cut to the weights the design uses. Files whose range the
 * site never touches are not published at all.
 *
 * Pure functions only: reading @fontsource's CSS, the characters of a page, the @font-face rules.
 */

/** The preview's @font-face rules for the full faces (written by tools/dev.ts). */
export const PREVIEW_FONT_FACES = '/fonts/preview-faces.css'

/** The weights the design uses (regular to bold): the variable axis is cut to this range. */
export const WEIGHT_RANGE = { min: 400, max: 700 } as const

/** The families the site's CSS names, and the @fontsource package that ships each. */
export const FAMILIES = [
  { family: 'Source Serif 4 Variable', package: 'source-serif-4' },
  { family: 'Inter Variable', package: 'inter' },
  { family: 'Noto Naskh Arabic Variable', package: 'noto-naskh-arabic' },
  { family: 'Noto Sans Arabic Variable', package: 'noto-sans-arabic' },
] as const

/**
 * The faces each edition's first screen needs, preloaded so they are there before the text is
 * laid out: English headlines and text are set in the serif; Arabic headlines in Noto Sans
 * Arabic and text in Noto Naskh Arabic.
 */
export const FIRST_SCREEN_FACES: Record<string, readonly { family: string; range: string }[]> = {
  en: [{ family: 'Source Serif 4 Variable', range: 'latin' }],
  ar: [
    { family: 'Noto Sans Arabic Variable', range: 'arabic' },
    { family: 'Noto Naskh Arabic Variable', range: 'arabic' },
  ],
}

/**
 * The families each edition's text is set in: app/globals.css names the English ones in its theme
 * and swaps both for the Arabic ones under [lang='ar'].
 */
export const EDITION_FAMILIES: Record<string, readonly string[]> = {
  en: ['Source Serif 4 Variable', 'Inter Variable'],
  ar: ['Noto Naskh Arabic Variable', 'Noto Sans Arabic Variable'],
}

/** A page's language, its edition: `<html lang="ar">` → `ar` ('' when it names none). */
export function pageLanguage(html: string): string {
  return /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? ''
}

/** Languages the stylesheet gives faces of their own wherever an element is marked with them. */
const LANGUAGES_WITH_OWN_FACES = ['ar']

/**
 * The families a page can set text in, read from its markup: its edition's, and the Arabic ones
 * where an element of an English page is marked lang="ar" (a quotation in the story: the
 * stylesheet sets [lang='ar'] in the Arabic faces). The other edition's name in the masthead and
 * footer is set in the reader's system faces (.edition-name), so it does not count. An English
 * phrase in an Arabic page keeps the Arabic faces, which carry Latin letters. A page whose
 * language is not an edition's may use any family. Each face a page does not need is ~280 bytes
 * of @font-face rule saved on every page.
 */
export function familiesUsedBy(html: string): ReadonlySet<string> {
  const lang = pageLanguage(html)
  const own = EDITION_FAMILIES[lang]
  if (!own) return new Set(FAMILIES.map(({ family }) => family))
  const families = new Set(own)
  const body = html.slice(Math.max(0, html.indexOf('<body')))
  for (const [tag = '', marked = ''] of body.matchAll(/<[a-zA-Z][^>]*\slang="([^"]+)"[^>]*>/g)) {
    if (marked === lang || !LANGUAGES_WITH_OWN_FACES.includes(marked)) continue
    if (/\sclass="(?:[^"]*\s)?edition-name[\s"]/.test(tag)) continue
    for (const family of EDITION_FAMILIES[marked] ?? []) families.add(family)
  }
  return families
}

/** One face file of @fontsource, e.g. Inter's latin range. */
export type FaceFile = {
  family: string
  /** The range's name in @fontsource: latin, latin-ext, arabic… */
  range: string
  /** The file name in the package's files/ folder */
  file: string
  unicodeRange: string
}

/** The upright variable-weight faces of an @fontsource-variable package's index.css. */
export function parseFontsourceCss(css: string, packageName: string): FaceFile[] {
  const faces: FaceFile[] = []
  for (const block of css.matchAll(/\/\* (\S+) \*\/\s*@font-face\s*\{([^}]*)\}/g)) {
    const [, name = '', body = ''] = block
    const family = /font-family:\s*'([^']+)'/.exec(body)?.[1]
    const file = /src:\s*url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1]
    const unicodeRange = /unicode-range:\s*([^;]+);/.exec(body)?.[1]
    const prefix = `${packageName}-`
    const range = name.startsWith(prefix)
      ? /^(.+)-wght-normal$/.exec(name.slice(prefix.length))?.[1]
      : undefined
    if (!family || !file || !unicodeRange || !range || !/font-style:\s*normal/.test(body)) continue
    faces.push({ family, range, file, unicodeRange })
  }
  return faces
}

/** Whether a code point falls in a CSS unicode-range value such as `U+0000-00FF,U+0131`. */
export function inUnicodeRange(codePoint: number, unicodeRange: string): boolean {
  return unicodeRange.split(',').some((part) => {
    const [from = '', to = from] = part.trim().replace(/^U\+/i, '').split('-')
    return codePoint >= parseInt(from, 16) && codePoint <= parseInt(to, 16)
  })
}

/** The shortest CSS unicode-range naming exactly these code points, e.g. `U+20-7E,U+A9`. */
export function unicodeRangeOf(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b)
  const parts: string[] = []
  for (let index = 0; index < sorted.length;) {
    const from = sorted[index] ?? 0
    let to = from
    while (sorted[index + 1] === to + 1) {
      to += 1
      index += 1
    }
    index += 1
    const hex = (value: number) => value.toString(16).toUpperCase()
    parts.push(to === from ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)
  }
  return parts.join(',')
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
}

/** The characters a page shows: its text, without markup, scripts, styles or the <head>. */
export function shownCharacters(html: string): Set<string> {
  const body = html.slice(Math.max(0, html.indexOf('<body')))
  const text = body
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*\bvalue="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(parseInt(name.slice(2), 16))
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
      return ENTITIES[name] ?? entity
    })
  // Line breaks and tabs lay out as spaces: no face is asked for them.
  return new Set(text.replace(/[\t\n\r\f]/g, ''))
}

/** A published face file: where it is served and which characters it holds. */
export type PublishedFace = { family: string; range: string; url: string; unicodeRange: string }

/**
 * The @font-face rules for the published faces. `font-display: optional`: the text is laid out
 * at once in the metric-matched fallback if the face is not there within about 100 ms (the first
 * screen's face is preloaded, so it usually is), and it never moves afterwards; the next page
 * finds the face in the cache.
 */
export function fontFaceCss(faces: readonly PublishedFace[]): string {
  return faces
    .map(
      (face) =>
        `@font-face{font-family:'${face.family}';font-style:normal;font-display:optional;font-weight:${WEIGHT_RANGE.min} ${WEIGHT_RANGE.max};src:url(${face.url}) format('woff2');unicode-range:${face.unicodeRange}}`,
    )
    .join('')
}
