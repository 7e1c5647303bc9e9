/**
 * sitemap.xml (split into parts under a sitemap index past 50,000 URLs) and the Google News
 * sitemaps, written by the `sitemap` package. Pure: app/sitemap.xml and app/sitemaps/ hand it
 * the entries from lib/content/export-reader.ts.
 */
import { Readable } from 'node:stream'
import {
  SitemapIndexStream,
  SitemapStream,
  streamToPromise,
  type SitemapItemLoose,
  type SitemapStreamOptions,
} from 'sitemap'
import type { Alternates } from '../newsroom/alternates'
import type { ArticleSummary } from '../newsroom/view-models'
import { languageAlternates, type SiteIdentity } from './seo'
import { absoluteUrl } from '../site/routes'
import { xmlText } from './xml'

/** The sitemaps.org limit of URLs in one file. */
const SITEMAP_URL_LIMIT = 50_000

export type SitemapSource = {
  path: string
  /** ISO 8601 with offset */
  lastModified?: string | undefined
  alternates: Alternates
}

type SitemapSite = Pick<SiteIdentity, 'baseUrl' | 'defaultEdition'>

/**
 * Bytes one sitemap file may hold: under Google's 50 MB and Cloudflare's 25 MiB per file, so no
 * part is refused by a search engine or a host.
 */
export const SITEMAP_BYTE_LIMIT = 20 * 1024 * 1024

/**
 * What an entry costs in the written file, erring high: its `<url>` with `<loc>` and
 * `<lastmod>`, and an `<xhtml:link>` per language version, addresses percent-encoded.
 */
export function sitemapEntryBytes(entry: SitemapSource, baseUrl: string): number {
  const address = (path: string) => encodeURI(absoluteUrl(baseUrl, path)).length
  const links = Object.values(entry.alternates).reduce(
    (sum, path) => sum + 80 + address(path ?? ''),
    0,
  )
  return 120 + address(entry.path) + links
}

/**
 * The entries in files of at most `maxUrls` URLs and `maxBytes` bytes (by `bytesOf`); one file
 * when they fit.
 */
export function sitemapParts<T>(
  entries: readonly T[],
  {
    maxUrls = SITEMAP_URL_LIMIT,
    maxBytes = SITEMAP_BYTE_LIMIT,
    bytesOf = () => 0,
  }: { maxUrls?: number; maxBytes?: number; bytesOf?: (entry: T) => number } = {},
): T[][] {
  const parts: T[][] = []
  let current: T[] = []
  let bytes = 0
  for (const entry of entries) {
    const size = bytesOf(entry)
    if (current.length > 0 && (current.length >= maxUrls || bytes + size > maxBytes)) {
      parts.push(current)
      current = []
      bytes = 0
    }
    current.push(entry)
    bytes += size
  }
  if (current.length > 0) parts.push(current)
  return parts.length > 0 ? parts : [[]]
}

/**
 * A news sitemap on a quiet weekend has no articles, and the package refuses to end an empty
 * stream, so that one constant is written here; the build then leaves the file out of the
 * export (lib/finish/news-sitemaps.ts): the schema refuses a urlset without a url.
 */
const EMPTY_NEWS_URLSET =
  '<?xml version="1.0" encoding="UTF-8"?>' +
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" ' +
  'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"></urlset>'

async function writeAll(
  stream: SitemapStream | SitemapIndexStream,
  items: readonly object[],
): Promise<string> {
  Readable.from(items).pipe(stream)
  return (await streamToPromise(stream)).toString('utf8')
}

function streamOptions(site: SitemapSite, namespaces: { news: boolean }): SitemapStreamOptions {
  return {
    hostname: site.baseUrl,
    xmlns: { news: namespaces.news, xhtml: !namespaces.news, image: false, video: false },
  }
}

/** A <urlset> of pages with lastmod and the same hreflang alternates the pages carry. */
export function urlsetXml(site: SitemapSite, entries: readonly SitemapSource[]): Promise<string> {
  const items: SitemapItemLoose[] = entries.map(({ path, lastModified, alternates }) => {
    const languages = languageAlternates(site, alternates) ?? {}
    return {
      url: absoluteUrl(site.baseUrl, path),
      ...(lastModified ? { lastmod: lastModified } : {}),
      links: Object.entries(languages).map(([lang, url]) => ({ lang, hreflang: lang, url })),
    }
  })
  return writeAll(new SitemapStream(streamOptions(site, { news: false })), items)
}

/** A <sitemapindex> listing each part with the newest lastmod inside it. */
export function sitemapIndexXml(
  site: SitemapSite,
  parts: readonly { path: string; entries: readonly SitemapSource[] }[],
): Promise<string> {
  const items = parts.map(({ path, entries }) => {
    const newest = entries
      .flatMap((entry) => (entry.lastModified ? [new Date(entry.lastModified)] : []))
      .sort((a, b) => b.getTime() - a.getTime())[0]
    return {
      url: absoluteUrl(site.baseUrl, path),
      ...(newest ? { lastmod: newest.toISOString() } : {}),
    }
  })
  return writeAll(new SitemapIndexStream(), items)
}

export type NewsPublication = {
  /** The publication's name as Google News knows it */
  name: string
  /** ISO 639 code of the edition's language */
  language: string
}

/** A Google News sitemap: the recent articles with publication, date and title. */
export function newsSitemapXml(
  site: SitemapSite,
  publication: NewsPublication,
  articles: readonly ArticleSummary[],
): Promise<string> {
  if (articles.length === 0) return Promise.resolve(EMPTY_NEWS_URLSET)
  const items: SitemapItemLoose[] = articles.map((article) => ({
    url: absoluteUrl(site.baseUrl, article.href),
    news: {
      publication: { ...publication, name: xmlText(publication.name) },
      publication_date: article.published,
      title: xmlText(article.title),
    },
  }))
  return writeAll(new SitemapStream(streamOptions(site, { news: true })), items)
}
