/**
 * What the search index reads of a page (build/stages/search.ts). Only the elements marked
 * `data-pagefind-body` are indexed, and every data-pagefind attribute of the site's pages is
 * inside them (components/article/), so Pagefind learns nothing from the rest of a page: the
 * copy keeps the page's <html> tag (its language) and those elements, and indexing the copies
 * gives the index that indexing the whole pages gives (tests/content/search-index.test.ts) — at
 * 10,000 stories it reads 70 MB instead of 600. A page with no such element copies as an empty
 * body, which Pagefind leaves out as it leaves out the page.
 */

/** One tag of an HTML text: where it starts and ends, its name, and its attributes' text. */
type Tag = { name: string; closing: boolean; start: number; end: number; attributes: string }

/** Elements whose text is raw: a `<` inside them starts no tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript'])
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
])
const TAG_NAME = /<(\/?)([a-zA-Z][^\s/>]*)/y

/**
 * The tags of an HTML text, in order. A quoted attribute value may hold `<` and `>` (the
 * markdown's serializer escapes neither there), so a tag ends at the first `>` outside quotes.
 */
function* tagsOf(html: string): Generator<Tag> {
  let at = html.indexOf('<')
  while (at !== -1) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4)
      if (end === -1) return
      at = html.indexOf('<', end + 3)
      continue
    }
    TAG_NAME.lastIndex = at
    const named = TAG_NAME.exec(html)
    if (!named) {
      at = html.indexOf('<', at + 1)
      continue
    }
    const name = (named[2] ?? '').toLowerCase()
    let end = TAG_NAME.lastIndex
    let quote = ''
    for (; end < html.length; end += 1) {
      const character = html[end]
      if (quote) {
        if (character === quote) quote = ''
      } else if (character === '"' || character === "'") quote = character
      else if (character === '>') break
    }
    if (end >= html.length) return
    const closing = named[1] === '/'
    yield {
      name,
      closing,
      start: at,
      end: end + 1,
      attributes: html.slice(TAG_NAME.lastIndex, end),
    }
    at = end + 1
    if (!closing && RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'gi')
      close.lastIndex = at
      if (!close.exec(html)) return
      at = close.lastIndex - name.length - 2
    } else at = html.indexOf('<', at)
  }
}

const INDEXED = 'data-pagefind-body'
const INDEXED_ATTRIBUTE = new RegExp(`(^|\\s)${INDEXED}(?=[\\s=/]|$)`)

/** Whether a tag's attributes (their values aside) mark it as indexed. */
function isIndexed(attributes: string): boolean {
  return (
    attributes.includes(INDEXED) &&
    INDEXED_ATTRIBUTE.test(attributes.replace(/"[^"]*"|'[^']*'/g, '""'))
  )
}

/** The part of a page the search index reads, as a page of its own. */
export function searchCopy(html: string): string {
  let htmlTag = /^<!DOCTYPE html>(<html[^>]*>)/i.exec(html)?.[1] ?? '<html>'
  if (!html.includes(INDEXED)) return `<!DOCTYPE html>${htmlTag}<body></body></html>`
  const indexed: string[] = []
  let open: { name: string; start: number; depth: number } | undefined
  for (const tag of tagsOf(html)) {
    if (!open) {
      if (tag.closing) continue
      if (tag.name === 'html') htmlTag = html.slice(tag.start, tag.end)
      else if (isIndexed(tag.attributes)) {
        if (VOID.has(tag.name) || tag.attributes.trimEnd().endsWith('/'))
          indexed.push(html.slice(tag.start, tag.end))
        else open = { name: tag.name, start: tag.start, depth: 1 }
      }
      continue
    }
    if (tag.name !== open.name) continue
    open.depth += tag.closing ? -1 : 1
    if (open.depth === 0) {
      indexed.push(html.slice(open.start, tag.end))
      open = undefined
    }
  }
  // An element left open (a page cut short) is indexed to the end, as a browser would read it.
  if (open) indexed.push(html.slice(open.start))
  return `<!DOCTYPE html>${htmlTag}<body>${indexed.join('')}</body></html>`
}
