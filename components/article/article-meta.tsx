import { TimeStamp } from '@/components/ui/time-stamp'
import type { ArticleDetail } from '@/lib/newsroom/view-models'
import { numberForEdition, type EditionContext } from '@/lib/site/edition'
import { Byline } from './byline'

type Props = {
  article: ArticleDetail
  edition: EditionContext
}

/** Byline, dateline, published and updated times and reading time, in one line of small sans. */
export function ArticleMeta({ article, edition }: Props) {
  const { t } = edition
  return (
    <div className="mt-5 flex flex-wrap items-baseline gap-x-3 gap-y-1 border-y border-rule py-3 font-sans text-sm text-muted">
      <Byline authors={article.authors} edition={edition} />
      {article.dateline && (
        <span className="font-semibold tracking-wide text-ink uppercase">{article.dateline}</span>
      )}
      <span>
        <span className="sr-only">{t.published} </span>
        <TimeStamp iso={article.published} edition={edition} style="dateTime" />
      </span>
      {article.updated && (
        <span>
          {t.updated} <TimeStamp iso={article.updated} edition={edition} style="dateTime" />
        </span>
      )}
      {/* A live page grows by the hour: its reading time would mislead. */}
      {!article.live && (
        <span>
          {t.minRead(article.readingMinutes, numberForEdition(edition, article.readingMinutes))}
        </span>
      )}
    </div>
  )
}
