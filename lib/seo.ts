/**
 * Every page's <head> metadata is built here: title, description, canonical URL.
 * Pure functions of view models; pages call them from generateMetadata.
 */
import type { Metadata } from 'next'
import type { ArticleDetail, PageView, SectionView } from './content-types'
import { absoluteUrl } from './routes'

export type SiteIdentity = { name: string; baseUrl: string; locale: string }

type PageMeta = {
  title: string
  description: string
  path: string
  noindex?: boolean
}

export function pageMetadata(
  site: SiteIdentity,
  { title, description, path, noindex }: PageMeta,
): Metadata {
  const url = absoluteUrl(site.baseUrl, path)
  return {
    title,
    description,
    alternates: { canonical: url },
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
): Metadata {
  return pageMetadata(site, {
    title: page > 1 ? `${section.title} (${page})` : section.title,
    description: section.description ?? section.title,
    path,
  })
}

export function standaloneMetadata(site: SiteIdentity, page: PageView): Metadata {
  return pageMetadata(site, { title: page.title, description: page.summary, path: page.href })
}
