import type { ReactNode } from 'react'
import { Pagination } from '@/components/ui/pagination'
import type { ArticleSummary } from '@/lib/content-types'
import type { EditionContext } from '@/lib/edition'
import type { Paged } from '@/lib/pagination'
import { StoryTeaser } from './story-teaser'

type Props = {
  header: ReactNode
  paged: Paged<ArticleSummary>
  hrefForPage: (page: number) => string
  edition: EditionContext
}

/** A section front, tag page or author page: its header, stories newest first, and pages. */
export function ArticleListing({ header, paged, hrefForPage, edition }: Props) {
  const [first, ...rest] = paged.items
  return (
    <div className="mx-auto max-w-5xl">
      {header}
      {first ? (
        <ol className="mt-6 divide-y divide-rule border-t border-rule">
          {[first, ...rest].map((article, index) => (
            <li key={article.href} className="py-5">
              <StoryTeaser article={article} edition={edition} size={index === 0 && paged.page === 1 ? 'top' : 'block'} headingLevel={2} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-8 text-muted">{edition.t.noArticles}</p>
      )}
      <Pagination page={paged.page} totalPages={paged.totalPages} hrefFor={hrefForPage} edition={edition} />
    </div>
  )
}
