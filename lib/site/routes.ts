/**
 * Every URL the site links to is built here. All paths end in a slash, matching the exported
 * folders (`trailingSlash: true`), so a static host serves them without redirects.
 */

/** Top-level folders inside an edition; a section may not take one of these slugs. */
/** The editors' web admin (build/stages/admin.ts): /admin/, never a section or page of the site. */
export const ADMIN_PATH = 'admin'

export const RESERVED_SECTION_SLUGS = ['tags', 'authors', 'pages', 'search', 'feeds'] as const

/** Folders inside a section; an article may not take one of these slugs. */
/** What WordPress answered after every post's address, each led to the post (lib/outputs/old-addresses.ts). */
export const OLD_ADDRESS_VARIANTS = ['feed/', 'amp/'] as const

export const RESERVED_ARTICLE_SLUGS = ['page'] as const

/**
 * The URL segment for a tag: lower case, words joined by hyphens, letters of any script kept.
 * "Oil prices" → "oil-prices"; an Arabic tag keeps its Arabic letters.
 */
export function tagSlug(tag: string): string {
  return tag
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}

export function editionUrl(edition: string): string {
  return `/${edition}/`
}

/*
 * A listing's page 0 (the default) is its own address, its newest stories; page N ≥ 1 is
 * /page/N/, counted from the oldest (lib/newsroom/pagination.ts).
 */

export function sectionUrl(edition: string, section: string, page = 0): string {
  return page > 0 ? `/${edition}/${section}/page/${page}/` : `/${edition}/${section}/`
}

/** A story's address; a live page's older updates are on its numbered pages (`page/N/`). */
export function articleUrl(edition: string, section: string, slug: string, page = 0): string {
  return page > 0
    ? `/${edition}/${section}/${slug}/page/${page}/`
    : `/${edition}/${section}/${slug}/`
}

/** Beside a live page still updated: how many updates it has (its island asks it). */
export function liveCountUrl(pageAddress: string): string {
  return `${pageAddress}updates.json`
}

/** The anchor of a live page's update (its file name): linkable from outside the page. */
/** Where a story's gallery holds its n-th picture (from 1), full size: `#photo-3`. */
export function photoAnchor(position: number): string {
  return `photo-${position}`
}

export function updateAnchor(id: string): string {
  return `update-${id}`
}

export function tagUrl(edition: string, tag: string, page = 0): string {
  const base = `/${edition}/tags/${tagSlug(tag)}/`
  return page > 0 ? `${base}page/${page}/` : base
}

export function authorUrl(edition: string, author: string, page = 0): string {
  const base = `/${edition}/authors/${author}/`
  return page > 0 ? `${base}page/${page}/` : base
}

/** What a listing lists: a section (with its sub-sections), a topic or an author's stories. */
export type ListingKind = 'section' | 'tag' | 'author'

/**
 * The address of a page of a listing, from its kind and its key (a section's or an author's slug,
 * a topic's label): /en/economy/page/2/, /en/tags/oil/page/3/ …
 */
export function listingUrl(edition: string, kind: ListingKind, key: string, page = 0): string {
  switch (kind) {
    case 'section':
      return sectionUrl(edition, key, page)
    case 'tag':
      return tagUrl(edition, key, page)
    case 'author':
      return authorUrl(edition, key, page)
  }
}

export function pageUrl(edition: string, slug: string): string {
  return `/${edition}/pages/${slug}/`
}

/** The share card beside an article's page: /en/politics/slug/card.png */
export function shareCardUrl(articleHref: string): string {
  return `${articleHref}card.png`
}

/** The edition's own share card, for pages that are not articles. */
export function editionCardUrl(edition: string): string {
  return `/${edition}/card.png`
}

/** The edition's wordmark as an image, the publisher logo of structured data. */
export function logoUrl(edition: string): string {
  return `/${edition}/logo.png`
}

export function searchUrl(edition: string): string {
  return `/${edition}/search/`
}

export type FeedFormat = 'rss' | 'atom' | 'json'

export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json']

/** File names of the three feed formats, the same in every feed folder. */
export const FEED_FILES: Record<FeedFormat, string> = {
  rss: 'rss.xml',
  atom: 'atom.xml',
  json: 'feed.json',
}

/** Media types of the feed formats, for <link rel="alternate"> and the host. */
export const FEED_MEDIA_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
}

/** /en/feeds/rss.xml for the edition, /en/feeds/politics/rss.xml for a section. */
export function feedUrl(edition: string, format: FeedFormat, section?: string): string {
  const folder = section === undefined ? `/${edition}/feeds/` : `/${edition}/feeds/${section}/`
  return `${folder}${FEED_FILES[format]}`
}

/** Reads a feed's path inside /<edition>/feeds/: ["rss.xml"] or ["politics", "atom.xml"]. */
export function parseFeedPath(
  segments: readonly string[],
): { format: FeedFormat; section?: string } | undefined {
  const file = segments.at(-1)
  const format = FEED_FORMATS.find((kind) => FEED_FILES[kind] === file)
  if (!format || segments.length > 2) return undefined
  return segments.length === 2 ? { format, section: segments[0] as string } : { format }
}

export const SITEMAP_URL = '/sitemap.xml'

/** Parts of a sitemap too large for one file, listed by the sitemap index at /sitemap.xml. */
export function sitemapPartUrl(part: number): string {
  return `/sitemaps/pages-${part}.xml`
}

export function newsSitemapUrl(edition: string): string {
  return `/sitemaps/news-${edition}.xml`
}

/** An absolute URL on the published site, for canonical links and print. */
export function absoluteUrl(baseUrl: string, path: string): string {
  return new URL(path, `${baseUrl}/`).toString()
}

/**
 * A dynamic segment as the page receives it. Depending on how a page is reached, Next hands over
 * non-Latin segments either as written or percent-encoded; tags are matched in one form.
 */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment).normalize('NFC')
  } catch {
    return segment.normalize('NFC')
  }
}

/** `/en/politics/x` and `/en/politics/x/#top` name the page `/en/politics/x/`. */
export function normaliseAddress(address: string): string {
  const path = address.split(/[?#]/)[0] ?? ''
  let decoded = path
  try {
    decoded = decodeURI(path)
  } catch {
    // Left as written: it is then simply not found.
  }
  return decoded.endsWith('/') ? decoded : `${decoded}/`
}
