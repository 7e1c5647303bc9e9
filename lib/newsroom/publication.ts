/**
 * Whether a story is out: a draft never is; a story dated after the build is held back
 * (scheduled) until a build after its time. Pure, so pages, feeds and the media the build
 * publishes all decide it the same way.
 */
import type { ArticleStatus } from './view-models'
import { contentTime } from '../content/dates'

export function publicationStatus(
  doc: { draft: boolean; date?: string | undefined },
  buildTime: Date,
): ArticleStatus {
  if (doc.draft) return 'draft'
  if (doc.date !== undefined && contentTime(doc.date) > buildTime.getTime()) return 'scheduled'
  return 'published'
}
