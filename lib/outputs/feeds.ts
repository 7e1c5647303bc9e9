/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1 documents, written by the `feed` package from the same
 * view models as the pages. Pure: the feed routes in app/[edition]/feeds/ hand it the articles.
 */
import { Feed, type Item } from 'feed'
import type { FeedArticle } from '../newsroom/view-models'
import {
  absoluteUrl,
  editionUrl,
  FEED_FORMATS,
  FEED_MEDIA_TYPES,
  feedUrl,
  logoUrl,
  type FeedFormat,
} from '../site/routes'
import { xmlText } from './xml'

/** Items in every feed: the newest stories only. */
export const FEED_ITEMS = 50

export type FeedChannel = {
  /** "The Tigris Chronicle" or "Politics | The Tigris Chronicle" */
  title: string
  description: string
  /** BCP 47 language of the edition: en, ar */
  language: string
  baseUrl: string
  /** The page the feed follows: the edition's front or the section's front */
  homePath: string
  /** Where each format of this feed is published */
  feedPaths: Record<FeedFormat, string>
  /** The edition's logo */
  logoPath: string
  copyright: string
  /** The WebSub hub that tells subscribers at once when the feed changes (docs/announce.md) */
  hub?: string | undefined
  /** Credited on stories that name no author ("Chronicle staff") */
  staffByline: string
  /** The feed's time when it has no items yet: the build's, never the clock's */
  builtAt: Date
}

/**
 * Links and images in article bodies are site-relative ("/en/…", "/images/…"); a feed reader
 * shows them on another site, so they become absolute. The body is our own sanitized output,
 * always with double-quoted attributes, so matching the attribute is enough.
 */
export function absoluteBodyUrls(html: string, baseUrl: string): string {
  return html.replace(
    /(\s(?:href|src))="(\/(?!\/)[^"]*)"/g,
    (_match, attribute: string, path: string) => `${attribute}="${absoluteUrl(baseUrl, path)}"`,
  )
}

function feedItem(channel: FeedChannel, article: FeedArticle): Item {
  const url = absoluteUrl(channel.baseUrl, article.href)
  const image = article.image
  const lead = image
    ? `<figure><img src="${absoluteUrl(channel.baseUrl, image.src)}" alt="${escapeAttribute(image.alt)}" width="${image.width}" height="${image.height}"/></figure>`
    : ''
  return {
    title: xmlText(article.title),
    id: url,
    guid: url,
    link: url,
    description: xmlText(article.summary),
    content: xmlText(lead + absoluteBodyUrls(article.bodyHtml, channel.baseUrl)),
    date: new Date(article.updated ?? article.published),
    published: new Date(article.published),
    // Never an empty list: the feed package's JSON writer fails on one.
    author:
      article.authors.length > 0
        ? article.authors.map((author) => ({
            name: xmlText(author.name),
            link: absoluteUrl(channel.baseUrl, author.href),
          }))
        : [{ name: channel.staffByline }],
    // RSS reads name and domain; Atom requires a term and shows the label (name).
    category: [article.section, ...article.tags.map((tag) => ({ ...tag, title: tag.label }))].map(
      ({ slug, title, href }) => ({
        name: xmlText(title),
        term: slug,
        domain: absoluteUrl(channel.baseUrl, href),
        scheme: absoluteUrl(channel.baseUrl, href),
      }),
    ),
    ...(image && article.leadImageFile
      ? {
          image: {
            url: absoluteUrl(channel.baseUrl, image.src),
            type: article.leadImageFile.type,
            length: article.leadImageFile.bytes,
            title: xmlText(image.alt),
          },
        }
      : {}),
  }
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

/** One feed document in the given format, of the newest FEED_ITEMS articles (given newest first). */
export function feedDocument(
  channel: FeedChannel,
  articles: readonly FeedArticle[],
  format: FeedFormat,
): string {
  // The latest change among the items, not the clock: an unchanged site gives an unchanged feed.
  const updated = articles
    .map((article) => new Date(article.updated ?? article.published))
    .reduce<Date | undefined>(
      (latest, date) => (latest && latest > date ? latest : date),
      undefined,
    )
  const feedLink = (kind: FeedFormat) => absoluteUrl(channel.baseUrl, channel.feedPaths[kind])
  const feed = new Feed({
    id: absoluteUrl(channel.baseUrl, channel.homePath),
    link: absoluteUrl(channel.baseUrl, channel.homePath),
    title: xmlText(channel.title),
    description: xmlText(channel.description),
    language: channel.language,
    copyright: channel.copyright,
    image: absoluteUrl(channel.baseUrl, channel.logoPath),
    updated: updated ?? channel.builtAt,
    generator: false,
    feedLinks: { rss: feedLink('rss'), atom: feedLink('atom'), json: feedLink('json') },
    ...(channel.hub ? { hub: channel.hub } : {}),
  })
  for (const article of articles.slice(0, FEED_ITEMS)) feed.addItem(feedItem(channel, article))
  switch (format) {
    case 'rss':
      return feed.rss2()
    case 'atom':
      return feed.atom1()
    case 'json':
      // The `feed` package names a hub in RSS and Atom only; JSON Feed has `hubs` for it.
      return channel.hub ? withHub(feed.json1(), channel.hub) : feed.json1()
  }
}

/** A JSON Feed naming its WebSub hub, as the format's `hubs` field does. */
function withHub(json: string, hub: string): string {
  const document = JSON.parse(json) as Record<string, unknown>
  const { items, ...head } = document
  return JSON.stringify({ ...head, hubs: [{ type: 'WebSub', url: hub }], items }, null, 4)
}

/** The Content-Type a feed is served with. */
export function feedContentType(format: FeedFormat): string {
  return `${FEED_MEDIA_TYPES[format]}; charset=utf-8`
}

type ChannelEdition = { code: string; name: string; tagline: string; defaultByline: string }
type ChannelSection = {
  slug: string
  title: string
  href: string
  description?: string | undefined
}

/** The channel of an edition's feed, or of one section's when `section` is given. */
export function feedChannel(
  edition: ChannelEdition,
  baseUrl: string,
  builtAt: Date,
  section?: ChannelSection,
  hub?: string,
): FeedChannel {
  return {
    ...(hub ? { hub } : {}),
    title: section ? `${section.title} | ${edition.name}` : edition.name,
    description: section?.description ?? edition.tagline,
    language: edition.code,
    baseUrl,
    homePath: section ? section.href : editionUrl(edition.code),
    feedPaths: Object.fromEntries(
      FEED_FORMATS.map((format) => [format, feedUrl(edition.code, format, section?.slug)]),
    ) as Record<FeedFormat, string>,
    logoPath: logoUrl(edition.code),
    copyright: `© ${edition.name}`,
    staffByline: edition.defaultByline,
    builtAt,
  }
}
