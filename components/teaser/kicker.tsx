import type { ArticleSummary } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'

type Props = {
  article: ArticleSummary
  edition: EditionContext
}

/** The label above a headline: the section, or a red "Opinion" so opinion is never taken for news. */
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
          <a href={article.section.href} className="kicker-link">
            {article.section.title}
          </a>
        </p>
      )
  }
}
