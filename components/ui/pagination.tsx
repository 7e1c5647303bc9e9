import Link from 'next/link'
import { numberForEdition, type EditionContext } from '@/lib/edition'

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
  const linkClass = 'font-sans text-sm font-semibold text-link underline hover:no-underline'
  return (
    <nav
      aria-label={t.pagination}
      className="mt-10 flex items-center justify-between border-t border-rule pt-4"
    >
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            ←
          </span>{' '}
          {t.previousPage}
        </Link>
      ) : (
        <span />
      )}
      <span className="font-sans text-sm text-muted">
        {t.pageOf(numberForEdition(edition, page), numberForEdition(edition, totalPages))}
      </span>
      {page < totalPages ? (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {t.nextPage}{' '}
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            →
          </span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
