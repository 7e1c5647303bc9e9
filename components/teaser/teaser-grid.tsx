import { cn } from '@/components/ui/cn'
import type { ArticleSummary } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'
import { StoryTeaser } from './story-teaser'

type Props = {
  articles: ArticleSummary[]
  edition: EditionContext
  /** Four across on wide screens (front-page bands) or two (related stories) */
  columns: 2 | 4
}

/** Stories side by side, each with its picture. */
export function TeaserGrid({ articles, edition, columns }: Props) {
  return (
    <ul className={cn('grid gap-6 sm:grid-cols-2', columns === 4 && 'lg:grid-cols-4')}>
      {articles.map((article) => (
        <li key={article.href}>
          <StoryTeaser article={article} edition={edition} size="block" />
        </li>
      ))}
    </ul>
  )
}
