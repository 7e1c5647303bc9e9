/**
 * What changes on every page of an edition at once — the breaking strip, and the masthead's date
 * line once a day — is stamped into each page by the finishing step instead of rendered again
 * (decision 006). React renders each such part inside an element marked `data-stamp="<name>"`
 * (named with its edition: `en-breaking`, `ar-date-line`); a page's version leaves the parts out,
 * so a page rendered on another day or before another breaking story can be carried, and the
 * build stamps it with the parts as this build rendered them on any page it did render.
 *
 * A marked element holds no element of its own tag (the strip is one <aside>, the date line one
 * <p>): it ends at the first closing tag of its name.
 */

/** The stamped parts of one build, by name: each marked element as rendered, whole. */
export type Stamps = ReadonlyMap<string, string>

const MARKED = /<([a-z]+)\b[^>]*\sdata-stamp="([a-z]{2,3}-[a-z-]+)"[^>]*>/g

/** The marker a stamped part's outer element carries. */
export function stampName(edition: string, part: 'breaking' | 'date-line'): string {
  return `${edition}-${part}`
}

/** Every marked element of a page, by name, with where it starts and ends. */
function markedParts(html: string): { name: string; start: number; end: number }[] {
  const parts: { name: string; start: number; end: number }[] = []
  for (const match of html.matchAll(MARKED)) {
    const [opening, tag, name] = match
    if (!tag || !name || match.index < (parts.at(-1)?.end ?? 0)) continue
    const close = html.indexOf(`</${tag}>`, match.index + opening.length)
    if (close === -1) continue
    parts.push({ name, start: match.index, end: close + tag.length + 3 })
  }
  return parts
}

/** The marked parts of a page as it was rendered in this build, to stamp on the others. */
export function stampsOf(html: string): Map<string, string> {
  return new Map(markedParts(html).map(({ name, start, end }) => [name, html.slice(start, end)]))
}

/** The page with each marked part replaced by this build's (a part the build has none of stays). */
export function withStamps(html: string, stamps: Stamps): string {
  let stamped = ''
  let at = 0
  for (const { name, start, end } of markedParts(html)) {
    stamped += html.slice(at, start) + (stamps.get(name) ?? html.slice(start, end))
    at = end
  }
  return stamped + html.slice(at)
}

/** The markers, once stamped: an empty placeholder goes, the attribute goes. */
export function withoutStampMarkers(html: string): string {
  return html
    .replace(/<template data-stamp="[a-z]{2,3}-[a-z-]+"><\/template>/g, '')
    .replace(/<([a-z]+)\b([^>]*?) data-stamp="[a-z]{2,3}-[a-z-]+"/g, '<$1$2')
}
