import type { ArticleSummary } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'

type Props = {
  article: ArticleSummary
  edition: EditionContext
}

/**
 * The label above a headline: the section, or a red "Opinion" so opinion is never taken for news;
 * a live page still being updated says "Live" before its section.
 */
export function Kicker({ article, edition }: Props) {
  switch (article.kind) {
    case 'opinion':
      return (
        <p className="font-sans text-xs font-bold tracking-wide text-accent uppercase">
          {edition.t.opinion}
        </p>
      )
    case 'news':
      return (
        <p className="kicker">
          {article.liveStatus === 'live' && (
            <span className="me-2 font-sans text-xs font-bold tracking-wide text-accent uppercase">
              {edition.t.live.live}
            </span>
          )}
          <a href={article.section.href} className="kicker-link">
            {article.section.title}
          </a>
        </p>
      )
  }
}
