/**
 * The one door to the content. Only this module imports the generated documents: it validates
 * them once, builds the newsroom model (lib/newsroom/model.ts) once, and exports the getters the
 * routes need. The model's decisions are pure and unit-tested; what is left here is reading.
 */
import 'server-only'
import { allArticles, allAuthors, allPages, allSections } from 'contentlayer/generated'
import { buildTime, showsUnpublished } from '../site/clock'
import { validateContent } from './rules'
import { hotArticleParams, hotListingPages, type PageReader } from '../edge/records'
import { checkImageFile, measureContentImage } from './image-files'
import type { EditionCode } from '../site/i18n/dictionaries'
import { createNewsroom, type ListingKind } from '../newsroom/model'
import { ContentError, isWarning } from './problems'
import { publishedEditions, site } from '../site/site'

// `npm run build` checks every file before rendering and says so; each render worker would
// otherwise check the whole archive again. The preview (`npm run dev`) checks here, on every change.
if (process.env.NEWSROOM_CONTENT_CHECKED !== '1') {
  const problems = validateContent({
    articles: allArticles,
    sections: allSections,
    authors: allAuthors,
    pages: allPages,
    editions: publishedEditions,
    root: process.cwd(),
    checkImageFile,
    baseUrl: site.baseUrl,
  })
  // Warnings (a heavy picture, a direction mark) were printed by the content check; only errors stop.
  const errors = problems.filter((problem) => !isWarning(problem))
  if (errors.length > 0) throw new ContentError(errors)
}

/** The newsroom as of this build: every page, feed, sitemap and card asks it. */
export const newsroom = createNewsroom({
  articles: allArticles,
  sections: allSections,
  authors: allAuthors,
  pages: allPages,
  editions: publishedEditions,
  buildTime,
  showsUnpublished,
  measureImage: measureContentImage,
})

export const {
  alternates,
  getArticle,
  getAuthor,
  getEditionChrome,
  getFrontPage,
  getListing,
  getPage,
  getPages,
  getSection,
  getSectionSlugs,
} = newsroom

/** The routes rendered in both modes read the model through this (lib/edge/records.ts). */
export const pageReader: PageReader = {
  article: async (edition, section, slug) => getArticle(edition, section, slug),
  listing: async (edition, kind, slug, page) => getListing(edition, kind, slug, page),
  chrome: async (edition) => getEditionChrome(edition),
  // Exported pages carry no version: every build renders them all again.
  version: async () => undefined,
}

// In edge mode a build exports only the hot window (lib/edge/records.ts); the Worker renders the rest.
// The preview (`npm run dev`) renders every page, whatever the mode.
const hotDays =
  site.archive.mode === 'edge' && process.env.NODE_ENV === 'production'
    ? site.archive.prerenderDays
    : undefined

/** Every /<section>/<article>/ the export holds, for generateStaticParams. */
export function exportedArticleParams(edition: EditionCode) {
  return hotDays === undefined
    ? newsroom.getArticleParams(edition)
    : hotArticleParams(newsroom, edition, hotDays)
}

/** Every page of every listing of a kind the export holds, for generateStaticParams. */
export function exportedListingPages(edition: EditionCode, kind: ListingKind) {
  return hotDays === undefined
    ? newsroom.getListingPages(edition, kind)
    : hotListingPages(newsroom, edition, kind, hotDays)
}
