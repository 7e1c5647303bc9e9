import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { editionParams, getEdition } from '@/lib/site/edition'
import { PREVIEW_FONT_FACES } from '@/lib/finish/faces'
import { site } from '@/lib/site/site'

/**
 * The edition's layout, for its two route files: layout.static.tsx (the export and the preview,
 * which refuse unknown parameters) and layout.edge.tsx (the Worker, whose routes render on demand:
 * a `dynamicParams = false` on a layout holds for every route below it).
 */
export { editionParams }

type Props = {
  children: ReactNode
  params: Promise<{ edition: string }>
}

export async function editionMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
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
export async function EditionLayout({ children, params }: Props) {
  const edition = getEdition((await params).edition)
  return (
    // The print base (`--site-url`) is written into each page by the build (withPrintBase).
    <html lang={edition.code} dir={edition.dir}>
      <body className="min-h-screen">
        {/* The build writes each page's faces itself (lib/finish/page-html.ts); the preview links the full ones. */}
        {process.env.NODE_ENV === 'development' && (
          <link rel="stylesheet" href={PREVIEW_FONT_FACES} precedence="default" />
        )}
        {children}
      </body>
    </html>
  )
}
