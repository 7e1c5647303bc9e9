import { Breadcrumb } from '@/components/ui/breadcrumb'
import type { ArticleDetail } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'
import { LiveLabel } from '@/components/live/live-label'
import { ArticleMeta } from './article-meta'

type Props = {
  article: ArticleDetail
  edition: EditionContext
}

function Label({ article, edition }: Props) {
  switch (article.kind) {
    case 'opinion':
      return (
        <p className="mt-4 inline-block bg-accent px-2 py-0.5 font-sans text-sm font-bold tracking-wide text-accent-ink uppercase">
          {edition.t.opinion}
        </p>
      )
    case 'news':
      return null
  }
}

/** Breadcrumb, label, headline, standfirst and the meta line. */
export function ArticleHeader({ article, edition }: Props) {
  return (
    <header>
      {/* Search indexes the headline, standfirst and body only (see ArticlePage). */}
      <div data-pagefind-ignore="all">
        <Breadcrumb trail={article.trail} edition={edition} />
        <Label article={article} edition={edition} />
        {article.live && (
          <LiveLabel status={article.live.status} edition={edition} className="mt-4" />
        )}
        {article.status !== 'published' && (
          <p className="mt-4 inline-block border-2 border-dashed border-accent px-2 py-0.5 font-sans text-sm font-bold text-accent">
            {article.status === 'draft' ? edition.t.draft : edition.t.scheduled}
          </p>
        )}
      </div>
      <h1
        id="headline"
        data-pagefind-meta="title"
        data-pagefind-weight="10"
        className="mt-3 font-headline text-3xl leading-[1.15] font-bold text-balance md:text-5xl"
      >
        {article.title}
      </h1>
      {article.kind === 'opinion' && article.authors.length > 0 && (
        <p className="mt-4 font-sans text-xl font-semibold" data-pagefind-ignore="all">
          {article.authors.map((author) => author.name).join(', ')}
        </p>
      )}
      <p
        data-pagefind-meta="standfirst"
        data-pagefind-weight="5"
        className="mt-4 text-xl leading-snug text-muted md:text-2xl"
      >
        {article.summary}
      </p>
      <div data-pagefind-ignore="all">
        <ArticleMeta article={article} edition={edition} />
      </div>
    </header>
  )
}
