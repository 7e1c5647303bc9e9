/**
 * Links that share an article on social networks and by email: plain addresses of each
 * network's public share page, so no third-party script runs on our pages.
 */
export type ShareNetwork = 'x' | 'facebook' | 'whatsapp' | 'telegram' | 'email'

export type ShareLink = { network: ShareNetwork; href: string }

/** A letter, mark or digit outside ASCII: safe to leave as itself in a query. */
const NON_ASCII_WORD_CHARACTER = /^[^\u0000-\u007f]$/u
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u

/**
 * A query value that decodes to `text`, with letters and digits outside ASCII left as
 * themselves: the browser percent-encodes them as UTF-8 when the link is followed, so the
 * network receives exactly what `encodeURIComponent` would send, while the page carries
 * two bytes per Arabic letter instead of six (nine for an address already encoded once).
 * Everything else — spaces, `&`, `#`, `%`, controls, bidi marks — is encoded as usual.
 */
export function queryValue(text: string): string {
  let value = ''
  for (const character of text) {
    value +=
      NON_ASCII_WORD_CHARACTER.test(character) && WORD_CHARACTER.test(character)
        ? character
        : encodeURIComponent(character)
  }
  return value
}

/** The address as a reader sees it (`/ar/جسر/`), so it is shared once encoded, not twice. */
function readableUrl(url: string): string {
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}

/** `url` is the article's absolute URL; `title` its headline. */
export function shareLinks(url: string, title: string): ShareLink[] {
  const address = readableUrl(url)
  const u = queryValue(address)
  const t = queryValue(title)
  return [
    { network: 'x', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { network: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'whatsapp', href: `https://wa.me/?text=${queryValue(`${title} ${address}`)}` },
    { network: 'telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { network: 'email', href: `mailto:?subject=${t}&body=${u}` },
  ]
}
