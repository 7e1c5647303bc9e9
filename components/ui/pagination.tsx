import { formatForEdition, type EditionContext } from '@/lib/site/edition'
import { TextLink } from '@/components/ui/text-link'

/** Set in a small bold sans, like the other page furniture. */
const LINK_CLASS = 'shrink-0 whitespace-nowrap font-sans text-sm font-semibold'

type Props = {
  /** The page of newer stories and of older ones, where there is one */
  newerHref: string | undefined
  olderHref: string | undefined
  /** A numbered page's stories span these dates (its oldest and newest); the newest page none */
  span: { from: Date; to: Date } | undefined
  edition: EditionContext
  /** What the two links say: the edition's "Newer" and "Older" unless given (a live page's updates) */
  labels?: { newer: string; older: string } | undefined
}

/**
 * Newer / Older links, with the dates a numbered page spans between them: pages are numbered
 * from the oldest (lib/newsroom/pagination.ts), so its dates tell a reader where they are better
 * than its number. Plain links, so it works without JavaScript.
 */
export function Pagination({ newerHref, olderHref, span, edition, labels }: Props) {
  if (!newerHref && !olderHref) return null
  const { t } = edition
  const { newer, older } = labels ?? { newer: t.previousPage, older: t.nextPage }
  return (
    <nav
      aria-label={t.pagination}
      className="mt-10 flex items-center justify-between gap-4 border-t border-rule pt-4"
    >
      {newerHref ? (
        <TextLink hoverPlain href={newerHref} rel="prev" className={LINK_CLASS}>
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            ←
          </span>{' '}
          {newer}
        </TextLink>
      ) : (
        <span />
      )}
      {span ? (
        <span className="text-center font-sans text-sm text-muted">
          {t.pageDates(
            formatForEdition(edition, span.from, 'date'),
            formatForEdition(edition, span.to, 'date'),
          )}
        </span>
      ) : null}
      {olderHref ? (
        <TextLink hoverPlain href={olderHref} rel="next" className={LINK_CLASS}>
          {older}{' '}
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            →
          </span>
        </TextLink>
      ) : (
        <span />
      )}
    </nav>
  )
}
