/**
 * What a provider's answer says of a post, as embed metadata (lib/content/embed-metadata.ts):
 * its oEmbed JSON or its page's Open Graph tags. Every answer is untrusted: only the known
 * fields are read, as plain text; the result goes through the metadata schema before it is
 * kept. Pure: answers in, metadata out (tools/fetch-embeds.ts fetches).
 */
import type { EmbedLink } from './embeds'

/** The fields of a kept file, before its thumbnail is saved and the schema checks it. */
export type FetchedPost = {
  title?: string
  author?: string
  authorUrl?: string
  text?: string
  published?: string
  /** The provider's thumbnail, to be fetched and kept beside the file */
  thumbnailUrl?: string
  source: 'oembed' | 'opengraph'
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
}

/** The character a numeric entity names, or undefined for none (a surrogate, past U+10FFFF). */
const entityChar = (code: number) =>
  Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
    ? String.fromCodePoint(code)
    : undefined

/**
 * Markup to plain text: scripts and styles dropped with their text, line breaks and the ends of
 * blocks read as a space, other tags dropped, entities decoded (a numeric one that names no
 * character kept as written), spaces folded. Also the WordPress import's (tools/wordpress/plan.ts).
 */
export function plainText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>|<\/(?:p|div|li|h[1-6]|blockquote|figcaption|td|th)\s*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (/^#x/i.test(name)) return entityChar(Number.parseInt(name.slice(2), 16)) ?? entity
      if (name.startsWith('#')) return entityChar(Number(name.slice(1))) ?? entity
      return ENTITIES[name.toLowerCase()] ?? entity
    })
    .replace(/\s+/g, ' ')
    .trim()
}

const string = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' && value.trim() ? plainText(value).slice(0, max) : undefined

const https = (value: unknown): string | undefined =>
  typeof value === 'string' && /^https:\/\/[^\s"'<>]{1,590}$/.test(value) ? value : undefined

/** "December 7, 2026" (as X writes a post's date) as 2026-12-07, or undefined. */
function isoDay(text: string | undefined): string | undefined {
  if (!text) return undefined
  const time = Date.parse(`${text} 12:00 UTC`)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10)
}

/** An oEmbed answer (https://oembed.com) as a post's fields. */
export function fromOEmbed(link: EmbedLink, answer: unknown): FetchedPost {
  const data = (typeof answer === 'object' && answer !== null ? answer : {}) as Record<string, unknown>
  const post: FetchedPost = { source: 'oembed' }
  const title = string(data.title, 300)
  const author = string(data.author_name, 120)
  const authorUrl = https(data.author_url)
  const thumbnailUrl = https(data.thumbnail_url)
  if (author) post.author = author
  if (authorUrl) post.authorUrl = authorUrl
  if (thumbnailUrl) post.thumbnailUrl = thumbnailUrl
  // X answers with the post as a quotation: its words, then "— name (@handle) date".
  if (link.provider === 'x' && typeof data.html === 'string') {
    const words = /<p[^>]*>([\s\S]*?)<\/p>/i.exec(data.html)?.[1]
    const text = words ? plainText(words).slice(0, 1000) : undefined
    if (text) post.text = text
    const dated = [...data.html.matchAll(/<a[^>]*>([^<]*)<\/a>/gi)].at(-1)?.[1]
    const published = isoDay(dated)
    if (published) post.published = published
  }
  if (title) post.title = title
  else if (author) post.title = author
  return post
}

/** The Open Graph tags of a page (Telegram's post pages carry the channel, text and picture). */
export function fromOpenGraph(html: string): FetchedPost {
  const tags = new Map<string, string>()
  for (const [tag] of html.slice(0, 1_000_000).matchAll(/<meta\s[^>]*>/gi)) {
    const property = /\s(?:property|name)="(og:[a-z:_]+)"/i.exec(tag)?.[1]?.toLowerCase()
    const content = /\scontent="([^"]*)"/i.exec(tag)?.[1]
    if (property && content !== undefined && !tags.has(property)) tags.set(property, content)
  }
  const post: FetchedPost = { source: 'opengraph' }
  const title = string(tags.get('og:title'), 300)
  const text = string(tags.get('og:description'), 1000)
  const thumbnailUrl = https(plainText(tags.get('og:image') ?? ''))
  if (title) post.title = title
  if (text) post.text = text
  if (thumbnailUrl) post.thumbnailUrl = thumbnailUrl
  return post
}
