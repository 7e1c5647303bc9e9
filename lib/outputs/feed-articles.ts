/**
 * The stories a feed carries, with their full text and the lead image's file size and type
 * (an enclosure announces both). Beside the feeds, not in the content door: only they need it.
 * The build asks it in one process (build/stages/page-records.ts), never a render worker.
 */
import { statSync } from 'node:fs'
import escapeHtml from 'escape-html'
import type { FeedArticle } from '../newsroom/view-models'
import type { ArticleDocument, Newsroom } from '../newsroom/model'
import { FEED_ITEMS } from './feeds'
import type { EditionCode } from '../site/i18n/dictionaries'
import { imageMimeType, isResolved, resolveImage } from '../content/images'

function toFeedArticle<Article extends ArticleDocument>(
  newsroom: Newsroom<Article>,
  article: Article,
): FeedArticle {
  const edition = article.lang as EditionCode
  const resolved = article.image && resolveImage(article.image.src, article.sourceFile)
  const image = resolved && isResolved(resolved) ? resolved : undefined
  // A live page is one entry, updated with each update (docs/live-coverage.md): its text is
  // what stands above the updates and the newest update, its `updated` the newest one's time.
  const live = article.live
    ? newsroom.getArticle(edition, article.section, article.slug)?.live
    : undefined
  const newest = live?.updates.items[0]
  return {
    ...newsroom.toSummary(article),
    ...(live?.latest ? { updated: live.latest } : {}),
    bodyHtml: newest
      ? `${newsroom.bodyHtmlOf(article)}${newest.title ? `<h2>${escapeHtml(newest.title)}</h2>` : ''}${newest.bodyHtml}`
      : newsroom.bodyHtmlOf(article),
    tags: newsroom.toTags(article.tags, edition),
    leadImageFile: image && {
      bytes: statSync(image.file).size,
      type: imageMimeType(image.file),
    },
  }
}

/**
 * The newest stories of an edition, or of one section and its sub-sections, with their text.
 * Each feed is written in three formats: the stories are shaped once per newsroom.
 */
export function feedArticles<Article extends ArticleDocument>(newsroom: Newsroom<Article>) {
  const cache = new Map<string, FeedArticle[]>()
  return (edition: EditionCode, section?: string): FeedArticle[] => {
    const key = `${edition}/${section ?? ''}`
    let articles = cache.get(key)
    if (!articles) {
      const stories =
        section === undefined
          ? newsroom.articlesOf(edition)
          : newsroom.sectionArticles(edition, section)
      articles = stories.slice(0, FEED_ITEMS).map((story) => toFeedArticle(newsroom, story))
      cache.set(key, articles)
    }
    return articles
  }
}
