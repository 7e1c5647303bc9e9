import type { SectionRef } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'
import { editionUrl } from '@/lib/site/routes'

type Props = {
  trail: SectionRef[]
  edition: EditionContext
  /** Whether the last crumb is the page itself (a section front) rather than its parent */
  lastIsCurrent?: boolean
}

/** Home › Iraq News › Local News */
export function Breadcrumb({ trail, edition, lastIsCurrent = false }: Props) {
  const crumbs = [{ title: edition.t.home, href: editionUrl(edition.code), slug: '' }, ...trail]
  return (
    <nav
      aria-label={edition.t.breadcrumb}
      className="font-sans text-sm text-muted"
      data-print="hide"
    >
      <ol className="breadcrumb-trail">
        {crumbs.map((crumb, index) => {
          const isLast = index === crumbs.length - 1
          return (
            <li key={crumb.href}>
              {index > 0 && (
                <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
                  ›
                </span>
              )}
              <a href={crumb.href} aria-current={isLast && lastIsCurrent ? 'page' : undefined}>
                {crumb.title}
              </a>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
