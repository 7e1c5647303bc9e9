import { TeaserGrid } from '@/components/teaser/teaser-grid'
import type { ArticleSummary } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'

type Props = {
  articles: ArticleSummary[]
  edition: EditionContext
}

/** Stories from the same section or on the same topics, after the body. */
export function RelatedArticles({ articles, edition }: Props) {
  if (articles.length === 0) return null
  return (
    <section
      aria-labelledby="related"
      className="mt-12 border-t-2 border-ink pt-3"
      data-print="hide"
    >
      <h2 id="related" className="mb-4 font-sans text-lg font-bold">
        {edition.t.related}
      </h2>
      <TeaserGrid articles={articles} edition={edition} columns={2} />
    </section>
  )
}
