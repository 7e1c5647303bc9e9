import { buildTime } from '@/lib/clock'
import { getFeedArticles, getSection, getSectionSlugs } from '@/lib/content'
import { editionParams, getEdition } from '@/lib/edition'
import { FEED_CONTENT_TYPES, feedDocument } from '@/lib/feeds'
import {
  FEED_FILES,
  editionUrl,
  feedUrl,
  logoUrl,
  parseFeedPath,
  type FeedFormat,
} from '@/lib/routes'
import { site } from '@/lib/site'

export const dynamic = 'force-static'
export const dynamicParams = false

const formats = Object.keys(FEED_FILES) as FeedFormat[]

/** Each edition's feeds and every section's, in each format. */
export function generateStaticParams() {
  const feeds = [
    ...formats.map((format) => [FEED_FILES[format]]),
    ...getSectionSlugs().flatMap((section) =>
      formats.map((format) => [section, FEED_FILES[format]]),
    ),
  ]
  return editionParams().flatMap(({ edition }) => feeds.map((feed) => ({ edition, feed })))
}

type Context = { params: Promise<{ edition: string; feed: string[] }> }

/** /en/feeds/rss.xml, /en/feeds/atom.xml, /en/feeds/feed.json and the same per section. */
export async function GET(_request: Request, { params }: Context) {
  const { edition: code, feed } = await params
  const edition = getEdition(code)
  const path = parseFeedPath(feed)
  const section = path?.section === undefined ? undefined : getSection(edition.code, path.section)
  if (!path || (path.section !== undefined && !section)) {
    return new Response('Not found', { status: 404 })
  }
  const channel = {
    title: section ? `${section.title} | ${edition.name}` : edition.name,
    description: section?.description ?? edition.tagline,
    language: edition.code,
    baseUrl: site.baseUrl,
    homePath: section ? section.href : editionUrl(edition.code),
    feedPaths: {
      rss: feedUrl(edition.code, 'rss', section?.slug),
      atom: feedUrl(edition.code, 'atom', section?.slug),
      json: feedUrl(edition.code, 'json', section?.slug),
    },
    logoPath: logoUrl(edition.code),
    copyright: `© ${edition.name}`,
    staffByline: edition.defaultByline,
    builtAt: buildTime,
  }
  const body = feedDocument(channel, getFeedArticles(edition.code, section?.slug), path.format)
  return new Response(body, { headers: { 'Content-Type': FEED_CONTENT_TYPES[path.format] } })
}
