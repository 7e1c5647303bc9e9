/**
 * Which sitemap files the site publishes and what each holds: /sitemap.xml (the pages, or past
 * 50,000 URLs an index of their parts) and, under /sitemaps/, each edition's news sitemap and the
 * parts. The two sitemap routes ask here; the XML itself is written by lib/outputs/sitemaps.ts.
 */
import type { Alternates } from '../newsroom/alternates'
import type { ArticleSummary } from '../newsroom/view-models'
import type { ArticleDocument, Newsroom } from '../newsroom/model'
import type { EditionCode } from '../site/i18n/dictionaries'
import { isRunningLivePage } from '../content/live-pages'
import {
  articleUrl,
  authorUrl,
  editionUrl,
  newsSitemapUrl,
  sectionUrl,
  SITEMAP_URL,
  sitemapPartUrl,
  tagUrl,
} from '../site/routes'
import { editionConfig, publishedEditions, site } from '../site/site'
import {
  newsSitemapXml,
  sitemapIndexXml,
  sitemapEntryBytes,
  sitemapParts,
  urlsetXml,
  type SitemapSource,
} from './sitemaps'

export type SitemapEntry = {
  path: string
  /** ISO 8601: the article's update or publication time */
  lastModified?: string | undefined
  /** The page in every edition that has it, for hreflang */
  alternates: Alternates
}

/** Every indexable page of every edition: fronts, sections, articles, topics, authors, pages. */
function sitemapEntries<Article extends ArticleDocument>(
  newsroom: Newsroom<Article>,
): SitemapEntry[] {
  const { alternates } = newsroom
  return publishedEditions.flatMap((edition): SitemapEntry[] => [
    {
      path: editionUrl(edition),
      lastModified: newsroom.articlesOf(edition)[0]?.date,
      alternates: alternates.frontPage(),
    },
    ...newsroom.getSectionSlugs().map((slug) => ({
      path: sectionUrl(edition, slug),
      lastModified: newsroom.sectionArticles(edition, slug)[0]?.date,
      alternates: alternates.section(slug),
    })),
    ...newsroom.articlesOf(edition).map((article) => ({
      path: articleUrl(edition, article.section, article.slug),
      lastModified: article.updated ?? article.date,
      alternates: newsroom.translationsOf(article),
    })),
    ...[...newsroom.tagIndex(edition).values()].map((entry) => ({
      path: tagUrl(edition, entry.label),
      lastModified: entry.articles[0]?.date,
      alternates: {},
    })),
    ...newsroom.getAuthorSlugs().map((slug) => ({
      path: authorUrl(edition, slug),
      lastModified: newsroom.authorArticles(edition, slug)[0]?.date,
      alternates: alternates.author(slug),
    })),
    ...newsroom.getPages(edition).map((page) => ({
      path: page.href,
      lastModified: page.updated,
      alternates: alternates.page(page.slug),
    })),
  ])
}

/** Google News reads articles published in the last two days, at most 1,000 per sitemap. */
const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000
const NEWS_SITEMAP_LIMIT = 1000

/**
 * For the news sitemap: live pages still running, however long ago their coverage began (they
 * are news while they are updated), then stories published in the 48 hours before the build,
 * newest first.
 */
function newsSitemapArticles<Article extends ArticleDocument>(
  newsroom: Newsroom<Article>,
  edition: EditionCode,
): ArticleSummary[] {
  const recent = newsroom.publishedWithin(edition, NEWS_WINDOW_MS)
  const shown = new Set(recent)
  const running = newsroom
    .articlesOf(edition)
    .filter((article) => isRunningLivePage(article) && !shown.has(article))
  return [...running, ...recent].slice(0, NEWS_SITEMAP_LIMIT).map(newsroom.toSummary)
}

/** The site's pages in files of at most 50,000 URLs and 20 MiB. */
function pageParts<Article extends ArticleDocument>(
  newsroom: Newsroom<Article>,
): SitemapSource[][] {
  return sitemapParts(sitemapEntries(newsroom), {
    bytesOf: (entry) => sitemapEntryBytes(entry, site.baseUrl),
  })
}

const fileName = (url: string) => url.slice(url.lastIndexOf('/') + 1)

/**
 * Every sitemap file of the site, by its address: /sitemap.xml (every page with hreflang
 * alternates, or the index of the parts) and each file under /sitemaps/, with the function that
 * writes it.
 */
export function sitemapFiles<Article extends ArticleDocument>(
  newsroom: Newsroom<Article>,
): Map<string, () => Promise<string>> {
  const all = pageParts(newsroom)
  const files = new Map<string, () => Promise<string>>()
  files.set(SITEMAP_URL, () =>
    all.length === 1
      ? urlsetXml(site, all[0] ?? [])
      : sitemapIndexXml(
          site,
          all.map((entries, index) => ({ path: sitemapPartUrl(index + 1), entries })),
        ),
  )
  for (const edition of publishedEditions) {
    const publication = { name: editionConfig(edition).name, language: edition }
    files.set(newsSitemapUrl(edition), () =>
      newsSitemapXml(site, publication, newsSitemapArticles(newsroom, edition)),
    )
  }
  if (all.length > 1) {
    all.forEach((entries, index) =>
      files.set(sitemapPartUrl(index + 1), () => urlsetXml(site, entries)),
    )
  }
  return files
}

/** The file name of a sitemap under /sitemaps/ (the route's parameter). */
export const sitemapFileName = fileName
