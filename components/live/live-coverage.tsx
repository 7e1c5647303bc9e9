import { TimeStamp } from '@/components/ui/time-stamp'
import { Pagination } from '@/components/ui/pagination'
import type { ArticleDetail, LiveView } from '@/lib/newsroom/view-models'
import { numberForEdition, type EditionContext } from '@/lib/site/edition'
import { articleUrl } from '@/lib/site/routes'
import { KeyEvents } from './key-events'
import { LiveLabel } from './live-label'
import { LiveUpdate } from './live-update'
import { NewUpdatesNotice } from './new-updates-notice'

type Props = {
  article: ArticleDetail
  live: LiveView
  edition: EditionContext
}

/**
 * A live page's updates, newest first: its state and count, the key points and key events, the
 * pinned update on its own address, then this page's updates and the links to newer and older
 * pages (numbered from the oldest: a page of older updates keeps its address).
 */
export function LiveCoverage({ article, live, edition }: Props) {
  const { t } = edition
  const { updates } = live
  const pageHref = (page: number) =>
    articleUrl(article.edition, article.section.slug, article.slug, page)
  return (
    <section aria-labelledby="live-updates" className="mt-8">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 font-sans text-sm text-muted">
        <LiveLabel status={live.status} edition={edition} />
        {live.count !== undefined && (
          <span>{t.live.updateCount(live.count, numberForEdition(edition, live.count))}</span>
        )}
        {live.status === 'ended' && live.ended ? (
          <span>
            {t.live.coverageEnded} <TimeStamp iso={live.ended} edition={edition} style="dateTime" />
          </span>
        ) : (
          live.latest && (
            <span>
              {t.live.lastUpdate} <TimeStamp iso={live.latest} edition={edition} style="dateTime" />
            </span>
          )
        )}
      </p>
      <KeyEvents live={live} edition={edition} />
      {live.pinned && <LiveUpdate update={live.pinned} edition={edition} pinned />}
      <h2 id="live-updates" className="sr-only">
        {t.live.updates}
      </h2>
      <ol className="mt-6">
        {updates.items.map((update) => (
          <li key={update.id}>
            <LiveUpdate update={update} edition={edition} />
          </li>
        ))}
      </ol>
      {live.status === 'live' && live.count !== undefined && (
        <NewUpdatesNotice href={article.href} count={live.count} edition={edition} />
      )}
      <Pagination
        newerHref={updates.newer === undefined ? undefined : pageHref(updates.newer)}
        olderHref={updates.older === undefined ? undefined : pageHref(updates.older)}
        span={undefined}
        edition={edition}
        labels={{ newer: t.live.newer, older: t.live.older }}
      />
    </section>
  )
}
