import { buildTime } from '@/lib/site/clock'
import { getSection, getSectionSlugs } from '@/lib/content/export-reader'
import { getFeedArticles } from '@/lib/outputs/feed-articles'
import { editionParams, getEdition } from '@/lib/site/edition'
import { feedChannel, feedContentType, feedDocument } from '@/lib/outputs/feeds'
import { FEED_FILES, FEED_FORMATS, parseFeedPath } from '@/lib/site/routes'
import { site } from '@/lib/site/site'

export const dynamic = 'force-static'
export const dynamicParams = false

/** Each edition's feeds and every section's, in each format. */
export function generateStaticParams() {
  const folders = [[], ...getSectionSlugs().map((section) => [section])]
  const feeds = folders.flatMap((folder) =>
    FEED_FORMATS.map((format) => [...folder, FEED_FILES[format]]),
  )
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
  const channel = feedChannel(edition, site.baseUrl, buildTime, section)
  const body = feedDocument(channel, getFeedArticles(edition.code, section?.slug), path.format)
  return new Response(body, { headers: { 'Content-Type': feedContentType(path.format) } })
}
