/**
 * A live page joins the stories (docs/live-coverage.md): its index file is a story's fields and
 * its coverage, its updates are attached to it by folder. Everything a story goes through — the
 * rules, the fronts, listings, feeds, sitemaps, search and share cards — a live page goes
 * through as one; what is its own is under `live`.
 */
import type { ArticleDocument, LivePageDocument, LiveUpdateDocument } from './documents'

/** The live pages as stories, each with the updates filed in its folder. */
export function livePageStories(
  pages: readonly LivePageDocument[],
  updates: readonly LiveUpdateDocument[],
): ArticleDocument[] {
  const byPage = new Map<string, LiveUpdateDocument[]>()
  for (const update of updates) {
    const filed = byPage.get(update.live) ?? []
    filed.push(update)
    byPage.set(update.live, filed)
  }
  // By file, whichever reader made them: the same documents from the files and from Contentlayer.
  const byFile = (a: LiveUpdateDocument, b: LiveUpdateDocument) =>
    a.sourceFile.localeCompare(b.sourceFile)
  return pages.map(({ status, ended, keyPoints, pinned, ...story }) => ({
    ...story,
    live: {
      status,
      ended,
      keyPoints,
      pinned,
      updates: (byPage.get(story.slug) ?? []).sort(byFile),
    },
  }))
}

/** A live page still updated: its editors have not set `status: ended`. */
export const isRunningLivePage = (story: Pick<ArticleDocument, 'live'>): boolean =>
  story.live !== undefined && story.live.status !== 'ended'

/** The live pages still running, with the folder their updates are filed in (for the admin). */
export function runningLivePages(
  stories: readonly ArticleDocument[],
): { folder: string; title: string; lang: string }[] {
  return stories.flatMap((story) => {
    const folder = /^content\/live\/([^/]+)\/index\.md$/.exec(story.sourceFile)?.[1]
    return isRunningLivePage(story) && folder
      ? [{ folder, title: story.title, lang: story.lang }]
      : []
  })
}
