/**
 * The one door to the content. Only this module imports the generated documents; it validates
 * them once, drops drafts and scheduled stories (outside `npm run dev`), sorts once, and hands
 * out small view models.
 */
import 'server-only'
import { statSync } from 'node:fs'
import {
  allArticles,
  allAuthors,
  allPages,
  allSections,
  type Article,
  type Author,
  type Page,
  type Section,
} from 'contentlayer/generated'
import { buildTime, showsUnpublished } from './clock'
import type {
  ArticleDetail,
  ArticleKind,
  ArticleStatus,
  ArticleSummary,
  AuthorRef,
  AuthorView,
  EditionChromeData,
  FeedArticle,
  FrontPage,
  ImageView,
  NavSection,
  PageView,
  SectionRef,
  SectionView,
  TagRef,
} from './content-types'
import { alternatesIn, type Alternates } from './alternates'
import { validateContent } from './content-rules'
import { parseContentDate } from './dates'
import type { EditionCode } from './i18n/dictionaries'
import { publicationStatus } from './publication'
import { imageMimeType, isResolved, readImageDimensions, resolveImage } from './images'
import { pageNumbers, paginate, type Paged } from './pagination'
import { ContentError, isWarning } from './problems'
import {
  articleUrl,
  authorUrl,
  editionCardUrl,
  editionUrl,
  logoUrl,
  pageUrl,
  searchUrl,
  sectionUrl,
  shareCardUrl,
  tagSlug,
  tagUrl,
} from './routes'
import { FEED_ITEMS } from './feeds'
import type { ShareImage } from './share-card'
import { editionConfig, publishedEditions, site } from './site'

/** The section whose articles are opinion, labelled as such everywhere. */
export const OPINION_SECTION = 'opinion'
export const ARTICLES_PER_PAGE = 20
const BREAKING_WINDOW_MS = 24 * 60 * 60 * 1000

const problems = validateContent({
  articles: allArticles,
  sections: allSections,
  authors: allAuthors,
  pages: allPages,
  editions: publishedEditions,
  root: process.cwd(),
})
// Warnings (a heavy picture, a direction mark) were printed by the content check; only errors stop.
const errors = problems.filter((problem) => !isWarning(problem))
if (errors.length > 0) throw new ContentError(errors)

// ---------------------------------------------------------------------------------------------
// Indexes, built once per process

/** Caches a pure lookup by its arguments: every page of a large site asks the same questions. */
function memoize<Args extends string[], Result>(
  lookup: (...args: Args) => Result,
): (...args: Args) => Result {
  const cache = new Map<string, Result>()
  return (...args) => {
    const key = args.join('\u0000')
    if (!cache.has(key)) cache.set(key, lookup(...args))
    return cache.get(key) as Result
  }
}

const sectionsBySlug = new Map(allSections.map((section) => [section.slug, section]))
const authorsBySlug = new Map(allAuthors.map((author) => [author.slug, author]))

const statusOf = (doc: { draft: boolean; date?: string }): ArticleStatus =>
  publicationStatus(doc, buildTime)

const isVisible = (doc: { draft: boolean; date?: string }) =>
  showsUnpublished || statusOf(doc) === 'published'

/** Newest first; equal times by slug, so every build orders them the same way. */
const newestFirst = (a: Article, b: Article) =>
  parseContentDate(b.date).getTime() - parseContentDate(a.date).getTime() ||
  a.slug.localeCompare(b.slug)

const visibleArticles: Article[] = allArticles.filter(isVisible).sort(newestFirst)

const visiblePages: Page[] = allPages.filter((page) => isVisible({ draft: page.draft }))

const articlesOf = memoize((edition: EditionCode): Article[] =>
  visibleArticles.filter((article) => article.lang === edition),
)

// ---------------------------------------------------------------------------------------------
// Sections

function sectionTitle(section: Section, edition: EditionCode): string {
  return section.titles?.[edition] ?? section.title
}

function sectionRef(slug: string, edition: EditionCode): SectionRef {
  const section = sectionsBySlug.get(slug)
  if (!section) throw new Error(`Unknown section "${slug}"`)
  return { slug, title: sectionTitle(section, edition), href: sectionUrl(edition, slug) }
}

const byOrder = (a: Section, b: Section) => a.order - b.order || a.title.localeCompare(b.title)

function childSections(slug: string): Section[] {
  return allSections.filter((section) => section.parent === slug).sort(byOrder)
}

/** The section and every section beneath it, at any depth. */
const sectionFamily = memoize((slug: string): Set<string> => {
  const family = new Set([slug])
  for (const child of childSections(slug))
    for (const member of sectionFamily(child.slug)) family.add(member)
  return family
})

/** The section's slug and its parents', outermost first: iraq, local-news. */
const sectionAncestry = memoize((slug: string): string[] => {
  const parent = sectionsBySlug.get(slug)?.parent
  return parent === undefined ? [slug] : [...sectionAncestry(parent), slug]
})

function sectionTrail(slug: string, edition: EditionCode): SectionRef[] {
  return sectionAncestry(slug).map((member) => sectionRef(member, edition))
}

function kindOf(sectionSlug: string): ArticleKind {
  return sectionAncestry(sectionSlug).includes(OPINION_SECTION) ? 'opinion' : 'news'
}

export function getNavigation(edition: EditionCode): NavSection[] {
  return allSections
    .filter((section) => section.parent === undefined)
    .sort(byOrder)
    .map((section) => ({
      ...sectionRef(section.slug, edition),
      children: childSections(section.slug).map((child) => sectionRef(child.slug, edition)),
    }))
}

export function getSection(edition: EditionCode, slug: string): SectionView | undefined {
  const section = sectionsBySlug.get(slug)
  if (!section) return undefined
  return {
    ...sectionRef(slug, edition),
    description:
      section.descriptions?.[edition] ??
      section.description ??
      (section.body.raw.trim() || undefined),
    parent: section.parent ? sectionRef(section.parent, edition) : undefined,
    children: childSections(slug).map((child) => sectionRef(child.slug, edition)),
    trail: sectionTrail(slug, edition),
  }
}

export function getSectionSlugs(): string[] {
  return allSections.map((section) => section.slug)
}

const sectionArticles = memoize((edition: EditionCode, slug: string): Article[] => {
  const family = sectionFamily(slug)
  return articlesOf(edition).filter((article) => family.has(article.section))
})

export function getSectionPage(
  edition: EditionCode,
  slug: string,
  page: number,
): Paged<ArticleSummary> | undefined {
  if (!sectionsBySlug.has(slug)) return undefined
  return pageOfSummaries(sectionArticles(edition, slug), page)
}

/** Every /<section>/page/<n>/ of an edition, for generateStaticParams. */
export function getSectionPageParams(edition: EditionCode): { section: string; page: string }[] {
  return allSections.flatMap(({ slug }) =>
    pageNumbers(sectionArticles(edition, slug).length, ARTICLES_PER_PAGE).map((page) => ({
      section: slug,
      page: String(page),
    })),
  )
}

function pageOfSummaries(articles: Article[], page: number): Paged<ArticleSummary> | undefined {
  const paged = paginate(articles, page, ARTICLES_PER_PAGE)
  return paged && { ...paged, items: paged.items.map(toSummary) }
}

// ---------------------------------------------------------------------------------------------
// Articles

function toImage(
  image: { src: string; alt: string; caption?: string; credit?: string } | undefined,
  sourceFile: string,
): ImageView | undefined {
  if (!image) return undefined
  const resolved = resolveImage(image.src, sourceFile)
  const dimensions = isResolved(resolved) ? readImageDimensions(resolved.file) : undefined
  if (!isResolved(resolved) || !dimensions)
    throw new Error(`${sourceFile}: image "${image.src}" cannot be read`)
  return {
    src: resolved.url,
    alt: image.alt,
    caption: image.caption,
    credit: image.credit,
    ...dimensions,
  }
}

function authorName(author: Author, edition: EditionCode): string {
  return author.names?.[edition] ?? author.name
}

function authorRef(author: Author, edition: EditionCode): AuthorRef {
  return {
    slug: author.slug,
    name: authorName(author, edition),
    role: author.roles?.[edition] ?? author.role,
    href: authorUrl(edition, author.slug),
  }
}

function editionOf(article: { lang: string }): EditionCode {
  return article.lang as EditionCode
}

function toSummary(article: Article): ArticleSummary {
  const edition = editionOf(article)
  return {
    slug: article.slug,
    edition,
    kind: kindOf(article.section),
    status: statusOf(article),
    title: article.title,
    summary: article.summary,
    href: articleUrl(edition, article.section, article.slug),
    section: sectionRef(article.section, edition),
    published: article.date,
    updated: article.updated,
    image: toImage(article.image, article.sourceFile),
    authors: (article.authors ?? []).flatMap((slug) => {
      const author = authorsBySlug.get(slug)
      return author ? [authorRef(author, edition)] : []
    }),
    readingMinutes: article.readingMinutes,
    breaking: article.breaking,
  }
}

function toTags(tags: readonly string[] | undefined, edition: EditionCode): TagRef[] {
  return (tags ?? []).map((label) => ({
    label,
    slug: tagSlug(label),
    href: tagUrl(edition, label),
  }))
}

function relatedArticles(article: Article, count: number): ArticleSummary[] {
  const edition = editionOf(article)
  const tags = new Set((article.tags ?? []).map(tagSlug))
  const family = sectionFamily(article.section)
  // Only stories of the same section family or sharing a tag can score: look at those alone,
  // not the whole archive, so a large site does not pay for every pair of articles.
  const candidates = new Set(sectionArticles(edition, article.section))
  for (const tag of tags)
    for (const tagged of tagIndex(edition).get(tag)?.articles ?? []) candidates.add(tagged)
  candidates.delete(article)
  return [...candidates]
    .map((candidate) => {
      const sharedTags = (candidate.tags ?? []).filter((tag) => tags.has(tagSlug(tag))).length
      const sameSection =
        candidate.section === article.section ? 2 : family.has(candidate.section) ? 1 : 0
      return { candidate, score: sharedTags * 2 + sameSection }
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || newestFirst(a.candidate, b.candidate))
    .slice(0, count)
    .map(({ candidate }) => toSummary(candidate))
}

/** Articles by section and slug: every article page and share card looks one up. */
const articleIndex = memoize(
  (edition: EditionCode): Map<string, Article> =>
    new Map(articlesOf(edition).map((article) => [`${article.section}/${article.slug}`, article])),
)

function findArticle(edition: EditionCode, section: string, slug: string): Article | undefined {
  return articleIndex(edition).get(`${section}/${slug}`)
}

export function getArticle(
  edition: EditionCode,
  section: string,
  slug: string,
): ArticleDetail | undefined {
  const article = findArticle(edition, section, slug)
  if (!article) return undefined
  const corrections = [...(article.corrections ?? [])].sort(
    (a, b) => parseContentDate(b.date).getTime() - parseContentDate(a.date).getTime(),
  )
  return {
    ...toSummary(article),
    bodyHtml: article.body.html,
    dateline: article.dateline,
    source: article.source,
    tags: toTags(article.tags, edition),
    corrections,
    trail: sectionTrail(article.section, edition),
    related: relatedArticles(article, 4),
    translations: translationsOf(article),
  }
}

/** The article's translations: the articles of other editions that share its translationKey. */
function translationsOf(article: Article): Alternates {
  const key = article.translationKey
  if (key === undefined) return {}
  return alternatesIn(publishedEditions, (edition) => {
    const translation = translationIndex(edition).get(key)
    return translation && articleUrl(edition, translation.section, translation.slug)
  })
}

const translationIndex = memoize(
  (edition: EditionCode): Map<string, Article> =>
    new Map(
      articlesOf(edition).flatMap((article) =>
        article.translationKey ? [[article.translationKey, article]] : [],
      ),
    ),
)

/** Navigation, breaking strip and footer pages of an edition, for the chrome around every page. */
export const getEditionChrome = memoize((edition: EditionCode): EditionChromeData => {
  return {
    sections: getNavigation(edition),
    breaking: getBreakingNews(edition),
    pages: getPages(edition),
  }
})

/** Every edition's front page. */
export function frontPageAlternates(): Alternates {
  return alternatesIn(publishedEditions, editionUrl)
}

/** Every edition's search page. */
export function searchAlternates(): Alternates {
  return alternatesIn(publishedEditions, searchUrl)
}

/** A section front exists in every edition, under the same slug. */
export function sectionAlternates(slug: string, page = 1): Alternates {
  return alternatesIn(publishedEditions, (edition) => sectionUrl(edition, slug, page))
}

/** An author page exists in every edition. */
export function authorAlternates(slug: string): Alternates {
  return alternatesIn(publishedEditions, (edition) => authorUrl(edition, slug))
}

/** A standalone page's versions are the pages with the same file name in other editions. */
export function pageAlternates(slug: string): Alternates {
  return alternatesIn(publishedEditions, (edition) => getPage(edition, slug)?.href)
}

/** Every /<section>/<article>/ of an edition, for generateStaticParams. */
export function getArticleParams(edition: EditionCode): { section: string; article: string }[] {
  return articlesOf(edition).map((article) => ({ section: article.section, article: article.slug }))
}

/** Breaking stories published in the 24 hours before the build, newest first. */
export function getBreakingNews(edition: EditionCode): ArticleSummary[] {
  const since = buildTime.getTime() - BREAKING_WINDOW_MS
  return articlesOf(edition)
    .filter((article) => {
      const published = parseContentDate(article.date).getTime()
      return article.breaking && published >= since && published <= buildTime.getTime()
    })
    .map(toSummary)
}

export function getFrontPage(edition: EditionCode): FrontPage {
  const articles = articlesOf(edition)
  const lead = articles.find((article) => article.featured) ?? articles[0]
  const topStories = articles.filter((article) => article !== lead).slice(0, 4)
  const shown = new Set([lead, ...topStories])
  const sectionBlocks = getNavigation(edition)
    .map((section) => ({
      section: sectionRef(section.slug, edition),
      articles: sectionArticles(edition, section.slug)
        .filter((article) => !shown.has(article))
        .slice(0, 4)
        .map(toSummary),
    }))
    .filter((block) => block.articles.length > 0)
  return {
    lead: lead && toSummary(lead),
    topStories: topStories.map(toSummary),
    sectionBlocks,
    latest: articles.slice(0, 10).map(toSummary),
  }
}

// ---------------------------------------------------------------------------------------------
// Tags

const tagIndex = memoize(
  (edition: EditionCode): Map<string, { label: string; articles: Article[] }> => {
    const index = new Map<string, { label: string; articles: Article[] }>()
    for (const article of articlesOf(edition)) {
      for (const label of new Set(article.tags ?? [])) {
        const slug = tagSlug(label)
        const entry = index.get(slug) ?? { label, articles: [] }
        if (!entry.articles.includes(article)) entry.articles.push(article)
        index.set(slug, entry)
      }
    }
    return index
  },
)

export function getTagSlugs(edition: EditionCode): string[] {
  return [...tagIndex(edition).keys()]
}

/** Every /tags/<tag>/page/<n>/ of an edition, for generateStaticParams. */
export function getTagPageParams(edition: EditionCode): { tag: string; page: string }[] {
  return [...tagIndex(edition)].flatMap(([tag, entry]) =>
    pageNumbers(entry.articles.length, ARTICLES_PER_PAGE).map((page) => ({
      tag,
      page: String(page),
    })),
  )
}

export function getTagPage(
  edition: EditionCode,
  slug: string,
  page: number,
): (Paged<ArticleSummary> & { tag: TagRef }) | undefined {
  const entry = tagIndex(edition).get(slug)
  if (!entry) return undefined
  const paged = pageOfSummaries(entry.articles, page)
  return (
    paged && { ...paged, tag: { label: entry.label, slug, href: tagUrl(edition, entry.label) } }
  )
}

// ---------------------------------------------------------------------------------------------
// Authors

export function getAuthor(edition: EditionCode, slug: string): AuthorView | undefined {
  const author = authorsBySlug.get(slug)
  if (!author) return undefined
  return {
    ...authorRef(author, edition),
    bioHtml: author.body.html,
    avatar: author.avatar && toImage(author.avatar, author.sourceFile),
    links: author.links ?? [],
  }
}

export function getAuthorSlugs(): string[] {
  return allAuthors.map((author) => author.slug)
}

const authorArticles = memoize((edition: EditionCode, slug: string): Article[] =>
  articlesOf(edition).filter((article) => article.authors?.includes(slug)),
)

/** Every /authors/<author>/page/<n>/ of an edition, for generateStaticParams. */
export function getAuthorPageParams(edition: EditionCode): { author: string; page: string }[] {
  return allAuthors.flatMap(({ slug }) =>
    pageNumbers(authorArticles(edition, slug).length, ARTICLES_PER_PAGE).map((page) => ({
      author: slug,
      page: String(page),
    })),
  )
}

export function getAuthorPage(
  edition: EditionCode,
  slug: string,
  page: number,
): Paged<ArticleSummary> | undefined {
  if (!authorsBySlug.has(slug)) return undefined
  return pageOfSummaries(authorArticles(edition, slug), page)
}

// ---------------------------------------------------------------------------------------------
// Standalone pages

function toPageView(page: Page): PageView {
  const edition = editionOf(page)
  return {
    slug: page.slug,
    edition,
    title: page.title,
    summary: page.summary,
    href: pageUrl(edition, page.slug),
    bodyHtml: page.body.html,
    updated: page.updated,
  }
}

export function getPages(edition: EditionCode): PageView[] {
  return visiblePages.filter((page) => page.lang === edition).map(toPageView)
}

export function getPage(edition: EditionCode, slug: string): PageView | undefined {
  return getPages(edition).find((page) => page.slug === slug)
}

// ---------------------------------------------------------------------------------------------
// Sitemap

export type SitemapEntry = {
  path: string
  /** ISO 8601: the article's update or publication time */
  lastModified?: string | undefined
  /** The page in every edition that has it, for hreflang */
  alternates: Alternates
}

/** Every indexable page of every edition: fronts, sections, articles, topics, authors, pages. */
export function getSitemapEntries(): SitemapEntry[] {
  return publishedEditions.flatMap((edition): SitemapEntry[] => [
    {
      path: editionUrl(edition),
      lastModified: articlesOf(edition)[0]?.date,
      alternates: frontPageAlternates(),
    },
    ...allSections.map(({ slug }) => ({
      path: sectionUrl(edition, slug),
      lastModified: sectionArticles(edition, slug)[0]?.date,
      alternates: sectionAlternates(slug),
    })),
    ...articlesOf(edition).map((article) => ({
      path: articleUrl(edition, article.section, article.slug),
      lastModified: article.updated ?? article.date,
      alternates: translationsOf(article),
    })),
    ...[...tagIndex(edition).values()].map((entry) => ({
      path: tagUrl(edition, entry.label),
      lastModified: entry.articles[0]?.date,
      alternates: {},
    })),
    ...allAuthors.map(({ slug }) => ({
      path: authorUrl(edition, slug),
      lastModified: authorArticles(edition, slug)[0]?.date,
      alternates: authorAlternates(slug),
    })),
    ...getPages(edition).map((page) => ({
      path: page.href,
      lastModified: page.updated,
      alternates: pageAlternates(page.slug),
    })),
  ])
}

// ---------------------------------------------------------------------------------------------
// Feeds, the news sitemap and share images

/** Google News reads articles published in the last two days, at most 1,000 per sitemap. */
const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000
const NEWS_SITEMAP_LIMIT = 1000

function toFeedArticle(article: Article): FeedArticle {
  const edition = editionOf(article)
  const resolved = article.image && resolveImage(article.image.src, article.sourceFile)
  const image = resolved && isResolved(resolved) ? resolved : undefined
  return {
    ...toSummary(article),
    bodyHtml: article.body.html,
    tags: toTags(article.tags, edition),
    leadImageFile: image && {
      bytes: statSync(image.file).size,
      type: imageMimeType(image.file),
    },
  }
}

/** The newest stories of an edition, or of one section and its sub-sections, with their text. */
export function getFeedArticles(edition: EditionCode, section?: string): FeedArticle[] {
  return feedArticles(edition, section ?? '')
}

// Each feed is written in three formats: shape its stories once.
const feedArticles = memoize((edition: EditionCode, section: string): FeedArticle[] => {
  const articles = section === '' ? articlesOf(edition) : sectionArticles(edition, section)
  return articles.slice(0, FEED_ITEMS).map(toFeedArticle)
})

/** Stories published in the 48 hours before the build, newest first, for the news sitemap. */
export function getNewsSitemapArticles(edition: EditionCode): ArticleSummary[] {
  const since = buildTime.getTime() - NEWS_WINDOW_MS
  return articlesOf(edition)
    .filter((article) => {
      const published = parseContentDate(article.date).getTime()
      return published >= since && published <= buildTime.getTime()
    })
    .slice(0, NEWS_SITEMAP_LIMIT)
    .map(toSummary)
}

/** Every share card and logo of every edition, with the site path each is published at. */
export function getShareImages(): ShareImage[] {
  const domain = new URL(site.baseUrl).host
  return publishedEditions.flatMap((edition): ShareImage[] => {
    const { name, tagline, dir } = editionConfig(edition)
    return [
      { kind: 'logo', path: logoUrl(edition), siteName: name, dir },
      {
        kind: 'card',
        path: editionCardUrl(edition),
        card: { siteName: name, headline: tagline, domain, dir },
      },
      ...articlesOf(edition).map((article): ShareImage => ({
        kind: 'card',
        path: shareCardUrl(articleUrl(edition, article.section, article.slug)),
        card: {
          siteName: name,
          label: sectionRef(article.section, edition).title,
          headline: article.title,
          domain,
          dir,
        },
      })),
    ]
  })
}
