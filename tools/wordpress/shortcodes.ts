/**
 * WordPress shortcodes (`[caption …]…[/caption]`, `[gallery ids="1,2"]`, `[embed]…[/embed]`,
 * `[audio mp3="…"]`, `[video …]`): the ones with a meaning here become HTML the body converter
 * understands (a figure, a marked gallery or media element, a bare link); the rest are kept as
 * the text they are and listed in the report. Read as WordPress reads them
 * (`get_shortcode_regex`, `shortcode_parse_atts`): `[[x]]` is the literal text `[x]`.
 */
import escapeHtml from 'escape-html'

export type Shortcode = {
  name: string
  attributes: Record<string, string>
  /** What stands between `[name]` and `[/name]`, when it is closed */
  inner?: string
}

const SHORTCODE = /\[(\[?)([a-zA-Z][\w-]*)((?:\s[^\]]*?)?)(\/?)\](?:([\s\S]*?)\[\/\2\])?(\]?)/g

/** The names converted here; any other shortcode is kept as text and reported. */
export const CONVERTED_SHORTCODES = ['caption', 'wp_caption', 'gallery', 'embed', 'audio', 'video']

/** `shortcode_parse_atts`: `a="x" b='y' c=z d`, curly quotes and entities as WordPress's editor saves them. */
export function parseAttributes(text: string): Record<string, string> {
  const plain = text
    .replace(/&quot;|&#0?34;|[\u201C\u201D\u2033]|&#822[01];/g, '"')
    .replace(/&#0?39;|[\u2018\u2019\u2032]|&#821[67];/g, "'")
  const attributes: Record<string, string> = {}
  const pattern = /([\w-]+)\s*=\s*"([^"]*)"|([\w-]+)\s*=\s*'([^']*)'|([\w-]+)\s*=\s*([^\s'"]+)/g
  for (const match of plain.matchAll(pattern)) {
    const name = (match[1] ?? match[3] ?? match[5] ?? '').toLowerCase()
    const value = match[2] ?? match[4] ?? match[6] ?? ''
    if (name) attributes[name] = value
  }
  return attributes
}

/**
 * Replaces each shortcode by what `convert` returns for it (undefined keeps it as written).
 * Calls `unknown` with the name of each one left as text.
 */
export function replaceShortcodes(
  html: string,
  convert: (shortcode: Shortcode) => string | undefined,
  unknown: (name: string) => void,
): string {
  return html.replace(
    SHORTCODE,
    (whole, open: string, name: string, attributes: string, _self, inner, close: string) => {
      // `[[caption]]`: WordPress's way of writing a shortcode's name as text.
      if (open === '[' && close === ']') return whole.slice(1, -1)
      const shortcode: Shortcode = {
        name: name.toLowerCase(),
        attributes: parseAttributes(attributes),
        ...(inner === undefined ? {} : { inner: inner as string }),
      }
      const converted = CONVERTED_SHORTCODES.includes(shortcode.name)
        ? convert(shortcode)
        : undefined
      if (converted !== undefined) return `${open}${converted}${close}`
      if (!/^\d+$/.test(name)) unknown(shortcode.name)
      return whole
    },
  )
}

/** HTML for the shortcodes this import converts; the body converter reads the `data-wp-*` marks. */
export function shortcodeHtml(shortcode: Shortcode): string | undefined {
  const { name, attributes, inner = '' } = shortcode
  switch (name) {
    case 'caption':
    case 'wp_caption': {
      // `[caption]<a><img></a> The words[/caption]`, or the words in a `caption` attribute.
      const image = /<img\b[^>]*>/i.exec(inner)?.[0]
      if (!image) return inner
      const words = (
        attributes.caption ?? inner.replace(/<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>/i, '')
      )
        .replace(/<\/?(?:a|p|br)\b[^>]*>/gi, ' ')
        .trim()
      return `<figure>${image}<figcaption>${words}</figcaption></figure>`
    }
    case 'gallery': {
      const ids = (attributes.ids ?? attributes.include ?? '').replace(/[^\d,]/g, '')
      return `<div data-wp-gallery="${escapeHtml(ids)}"></div>`
    }
    case 'embed':
      return `<p>${escapeHtml(inner.trim())}</p>`
    case 'audio':
    case 'video': {
      const src =
        attributes.src ??
        attributes.mp4 ??
        attributes.m4v ??
        attributes.mp3 ??
        attributes.m4a ??
        attributes.ogg ??
        attributes.wav ??
        attributes.webm ??
        inner.trim()
      return `<div data-wp-media="${name}" data-src="${escapeHtml(src)}" data-poster="${escapeHtml(attributes.poster ?? '')}"></div>`
    }
    default:
      return undefined
  }
}
