import type { ReactNode } from 'react'
import { buildTime } from '@/lib/site/clock'
import type { NavSection } from '@/lib/newsroom/view-models'
import { formatForEdition, type EditionContext } from '@/lib/site/edition'
import { isoDateIn } from '@/lib/site/format'
import { editionUrl } from '@/lib/site/routes'
import { SearchForm } from '@/components/search/search-form'
import { stampName } from '@/lib/finish/stamps'
import { SectionNav } from './section-nav'

type Props = {
  edition: EditionContext
  sections: NavSection[]
  editionSwitch: ReactNode
}

/** Date line, wordmark and section navigation, shared by every page of an edition. */
export function Masthead({ edition, sections, editionSwitch }: Props) {
  return (
    <header>
      <div className="mx-auto flex max-w-7xl flex-wrap items-end justify-between gap-x-6 gap-y-2 px-4 py-4 md:py-6">
        {/* The wordmark sits at the inline start: the left in English, the right in Arabic. It is
            set in the text serif (Naskh in Arabic), as on the share cards. */}
        <a
          href={editionUrl(edition.code)}
          className="font-serif text-3xl font-bold tracking-tight md:text-5xl"
        >
          {edition.name}
        </a>
        <div
          className="w-full font-sans text-xs text-muted sm:w-auto sm:text-end"
          data-print="hide"
        >
          {/* The date of the build: the one deliberate time-dependent line on every page, stamped
              into pages carried from an earlier day (lib/finish/stamps.ts). */}
          <p data-stamp={stampName(edition.code, 'date-line')}>
            <bdi>
              <time dateTime={isoDateIn(buildTime, edition.dates.timeZone)}>
                {formatForEdition(edition, buildTime, 'long')}
              </time>
            </bdi>
            {edition.hijriDate && (
              <>
                {edition.t.separator}
                <bdi>{formatForEdition(edition, buildTime, 'hijri')}</bdi>
              </>
            )}
          </p>
          <p className="hidden sm:block">{edition.tagline}</p>
          <div className="mt-1">{editionSwitch}</div>
          <SearchForm
            edition={edition}
            id="masthead-search"
            landmarkLabel={edition.t.search.label}
            className="mt-2 w-full sm:w-64"
          />
        </div>
      </div>
      <SectionNav sections={sections} edition={edition} />
    </header>
  )
}
