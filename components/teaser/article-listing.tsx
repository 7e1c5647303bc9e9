import type { ReactNode } from 'react'
import { Pagination } from '@/components/ui/pagination'
import type { ArticleSummary } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'
import { LATEST, type ListingPage } from '@/lib/newsroom/pagination'
import { StoryTeaser } from './story-teaser'

type Props = {
  header: ReactNode
  paged: ListingPage<ArticleSummary>
  hrefForPage: (page: number) => string
  edition: EditionContext
}

/** The dates of a page's oldest and newest stories (they are held newest first). */
function span(items: readonly ArticleSummary[]): { from: Date; to: Date } | undefined {
  const [newest, oldest] = [items[0], items.at(-1)]
  return newest && oldest
    ? { from: new Date(oldest.published), to: new Date(newest.published) }
    : undefined
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
        newerHref={paged.newer === undefined ? undefined : hrefForPage(paged.newer)}
        olderHref={paged.older === undefined ? undefined : hrefForPage(paged.older)}
        span={paged.page === LATEST ? undefined : span(paged.items)}
        edition={edition}
      />
    </div>
  )
}
