/**
 * Every page's <head> metadata is built here: title, description, canonical URL.
 * Pure functions of view models; pages call them from generateMetadata.
 */
import type { Metadata, MetadataRoute } from 'next'
import type { Alternates } from './alternates'
import type { ArticleDetail, PageView, SectionView } from './content-types'
import { absoluteUrl } from './routes'

export type SiteIdentity = { name: string; baseUrl: string; locale: string; defaultEdition: string }

type PageMeta = {
  title: string
  description: string
  path: string
  noindex?: boolean
  /** The page in every edition that has it, this one included */
  alternates?: Alternates
}

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
  { title, description, path, noindex, alternates = {} }: PageMeta,
): Metadata {
  const url = absoluteUrl(site.baseUrl, path)
  const languages = languageAlternates(site, alternates)
  return {
    title,
    description,
    alternates: { canonical: url, ...(languages ? { languages } : {}) },
    openGraph: {
      title,
      description,
      url,
      siteName: site.name,
      locale: site.locale.replace('-', '_'),
      type: 'website',
    },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  }
}

/** `Headline | Section`; the layout's title template adds `| Site`. */
export function articleMetadata(site: SiteIdentity, article: ArticleDetail): Metadata {
  const base = pageMetadata(site, {
    title: `${article.title} | ${article.section.title}`,
    description: article.summary,
    path: article.href,
    alternates: article.translations,
  })
  return {
    ...base,
    authors: article.authors.map((author) => ({
      name: author.name,
      url: absoluteUrl(site.baseUrl, author.href),
    })),
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: article.published,
      ...(article.updated ? { modifiedTime: article.updated } : {}),
      section: article.section.title,
      tags: article.tags.map((tag) => tag.label),
      ...(article.image
        ? {
            images: [
              {
                url: absoluteUrl(site.baseUrl, article.image.src),
                alt: article.image.alt,
                width: article.image.width,
                height: article.image.height,
              },
            ],
          }
        : {}),
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
    title: page > 1 ? `${section.title} (${page})` : section.title,
    description: section.description ?? section.title,
    path,
    alternates,
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

type SitemapSource = { path: string; lastModified?: string | undefined; alternates: Alternates }

/** sitemap.xml entries with absolute URLs and the same hreflang alternates as the pages carry. */
export function sitemapEntries(
  site: Pick<SiteIdentity, 'baseUrl' | 'defaultEdition'>,
  entries: readonly SitemapSource[],
): MetadataRoute.Sitemap {
  return entries.map(({ path, lastModified, alternates }) => {
    const languages = languageAlternates(site, alternates)
    return {
      url: absoluteUrl(site.baseUrl, path),
      ...(lastModified ? { lastModified } : {}),
      ...(languages ? { alternates: { languages } } : {}),
    }
  })
}
