/**
 * The export's reader answered from the newsroom model itself: what the build writes as records
 * (build/stages/page-records.ts) and what the preview (`npm run dev`, which follows every save)
 * reads directly. One function for both, so a record is exactly what the route would have asked
 * the model for.
 */
import { feedArticles } from '../outputs/feed-articles'
import { feedChannel, feedDocument } from '../outputs/feeds'
import { sitemapFiles } from '../outputs/sitemap-files'
import { hotArticleParams, hotListingPages, LISTING_KINDS } from '../edge/records'
import type { ArticleDocument, ListingKind, Newsroom } from '../newsroom/model'
import type { EditionCode } from '../site/i18n/dictionaries'
import {
  articleUrl,
  editionUrl,
  FEED_FORMATS,
  feedUrl,
  listingUrl,
  pageUrl,
  parseFeedPath,
  searchUrl,
} from '../site/routes'
import { editionConfig } from '../site/site'
import type { EditionPages, ExportIndex, ExportReader, PageRecord } from './export-records'

type Options = {
  baseUrl: string
  /** Edge mode's hot window in days: the export holds only those stories (lib/edge/records.ts) */
  hotDays?: number | undefined
  /** The WebSub hub each feed names (content/site.yml, `announce`) */
  webSubHub?: string | undefined
}

/** The pages of an edition the export holds: every page, or in edge mode the hot window. */
function exportedPages<Article extends ArticleDocument>(
  newsroom: Newsroom<Article>,
  edition: EditionCode, hotDays?: number): EditionPages {
  const listings = (kind: ListingKind) =>
    hotDays === undefined
      ? newsroom.getListingPages(edition, kind)
      : hotListingPages(newsroom, edition, kind, hotDays)
  const articles =
    hotDays === undefined
      ? newsroom.getArticleParams(edition)
      : hotArticleParams(newsroom, edition, hotDays)
  const exported = new Set(articles.map(({ section, article }) => `${section}/${article}`))
  return {
    articles,
    liveUpdatePages: newsroom
      .getLiveUpdatePages(edition)
      .filter(({ section, article }) => exported.has(`${section}/${article}`)),
    listings: { section: listings('section'), tag: listings('tag'), author: listings('author') },
    pages: newsroom.getPages(edition).map((page) => page.slug),
    feedSections: newsroom.getSectionSlugs(),
  }
}

export function createModelReader<Article extends ArticleDocument>(
  newsroom: Newsroom<Article>,
  { baseUrl, hotDays, webSubHub }: Options,
): ExportReader {
  const { alternates } = newsroom
  const feedStories = feedArticles(newsroom)
  let sitemaps: ReturnType<typeof sitemapFiles> | undefined
  const sitemapsOf = () => (sitemaps ??= sitemapFiles(newsroom))

  /** Each page's address, by what the routes ask for; the export holds it or the Worker does. */
  const pages = new Map<string, () => PageRecord | undefined>()
  for (const edition of newsroom.editions) {
    pages.set(editionUrl(edition), () => ({
      kind: 'front',
      front: newsroom.getFrontPage(edition),
      alternates: alternates.frontPage(),
    }))
    pages.set(searchUrl(edition), () => ({ kind: 'search', alternates: alternates.search() }))
    for (const page of newsroom.getPages(edition))
      pages.set(pageUrl(edition, page.slug), () => ({
        kind: 'page',
        page,
        alternates: alternates.page(page.slug),
      }))
  }

  function page(address: string): PageRecord | undefined {
    const standalone = pages.get(address)
    if (standalone) return standalone()
    // Stories and listings are looked up by the reader's own methods (their addresses are many).
    return undefined
  }

  function feedText(address: string): string | undefined {
    const match = /^\/([^/]+)\/feeds\/(.+)$/.exec(address)
    const edition = match?.[1] as EditionCode | undefined
    if (!match || !edition || !newsroom.editions.includes(edition)) return undefined
    const path = parseFeedPath((match[2] ?? '').split('/'))
    const section = path?.section === undefined ? undefined : newsroom.getSection(edition, path.section)
    if (!path || (path.section !== undefined && !section)) return undefined
    const channel = feedChannel(
      editionConfig(edition),
      baseUrl,
      newsroom.buildTime,
      section,
      webSubHub,
    )
    return feedDocument(channel, feedStories(edition, section?.slug), path.format)
  }

  const reader: ExportReader = {
    async index(): Promise<ExportIndex> {
      const editions: ExportIndex['editions'] = {}
      for (const edition of newsroom.editions)
        editions[edition] = {
          ...exportedPages(newsroom, edition, hotDays),
          chrome: newsroom.getEditionChrome(edition),
        }
      return { editions, sitemaps: [...sitemapsOf().keys()] }
    },
    async page(address) {
      return page(address)
    },
    async file(address) {
      const sitemap = sitemapsOf().get(address)
      return sitemap ? await sitemap() : feedText(address)
    },
    article: async (edition, section, slug, page) =>
      newsroom.getArticle(edition, section, slug, page),
    listing: async (edition, kind, slug, number) =>
      newsroom.getListing(edition, kind, slug, number),
    chrome: async (edition) => newsroom.getEditionChrome(edition),
    version: async () => undefined,
  }
  return reader
}

/** Every feed's address of an edition: the edition's and each section's, in every format. */
export function feedAddresses(edition: EditionCode, pages: EditionPages): string[] {
  return [undefined, ...pages.feedSections].flatMap((section) =>
    FEED_FORMATS.map((format) => feedUrl(edition, format, section)),
  )
}

/** Every record of an edition's pages, by address, for the build to write. */
export async function* editionRecords(
  reader: ExportReader,
  edition: EditionCode,
  pages: EditionPages,
): AsyncGenerator<[string, PageRecord]> {
  for (const address of [editionUrl(edition), searchUrl(edition)]) {
    const record = await reader.page(address)
    if (record) yield [address, record]
  }
  for (const slug of pages.pages) {
    const address = pageUrl(edition, slug)
    const record = await reader.page(address)
    if (record) yield [address, record]
  }
  for (const { section, article: slug } of pages.articles) {
    const article = await reader.article(edition, section, slug)
    if (article) yield [articleUrl(edition, section, slug), { kind: 'article', article }]
  }
  for (const { section, article: slug, page } of pages.liveUpdatePages) {
    const article = await reader.article(edition, section, slug, page)
    if (article) yield [articleUrl(edition, section, slug, page), { kind: 'article', article }]
  }
  for (const kind of LISTING_KINDS)
    for (const { slug, page: number } of pages.listings[kind]) {
      const listing = await reader.listing(edition, kind, slug, number)
      if (listing) yield [listingUrl(edition, kind, slug, number), { kind: 'listing', listing }]
    }
}
