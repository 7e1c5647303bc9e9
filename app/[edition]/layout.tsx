import type { Metadata } from 'next'
import type { CSSProperties, ReactNode } from 'react'
import { editionParams, getEdition } from '@/lib/edition'
import { PREVIEW_FONT_FACES } from '@/lib/fonts'
import { site } from '@/lib/site'

// Unknown editions are refused by getEdition (notFound). No dynamicParams here: a `false` on the
// layout would hold for every route below it, and the Worker's routes render on demand.
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

/**
 * The root element of every page in an edition: language and direction. The masthead and footer
 * come from each page's EditionChrome, which knows the page's translations.
 */
export default async function EditionLayout({ children, params }: Props) {
  const edition = getEdition((await params).edition)
  // Print style sheets append this to relative links so a printed article carries full URLs.
  const printBase = { '--site-url': JSON.stringify(site.baseUrl) } as CSSProperties
  return (
    <html lang={edition.code} dir={edition.dir} style={printBase}>
      <body className="min-h-screen">
        {/* The build writes each page's faces itself (lib/page-html.ts); the preview links the full ones. */}
        {process.env.NODE_ENV === 'development' && (
          <link rel="stylesheet" href={PREVIEW_FONT_FACES} precedence="default" />
        )}
        {children}
      </body>
    </html>
  )
}
