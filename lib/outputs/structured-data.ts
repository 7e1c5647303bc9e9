/**
 * JSON-LD for search engines, typed with schema-dts: NewsArticle (OpinionNewsArticle in the
 * opinion section, LiveBlogPosting for a live page), BreadcrumbList, and the WebSite with its SearchAction. Pure functions of the
 * view models; components/seo/json-ld.tsx writes them into the page.
 */
import type {
  BreadcrumbList,
  AudioObject,
  CorrectionComment,
  MediaObject,
  VideoObject,
  ImageObject,
  LiveBlogPosting,
  NewsArticle,
  NewsMediaOrganization,
  OpinionNewsArticle,
  Person,
  SearchAction,
  WebSite,
  WithActionConstraints,
  WithContext,
} from 'schema-dts'
import type {
  ArticleDetail,
  GalleryPhotoView,
  HostedMediaView,
  LiveView,
  SectionRef,
  VideoView,
} from '../newsroom/view-models'
import { isoDuration } from '../site/format'
import type { SiteIdentity } from './seo'
import {
  absoluteUrl,
  articleUrl,
  editionUrl,
  logoUrl,
  photoAnchor,
  searchUrl,
  shareCardUrl,
  updateAnchor,
} from '../site/routes'

type Site = Pick<SiteIdentity, 'name' | 'baseUrl' | 'edition'>

/** The newsroom as publisher: the edition's name, front page and logo. */
function publisherJsonLd(site: Site): Exclude<NewsMediaOrganization, string> {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': absoluteUrl(site.baseUrl, `${editionUrl(site.edition)}#publisher`),
    name: site.name,
    url: absoluteUrl(site.baseUrl, editionUrl(site.edition)),
    logo: {
      '@type': 'ImageObject',
      url: absoluteUrl(site.baseUrl, logoUrl(site.edition)),
    },
  }
}

function personJsonLd(site: Site, author: ArticleDetail['authors'][number]): Person {
  return { '@type': 'Person', name: author.name, url: absoluteUrl(site.baseUrl, author.href) }
}

function correctionJsonLd(correction: ArticleDetail['corrections'][number]): CorrectionComment {
  return { '@type': 'CorrectionComment', text: correction.text, datePublished: correction.date }
}

/** The article's JSON-LD; dates keep the editor's offset. */
/**
 * A live page as Google reads live coverage (its "Live" badge): a LiveBlogPosting whose
 * coverage starts at publication and ends when the editors end it, and whose updates on this
 * page are BlogPostings with the ids of their anchors. Its address is this page's: a numbered
 * page of older updates describes those.
 */
function liveBlogJsonLd(
  site: Site,
  article: ArticleDetail,
  live: LiveView,
  fields: Omit<NewsArticle, '@type'>,
): WithContext<LiveBlogPosting> {
  const page = absoluteUrl(
    site.baseUrl,
    articleUrl(article.edition, article.section.slug, article.slug, live.updates.page),
  )
  return {
    '@context': 'https://schema.org',
    '@type': 'LiveBlogPosting',
    ...fields,
    '@id': page,
    url: page,
    mainEntityOfPage: page,
    dateModified: live.latest ?? article.updated ?? article.published,
    coverageStartTime: article.published,
    ...(live.status === 'ended' && live.ended ? { coverageEndTime: live.ended } : {}),
    liveBlogUpdate: live.updates.items.map((update) => ({
      '@type': 'BlogPosting',
      '@id': `${page}#${updateAnchor(update.id)}`,
      url: `${page}#${updateAnchor(update.id)}`,
      headline: update.title ?? article.title,
      datePublished: update.time,
      ...(update.author ? { author: personJsonLd(site, update.author) } : {}),
      articleBody: textOf(update.bodyHtml),
    })),
  }
}

/** The text of an update's HTML, for articleBody: tags dropped, entities read, spaces collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) =>
      name === 'amp'
        ? '&'
        : name === 'lt'
          ? '<'
          : name === 'gt'
            ? '>'
            : name === 'quot'
              ? '"'
              : "'",
    )
    .replace(/\s+/g, ' ')
    .trim()
}

/** What a hosted video and a recording have in common: the file, its length, its words. */
function mediaFields(site: Site, article: ArticleDetail, media: HostedMediaView) {
  return {
    name: media.title,
    description: article.summary,
    contentUrl: absoluteUrl(site.baseUrl, media.src),
    encodingFormat: media.type,
    contentSize: `${media.bytes}`,
    uploadDate: article.published,
    inLanguage: article.edition,
    ...(media.durationSeconds !== undefined
      ? { duration: isoDuration(media.durationSeconds) }
      : {}),
    ...(media.credit ? { creditText: media.credit } : {}),
    ...(media.captions
      ? {
          caption: {
            '@type': 'MediaObject',
            contentUrl: absoluteUrl(site.baseUrl, media.captions.src),
            encodingFormat: 'text/vtt',
            inLanguage: media.captions.lang,
          } satisfies MediaObject,
        }
      : {}),
  }
}

/** A hosted video; search engines need a thumbnail, so the story's share card stands in for a poster. */
function videoJsonLd(site: Site, article: ArticleDetail, video: VideoView): VideoObject {
  return {
    '@type': 'VideoObject',
    ...mediaFields(site, article, video),
    thumbnailUrl: absoluteUrl(site.baseUrl, video.poster?.src ?? shareCardUrl(article.href)),
  }
}

function audioJsonLd(site: Site, article: ArticleDetail, audio: HostedMediaView): AudioObject {
  return { '@type': 'AudioObject', ...mediaFields(site, article, audio) }
}

/** A gallery's picture, at its own address on the page, with what it shows and whose it is. */
function photoJsonLd(site: Site, address: string, photo: GalleryPhotoView): ImageObject {
  return {
    '@type': 'ImageObject',
    '@id': address,
    url: address,
    contentUrl: absoluteUrl(site.baseUrl, photo.src),
    width: { '@type': 'QuantitativeValue', value: photo.width, unitCode: 'E37' },
    height: { '@type': 'QuantitativeValue', value: photo.height, unitCode: 'E37' },
    caption: photo.caption,
    description: photo.alt,
    creditText: photo.credit,
  }
}

export function articleJsonLd(
  site: Site,
  article: ArticleDetail,
): WithContext<NewsArticle> | WithContext<OpinionNewsArticle> | WithContext<LiveBlogPosting> {
  const url = absoluteUrl(site.baseUrl, article.href)
  const fields = {
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: article.title,
    description: article.summary,
    datePublished: article.published,
    dateModified: article.updated ?? article.published,
    inLanguage: article.edition,
    articleSection: article.section.title,
    keywords: article.tags.map((tag) => tag.label),
    image: [
      absoluteUrl(site.baseUrl, shareCardUrl(article.href)),
      ...(article.image ? [absoluteUrl(site.baseUrl, article.image.src)] : []),
    ],
    // A story without a named writer is the newsroom's own.
    author:
      article.authors.length > 0
        ? article.authors.map((author) => personJsonLd(site, author))
        : [publisherJsonLd(site)],
    publisher: publisherJsonLd(site),
    ...(article.dateline ? { dateline: article.dateline } : {}),
    ...(article.source
      ? {
          isBasedOn: {
            '@type': 'CreativeWork' as const,
            name: article.source.name,
            ...(article.source.url ? { url: article.source.url } : {}),
          },
        }
      : {}),
    ...(article.corrections.length > 0
      ? { correction: article.corrections.map(correctionJsonLd) }
      : {}),
    ...(article.video ? { video: videoJsonLd(site, article, article.video) } : {}),
    ...(article.audio ? { audio: audioJsonLd(site, article, article.audio) } : {}),
    ...(article.gallery.length > 0
      ? {
          associatedMedia: article.gallery.map((photo, index) =>
            photoJsonLd(site, `${url}#${photoAnchor(index + 1)}`, photo),
          ),
        }
      : {}),
  }
  if (article.live) return liveBlogJsonLd(site, article, article.live, fields)
  switch (article.kind) {
    case 'opinion':
      return { '@context': 'https://schema.org', '@type': 'OpinionNewsArticle', ...fields }
    case 'news':
      return { '@context': 'https://schema.org', '@type': 'NewsArticle', ...fields }
  }
}

/** Home › Section › … › this page, as the visible breadcrumb shows it. */
export function breadcrumbJsonLd(
  site: Site,
  homeName: string,
  trail: readonly SectionRef[],
  current?: { name: string; href: string },
): WithContext<BreadcrumbList> {
  const items = [
    { name: homeName, href: editionUrl(site.edition) },
    ...trail.map((section) => ({ name: section.title, href: section.href })),
    ...(current ? [current] : []),
  ]
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: absoluteUrl(site.baseUrl, item.href),
    })),
  }
}

/** The edition's front page as a WebSite that search engines can search through our search page. */
export function websiteJsonLd(site: Site, description: string): WithContext<WebSite> {
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: {
      '@type': 'EntryPoint',
      urlTemplate: `${absoluteUrl(site.baseUrl, searchUrl(site.edition))}?q={search_term_string}`,
    },
    'query-input': 'required name=search_term_string',
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    description,
    url: absoluteUrl(site.baseUrl, editionUrl(site.edition)),
    inLanguage: site.edition,
    publisher: publisherJsonLd(site),
    potentialAction: search,
  }
}

/**
 * JSON for a <script type="application/ld+json">: "<" is escaped so a headline holding
 * "</script>" cannot end the block early.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
