import type { ReactNode } from 'react'
import type { Alternates } from '@/lib/newsroom/alternates'
import type { EditionChromeData } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'
import { BreakingStrip } from './breaking-strip'
import { EditionSwitch } from './edition-switch'
import { Footer } from './footer'
import { Masthead } from './masthead'
import { SkipLink } from './skip-link'

type Props = {
  edition: EditionContext
  chrome: EditionChromeData
  /** This page in other editions, for the edition switch */
  alternates?: Alternates
  children: ReactNode
}

/**
 * Masthead, breaking strip, main content and footer. Each page renders it (rather than the
 * layout) because the edition switch must know the page: a translated story links to its
 * translation.
 */
export function EditionChrome({ edition, chrome, alternates = {}, children }: Props) {
  return (
    <>
      <SkipLink label={edition.t.skipToContent} />
      <Masthead
        edition={edition}
        sections={chrome.sections}
        editionSwitch={<EditionSwitch edition={edition} alternates={alternates} />}
      />
      <BreakingStrip stories={chrome.breaking} edition={edition} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 pt-6 outline-none">
        {children}
      </main>
      <Footer edition={edition} sections={chrome.sections} pages={chrome.pages} />
    </>
  )
}
