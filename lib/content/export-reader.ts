/**
 * The preview's door to the content. Only this module imports the generated documents: it
 * validates them once, builds the newsroom model (lib/newsroom/model.ts) once, and answers the
 * routes from it (lib/content/model-reader.ts). The routes reach it through
 * lib/content/page-reader.ts, only when no records were written: in `npm run dev`, which follows
 * every save, and a bare `next build`. `npm run build` renders from records instead.
 */
import 'server-only'
import {
  allArticles,
  allAuthors,
  allLivePages,
  allLiveUpdates,
  allPages,
  allSections,
} from 'contentlayer/generated'
import { buildTime, showsUnpublished } from '../site/clock'
import { validateContent } from './rules'
import { checkImageFile, measureContentImage } from './image-files'
import { checkMediaFile, measureContentMedia } from './media-files'
import { embedMetadataReader } from './embed-metadata'
import { createNewsroom } from '../newsroom/model'
import { createModelReader } from './model-reader'
import { ContentError, isWarning } from './problems'
import { publishedEditions, site } from '../site/site'
import { livePageStories } from './live-pages'

/** The stories, live pages among them with their updates. */
const articles = [...allArticles, ...livePageStories(allLivePages, allLiveUpdates)]

// `npm run build` checks every file before rendering and says so; each render worker would
// otherwise check the whole archive again. The preview (`npm run dev`) checks here, on every change.
if (process.env.NEWSROOM_CONTENT_CHECKED !== '1') {
  const problems = validateContent({
    articles,
    sections: allSections,
    authors: allAuthors,
    pages: allPages,
    editions: publishedEditions,
    root: process.cwd(),
    checkImageFile,
    checkMediaFile,
    baseUrl: site.baseUrl,
  })
  // Warnings (a heavy picture, a direction mark) were printed by the content check; only errors stop.
  const errors = problems.filter((problem) => !isWarning(problem))
  if (errors.length > 0) throw new ContentError(errors)
}

/** The newsroom as of this build: every page, feed, sitemap and card asks it. */
export const newsroom = createNewsroom({
  articles,
  sections: allSections,
  authors: allAuthors,
  pages: allPages,
  editions: publishedEditions,
  buildTime,
  showsUnpublished,
  measureImage: measureContentImage,
  measureMedia: measureContentMedia,
  embedMetadata: embedMetadataReader(process.cwd()),
})

/** The export's reader answered from the model (lib/content/page-reader.ts opens it). */
export const exportReader = createModelReader(newsroom, {
  baseUrl: site.baseUrl,
  webSubHub: site.announce.webSubHub,
  // In edge mode a build exports only the hot window (lib/edge/records.ts); the Worker renders
  // the rest. The preview (`npm run dev`) renders every page, whatever the mode.
  hotDays:
    site.archive.mode === 'edge' && process.env.NODE_ENV === 'production'
      ? site.archive.prerenderDays
      : undefined,
})
