/**
 * One story, one address. A slug (a file name, or a tag turned into a folder) becomes a URL and a
 * folder on every host and every editor's laptop, so it must be one exact spelling: NFC, lower
 * case, letters of the editions' scripts (Latin, Arabic) and digits joined by single hyphens, no
 * invisible or look-alike letters, no name Windows reserves. Two slugs that look alike
 * (`café` composed and decomposed, `cafe`/`café`, `story-1`/`story-١`) are one address: the
 * content rules refuse the second by comparing `slugIdentity`.
 */
import { codePoint } from './text'

/** File names Windows cannot create, whatever follows them (CON, NUL.txt, COM1 …). */
const WINDOWS_DEVICE_NAMES = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i

/** Letters that exist only to look like other letters in a URL (long s, kra, ŉ). */
const LOOK_ALIKE_LETTERS = /[\u017F\u0138\u0149]/u

/** A letter a slug may use: lower-case Latin or an Arabic-script letter (not a mark, tatweel or filler). */
const SLUG_LETTER = /^(?:(?=\p{Script=Latin})\p{Ll}|(?=\p{Script=Arabic})\p{Lo})$/u
/** ASCII digits, Arabic-Indic and Eastern Arabic-Indic digits. */
const SLUG_DIGIT = /^[0-9\u0660-\u0669\u06F0-\u06F9]$/u

/** Why `slug` cannot be an address, or undefined when it can. */
export function slugProblem(slug: string): string | undefined {
  const example = 'e.g. "bridge-reopens" or "افتتاح-الجسر"'
  if (slug.length === 0) return 'is empty'
  if (slug !== slug.normalize('NFC'))
    return `"${visible(slug)}" is not in composed Unicode (NFC): retype the name, or save it as "${slug.normalize('NFC')}"`
  for (const char of slug) {
    if (LOOK_ALIKE_LETTERS.test(char))
      return `"${visible(slug)}" uses ${codePoint(char)} "${char}", a letter that imitates another: type the ordinary letter`
    if (char === '-' || SLUG_LETTER.test(char) || SLUG_DIGIT.test(char)) continue
    if (/\p{Lu}/u.test(char)) return `"${slug}" must be lower case: "${slug.toLowerCase()}"`
    if (char === ' ') return `"${slug}" holds a space (U+0020): join words with hyphens, ${example}`
    if (/[\p{Cf}\p{Cc}\p{Zs}\p{M}\p{Lm}]|\u3164|\u115F|\u1160|\uFFA0/u.test(char))
      return `"${visible(slug)}" holds the invisible or combining character ${codePoint(char)}: delete it`
    return `"${visible(slug)}" holds ${codePoint(char)} "${char}": an address uses only lower-case Latin or Arabic letters, digits and hyphens, ${example}`
  }
  if (slug !== slug.normalize('NFKC'))
    return `"${visible(slug)}" uses a compatibility form of a letter (a ligature or presentation form): type the plain letters`
  if (!/^[^-]+(?:-[^-]+)*$/u.test(slug))
    return `"${slug}" must be words joined by single hyphens, with none at either end, ${example}`
  if (WINDOWS_DEVICE_NAMES.test(slug))
    return `"${slug}" is a device name that Windows cannot save as a file or folder: choose another name`
  return undefined
}

/**
 * The form two slugs share when readers would take them for one address: compatibility
 * decomposition without marks, lower case, one spelling of look-alike letters and digits.
 */
export function slugIdentity(slug: string): string {
  return slug
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[ıɩ]/g, 'i')
    .replace(/ſ/g, 's')
    .replace(/[\u0660-\u0669]/g, (digit) => String((digit.codePointAt(0) ?? 0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (digit) => String((digit.codePointAt(0) ?? 0) - 0x06f0))
    .replace(/[\u06CC\u0649]/g, '\u064A') // Farsi yeh and alef maksura → yeh
    .replace(/\u06A9/g, '\u0643') // keheh → kaf
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627') // alef with hamza or madda → alef
    .replace(/[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u3164]/g, '')
}

/** The slug with invisible characters shown as code points, so a message can point at them. */
function visible(slug: string): string {
  return [...slug]
    .map((char) =>
      /[\p{Cf}\p{Cc}\p{Zs}\p{M}]|\u3164|\u115F|\u1160|\uFFA0/u.test(char)
        ? `<${codePoint(char)}>`
        : char,
    )
    .join('')
}
