import type { ArticleSummary } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'
import { StoryTeaser, type TeaserSize } from './story-teaser'

type Props = {
  articles: ArticleSummary[]
  edition: EditionContext
  size?: TeaserSize
  headingLevel?: 2 | 3
}

/** Stories one under another, separated by thin rules. */
export function StoryList({ articles, edition, size = 'compact', headingLevel = 3 }: Props) {
  return (
    <ol className="divide-y divide-rule">
      {articles.map((article) => (
        <li key={article.href} className="py-4 first:pt-0">
          <StoryTeaser
            article={article}
            edition={edition}
            size={size}
            headingLevel={headingLevel}
          />
        </li>
      ))}
    </ol>
  )
}
