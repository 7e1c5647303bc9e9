import type { Metadata } from 'next'
import type { CSSProperties, ReactNode } from 'react'
import { BreakingStrip } from '@/components/layout/breaking-strip'
import { Footer } from '@/components/layout/footer'
import { Masthead } from '@/components/layout/masthead'
import { SkipLink } from '@/components/layout/skip-link'
import { getBreakingNews, getNavigation, getPages } from '@/lib/content'
import { editionParams, getEdition } from '@/lib/edition'
import { site } from '@/lib/site'

export const dynamicParams = false
export const generateStaticParams = editionParams

type Props = {
  children: ReactNode
  params: Promise<{ edition: string }>
}

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const edition = getEdition((await params).edition)
  return {
    metadataBase: new URL(site.baseUrl),
    title: { default: edition.name, template: `%s | ${edition.name}` },
    description: edition.tagline,
  }
}

/** The root element of every page in an edition: language, direction, masthead and footer. */
export default async function EditionLayout({ children, params }: Props) {
  const edition = getEdition((await params).edition)
  const sections = getNavigation(edition.code)
  // Print style sheets append this to relative links so a printed article carries full URLs.
  const printBase = { '--site-url': JSON.stringify(site.baseUrl) } as CSSProperties
  return (
    <html lang={edition.code} dir={edition.dir} style={printBase}>
      <body className="min-h-screen">
        <SkipLink label={edition.t.skipToContent} />
        <Masthead edition={edition} sections={sections} />
        <BreakingStrip stories={getBreakingNews(edition.code)} edition={edition} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 pt-6 outline-none">
          {children}
        </main>
        <Footer edition={edition} sections={sections} pages={getPages(edition.code)} />
      </body>
    </html>
  )
}
