/**
 * Every page's <head> metadata is built here: title, description, canonical URL, hreflang,
 * feeds, Open Graph and Twitter cards. Pure functions of view models; pages call them from
 * generateMetadata. JSON-LD is built in lib/outputs/structured-data.ts.
 */
import type { Metadata } from 'next'
import type { Alternates } from '../newsroom/alternates'
import type { ArticleDetail, PageView, SectionRef, SectionView } from '../newsroom/view-models'
import type { Dictionary } from '../site/i18n/dictionary'
import { listingPageUrl, type Listing } from '../newsroom/model'
import { CARD_HEIGHT, CARD_WIDTH } from './share-card-size'
import {
  articleUrl,
  absoluteUrl,
  editionCardUrl,
  FEED_FORMATS,
  FEED_MEDIA_TYPES,
  feedUrl,
  shareCardUrl,
  type FeedFormat,
} from '../site/routes'

export type SiteIdentity = {
  name: string
  baseUrl: string
  locale: string
  defaultEdition: string
  /** The edition the page belongs to */
  edition: string
  /** Each edition's locale (en-GB, ar-IQ), for og:locale:alternate */
  locales: Record<string, string>
}

/** A feed a page advertises with <link rel="alternate">. */
export type FeedLink = { title: string; format: FeedFormat; path: string }

type PageMeta = {
  title: string
  description: string
  path: string
  noindex?: boolean
  /** The page in every edition that has it, this one included */
  alternates?: Alternates
  /** Feeds this page belongs to; the edition's own feeds are always added */
  feeds?: FeedLink[]
  /** The share image; the edition's card when absent */
  image?: { path: string; alt: string; width: number; height: number }
}

/** A feed in its three formats: the edition's, or one section's. */
function feedLinks(site: Pick<SiteIdentity, 'name' | 'edition'>, section?: SectionRef): FeedLink[] {
  return FEED_FORMATS.map((format) => ({
    title: section ? `${section.title} | ${site.name}` : site.name,
    format,
    path: feedUrl(site.edition, format, section?.slug),
  }))
}

/** Next's `alternates.types`: one entry per media type, each listing its feeds. */
function feedTypes(baseUrl: string, feeds: readonly FeedLink[]) {
  const types: Record<string, { url: string; title: string }[]> = {}
  for (const feed of feeds) {
    const type = FEED_MEDIA_TYPES[feed.format]
    ;(types[type] ??= []).push({ url: absoluteUrl(baseUrl, feed.path), title: feed.title })
  }
  return types
}

/** en-GB → en_GB, as Open Graph writes locales. */
const ogLocale = (locale: string) => locale.replace('-', '_')

/**
 * hreflang links for a page that exists in more than one edition, reciprocal by construction
 * (every version lists the same set), with x-default on the default edition's version.
 */
export function languageAlternates(
  site: Pick<SiteIdentity, 'baseUrl' | 'defaultEdition'>,
  alternates: Alternates,
): Record<string, string> | undefined {
  const entries = Object.entries(alternates)
  if (entries.length < 2) return undefined
  const languages: Record<string, string> = Object.fromEntries(
    entries.map(([edition, path]) => [edition, absoluteUrl(site.baseUrl, path)]),
  )
  const fallback = (alternates as Record<string, string>)[site.defaultEdition] ?? entries[0]?.[1]
  if (fallback) languages['x-default'] = absoluteUrl(site.baseUrl, fallback)
  return languages
}

export function pageMetadata(
  site: SiteIdentity,
  { title, description, path, noindex, alternates = {}, feeds = [], image }: PageMeta,
): Metadata {
  const url = absoluteUrl(site.baseUrl, path)
  const languages = languageAlternates(site, alternates)
  const share = image ?? {
    path: editionCardUrl(site.edition),
    alt: site.name,
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
  }
  const images = [
    {
      url: absoluteUrl(site.baseUrl, share.path),
      alt: share.alt,
      width: share.width,
      height: share.height,
    },
  ]
  const otherLocales = Object.keys(alternates)
    .filter((edition) => edition !== site.edition)
    .flatMap((edition) => (site.locales[edition] ? [ogLocale(site.locales[edition])] : []))
  return {
    title,
    description,
    alternates: {
      canonical: url,
      ...(languages ? { languages } : {}),
      types: feedTypes(site.baseUrl, [...feeds, ...feedLinks(site)]),
    },
    openGraph: {
      title,
      description,
      url,
      siteName: site.name,
      locale: ogLocale(site.locale),
      ...(otherLocales.length > 0 ? { alternateLocale: otherLocales } : {}),
      type: 'website',
      images,
    },
    // Next copies the Open Graph title, description and image into twitter:* tags; X reads the
    // og: ones itself when its own are absent, so lib/finish/page-html.ts drops the copies.
    twitter: { card: 'summary_large_image' },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  }
}

/** `Headline | Section`; the layout's title template adds `| Site`. */
/**
 * A story's metadata; `page` N is a live page's numbered page of older updates, its own address
 * (canonical to itself, so each is indexed for the updates it holds) and no translations.
 */
export function articleMetadata(site: SiteIdentity, article: ArticleDetail, page = 0): Metadata {
  const base = pageMetadata(site, {
    title:
      page > 0
        ? `${article.title} (${page}) | ${article.section.title}`
        : `${article.title} | ${article.section.title}`,
    description: article.summary,
    path: articleUrl(article.edition, article.section.slug, article.slug, page),
    alternates: page > 0 ? {} : article.translations,
    feeds: feedLinks(site, article.section),
    image: {
      path: shareCardUrl(article.href),
      alt: article.title,
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
    },
  })
  return {
    ...base,
    // Google Discover shows a story large only where the page allows a large preview.
    robots: { 'max-image-preview': 'large' },
    authors: article.authors.map((author) => ({
      name: author.name,
      url: absoluteUrl(site.baseUrl, author.href),
    })),
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: article.published,
      modifiedTime: article.updated ?? article.published,
      section: article.section.title,
      tags: article.tags.map((tag) => tag.label),
      authors: article.authors.map((author) => absoluteUrl(site.baseUrl, author.href)),
    },
  }
}

export function sectionMetadata(
  site: SiteIdentity,
  section: SectionView,
  page: number,
  path: string,
  alternates: Alternates,
): Metadata {
  return pageMetadata(site, {
    title: page > 0 ? `${section.title} (${page})` : section.title,
    description: section.description ?? section.title,
    path,
    alternates,
    feeds: feedLinks(site, section),
  })
}

export function standaloneMetadata(
  site: SiteIdentity,
  page: PageView,
  alternates: Alternates,
): Metadata {
  return pageMetadata(site, {
    title: page.title,
    description: page.summary,
    path: page.href,
    alternates,
  })
}

/**
 * Metadata of a listing page. `route` is where it is served: its own address ('first') or
 * /page/N/ ('paged'). Numbered pages are not the same list in another edition, so they carry no
 * hreflang.
 */
export function listingMetadata(
  site: SiteIdentity,
  t: Pick<Dictionary, 'tagTitle' | 'articlesBy'>,
  listing: Listing,
  route: 'first' | 'paged',
): Metadata {
  const page = listing.paged.page
  const path = listingPageUrl(site.edition, listing, page)
  const first = route === 'first'
  switch (listing.kind) {
    case 'section':
      return sectionMetadata(site, listing.section, page, path, first ? listing.alternates : {})
    case 'tag': {
      const title = first ? t.tagTitle(listing.title) : `${t.tagTitle(listing.title)} (${page})`
      return pageMetadata(site, { title, description: title, path })
    }
    case 'author': {
      const title = first ? t.articlesBy(listing.title) : `${t.articlesBy(listing.title)} (${page})`
      return pageMetadata(site, {
        title,
        description: first ? (listing.author.role ?? title) : title,
        path,
        alternates: first ? listing.alternates : {},
      })
    }
  }
}
