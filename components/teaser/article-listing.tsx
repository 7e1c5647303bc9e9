import type { ReactNode } from 'react'
import { Pagination } from '@/components/ui/pagination'
import type { ArticleSummary } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'
import type { Paged } from '@/lib/newsroom/pagination'
import { StoryTeaser } from './story-teaser'

type Props = {
  header: ReactNode
  paged: Paged<ArticleSummary>
  hrefForPage: (page: number) => string
  edition: EditionContext
}

/** A section front, tag page or author page: its header, stories newest first, and pages. */
export function ArticleListing({ header, paged, hrefForPage, edition }: Props) {
  return (
    <div className="mx-auto max-w-5xl">
      {header}
      {paged.items.length > 0 ? (
        <ol className="mt-2 divide-y divide-rule">
          {paged.items.map((article) => (
            <li key={article.href} className="py-5">
              <StoryTeaser article={article} edition={edition} size="row" headingLevel={2} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-8 text-muted">{edition.t.noArticles}</p>
      )}
      <Pagination
        page={paged.page}
        totalPages={paged.totalPages}
        hrefFor={hrefForPage}
        edition={edition}
      />
    </div>
  )
}
