import { numberForEdition, type EditionContext } from '@/lib/site/edition'
import { TextLink } from '@/components/ui/text-link'

/** Set in a small bold sans, like the other page furniture. */
const LINK_CLASS = 'font-sans text-sm font-semibold'

type Props = {
  page: number
  totalPages: number
  /** URL of a given page number */
  hrefFor: (page: number) => string
  edition: EditionContext
}

/** Newer / Older links with the page count between; plain links, so it works without JavaScript. */
export function Pagination({ page, totalPages, hrefFor, edition }: Props) {
  if (totalPages <= 1) return null
  const { t } = edition
  return (
    <nav
      aria-label={t.pagination}
      className="mt-10 flex items-center justify-between border-t border-rule pt-4"
    >
      {page > 1 ? (
        <TextLink hoverPlain href={hrefFor(page - 1)} rel="prev" className={LINK_CLASS}>
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            ←
          </span>{' '}
          {t.previousPage}
        </TextLink>
      ) : (
        <span />
      )}
      <span className="font-sans text-sm text-muted">
        {t.pageOf(numberForEdition(edition, page), numberForEdition(edition, totalPages))}
      </span>
      {page < totalPages ? (
        <TextLink hoverPlain href={hrefFor(page + 1)} rel="next" className={LINK_CLASS}>
          {t.nextPage}{' '}
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
