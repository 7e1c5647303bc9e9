/**
 * Reads a WordPress export (WXR: RSS 2.0 with WordPress's own elements) as a stream, one item at
 * a time, so an export of any size is read in little memory. The parser is `saxes`: strict XML
 * with line and column in its errors, and no DTD: an entity the export declares for itself is
 * refused ("undefined entity"), never expanded. The export is untrusted, so every text is capped.
 */
import { createReadStream } from 'node:fs'
import { SaxesParser } from 'saxes'

export type WxrTerm = {
  id: string
  taxonomy: string
  slug: string
  name: string
  parent: string
  description: string
}

export type WxrAuthor = { login: string; displayName: string; email: string }

export type WxrChannel = {
  title: string
  link: string
  /** Where the old site lived, `https://old.example.com` (its addresses are read against it) */
  baseSiteUrl: string
  baseBlogUrl: string
  language: string
  authors: WxrAuthor[]
  terms: WxrTerm[]
}

export type WxrItem = {
  /** The line of the export the item starts at, for messages */
  line: number
  id: string
  type: string
  status: string
  title: string
  link: string
  guid: string
  creator: string
  content: string
  excerpt: string
  /** `2019-05-03 12:30:00`, the site's wall-clock time */
  date: string
  /** `2019-05-03 09:30:00`, or `0000-00-00 00:00:00` for an unpublished draft */
  dateGmt: string
  modifiedGmt: string
  name: string
  parent: string
  attachmentUrl: string
  terms: { domain: string; slug: string; name: string }[]
  meta: Record<string, string>
}

/** The longest text one element may hold: a body past this is a damaged or hostile export. */
export const WXR_TEXT_LIMIT = 8 * 1024 * 1024

/**
 * A text of its own. What the parser hands out are slices of the chunk it read (256 KiB), and V8
 * keeps a whole chunk alive for as long as any slice of it lives: a title kept from each of
 * 50,000 items would hold the whole export in memory.
 */
const own = (text: string) => Buffer.from(text, 'utf8').toString('utf8')

/** The longest run of a text between two ">" (or after the last). */
function longestRun(text: string): number {
  let longest = 0
  let start = 0
  for (let at = text.indexOf('>'); at !== -1; at = text.indexOf('>', at + 1)) {
    longest = Math.max(longest, at - start)
    start = at + 1
  }
  return Math.max(longest, text.length - start)
}

export class WxrError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    what: string,
  ) {
    super(`${file}:${line}:${column}: ${what}`)
  }
}

const emptyItem = (line: number): WxrItem => ({
  line,
  id: '',
  type: '',
  status: '',
  title: '',
  link: '',
  guid: '',
  creator: '',
  content: '',
  excerpt: '',
  date: '',
  dateGmt: '',
  modifiedGmt: '',
  name: '',
  parent: '',
  attachmentUrl: '',
  terms: [],
  meta: {},
})

/** An item's simple fields, by element name. */
const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: 'title',
  link: 'link',
  guid: 'guid',
  'dc:creator': 'creator',
  'content:encoded': 'content',
  'excerpt:encoded': 'excerpt',
  'wp:post_id': 'id',
  'wp:post_date': 'date',
  'wp:post_date_gmt': 'dateGmt',
  'wp:post_modified_gmt': 'modifiedGmt',
  'wp:post_name': 'name',
  'wp:status': 'status',
  'wp:post_parent': 'parent',
  'wp:post_type': 'type',
  'wp:attachment_url': 'attachmentUrl',
}

/**
 * Reads `file`, calling `onItem` for each `<item>` in order; resolves with the channel's own
 * data (site, authors, categories, tags and other terms). Rejects with a `WxrError` naming the
 * line and column of the first thing wrong. An `onItem` that returns a promise holds the reading
 * back until it settles (at most the items of one chunk are in hand at once).
 */
export async function readWxr(
  file: string,
  onItem: (item: WxrItem, channel: WxrChannel) => void | Promise<void>,
): Promise<WxrChannel> {
  const channel: WxrChannel = {
    title: '',
    link: '',
    baseSiteUrl: '',
    baseBlogUrl: '',
    language: '',
    authors: [],
    terms: [],
  }
  const parser = new SaxesParser({ xmlns: false, position: true })
  const stack: string[] = []
  let text = ''
  let item: WxrItem | undefined
  let record: Record<string, string> = {}
  let attributes: Record<string, string> = {}
  let sawRss = false
  // What onItem is still doing, one item after another: awaited after each chunk, so a slow
  // item holds the reading back.
  let working: Promise<void> = Promise.resolve()
  const fail = (what: string): never => {
    throw new WxrError(file, parser.line, parser.column + 1, what)
  }

  parser.on('error', (error) => {
    // saxes prefixes its messages with the position; say it once, in our own form.
    fail(error.message.replace(/^\d+:\d+:\s*/, ''))
  })
  parser.on('doctype', () => fail('a DOCTYPE is not part of a WordPress export; refused'))
  parser.on('opentag', (tag) => {
    if (stack.length === 0) {
      if (tag.name !== 'rss')
        fail(`expected <rss>, the root of a WordPress export, not <${tag.name}>`)
      sawRss = true
    }
    stack.push(tag.name)
    text = ''
    if (tag.name === 'item') item = emptyItem(parser.line)
    else if (['wp:author', 'wp:category', 'wp:tag', 'wp:term', 'wp:postmeta'].includes(tag.name))
      record = {}
    if (tag.name === 'category')
      attributes = Object.fromEntries(
        Object.entries(tag.attributes).map(([name, value]) => [name, own(String(value))]),
      )
  })
  const addText = (chunk: string) => {
    if (text.length + chunk.length > WXR_TEXT_LIMIT)
      fail(`an element holds more than ${WXR_TEXT_LIMIT / 1024 / 1024} MiB of text`)
    text += chunk
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  parser.on('closetag', (tag) => {
    const name = tag.name
    stack.pop()
    const parent = stack.at(-1) ?? ''
    const value = own(text)
    text = ''
    if (item) {
      if (name === 'item') {
        const whole = item
        working = working.then(() => onItem(whole, channel))
        item = undefined
        return
      }
      if (parent === 'item') {
        const field = ITEM_FIELDS[name]
        if (field) (item as Record<string, unknown>)[field] = value.trim()
        else if (name === 'category')
          item.terms.push({
            domain: attributes.domain ?? 'category',
            slug: attributes.nicename ?? '',
            name: value.trim(),
          })
        else if (name === 'wp:postmeta' && record.key !== undefined)
          item.meta[record.key] = record.value ?? ''
      } else if (parent === 'wp:postmeta') {
        if (name === 'wp:meta_key') record.key = value.trim()
        if (name === 'wp:meta_value') record.value = value
      }
      return
    }
    if (parent === 'channel') {
      if (name === 'title') channel.title = value.trim()
      else if (name === 'link') channel.link = value.trim()
      else if (name === 'language') channel.language = value.trim()
      else if (name === 'wp:base_site_url') channel.baseSiteUrl = value.trim()
      else if (name === 'wp:base_blog_url') channel.baseBlogUrl = value.trim()
      else if (name === 'wp:author')
        channel.authors.push({
          login: record.author_login ?? '',
          displayName: record.author_display_name || record.author_login || '',
          email: record.author_email ?? '',
        })
      else if (name === 'wp:category')
        channel.terms.push({
          id: record.term_id ?? '',
          taxonomy: 'category',
          slug: record.category_nicename ?? '',
          name: record.cat_name ?? '',
          parent: record.category_parent ?? '',
          description: record.category_description ?? '',
        })
      else if (name === 'wp:tag')
        channel.terms.push({
          id: record.term_id ?? '',
          taxonomy: 'post_tag',
          slug: record.tag_slug ?? '',
          name: record.tag_name ?? '',
          parent: '',
          description: record.tag_description ?? '',
        })
      else if (name === 'wp:term')
        channel.terms.push({
          id: record.term_id ?? '',
          taxonomy: record.term_taxonomy ?? '',
          slug: record.term_slug ?? '',
          name: record.term_name ?? '',
          parent: record.term_parent ?? '',
          description: record.term_description ?? '',
        })
    } else if (['wp:author', 'wp:category', 'wp:tag', 'wp:term'].includes(parent)) {
      record[name.replace(/^wp:/, '')] = value.trim()
    }
  })

  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })
  try {
    // A tag's attributes are held whole by the parser: a run of more than the limit without a
    // single ">" (a tag that never ends) is refused before it is held.
    let sinceTagEnd = 0
    for await (const chunk of stream) {
      const text = chunk as string
      const first = text.indexOf('>')
      const longest =
        first === -1 ? sinceTagEnd + text.length : Math.max(sinceTagEnd + first, longestRun(text))
      sinceTagEnd = first === -1 ? longest : text.length - text.lastIndexOf('>') - 1
      if (longest > WXR_TEXT_LIMIT)
        throw new WxrError(
          file,
          parser.line,
          parser.column + 1,
          `more than ${WXR_TEXT_LIMIT / 1024 / 1024} MiB without the end of a tag: a damaged or hostile export`,
        )
      parser.write(text)
      await working
    }
    parser.close()
    await working
  } finally {
    stream.destroy()
  }
  if (!sawRss) throw new WxrError(file, 1, 1, 'the file is empty, not a WordPress export')
  if (!channel.baseSiteUrl && !channel.link)
    throw new WxrError(file, 1, 1, 'no <wp:base_site_url> or <link>: not a WordPress export')
  return channel
}
