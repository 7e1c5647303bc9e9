/**
 * The one door to the content. Only this module imports the generated documents: it validates
 * them once, builds the newsroom model (lib/newsroom.ts) once, and exports the getters the
 * routes need. The model's decisions are pure and unit-tested; what is left here is reading.
 */
import 'server-only'
import { allArticles, allAuthors, allPages, allSections } from 'contentlayer/generated'
import { buildTime, showsUnpublished } from './clock'
import { validateContent } from './content-rules'
import { isResolved, readImageDimensions, resolveImage } from './images'
import { createNewsroom } from './newsroom'
import { ContentError, isWarning } from './problems'
import { publishedEditions, site } from './site'

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
  measureImage: (src, sourceFile) => {
    const resolved = resolveImage(src, sourceFile)
    const dimensions = isResolved(resolved) ? readImageDimensions(resolved.file) : undefined
    return isResolved(resolved) && dimensions ? { url: resolved.url, ...dimensions } : undefined
  },
})

export const {
  alternates,
  getArticle,
  getArticleParams,
  getAuthor,
  getEditionChrome,
  getFrontPage,
  getListing,
  getListingPages,
  getPage,
  getPages,
  getSection,
  getSectionSlugs,
} = newsroom
