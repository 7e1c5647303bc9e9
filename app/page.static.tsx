import type { Metadata } from 'next'
import { editionUrl } from '@/lib/site/routes'
import { editionConfig, site } from '@/lib/site/site'

const target = editionUrl(site.defaultEdition)

export const metadata: Metadata = {
  title: site.name,
  robots: { index: false },
  alternates: { canonical: `${site.baseUrl}${target}` },
}

/**
 * `/` sends readers to the default edition. The host should do this with a redirect rule (see the
 * docs/deploy/README.md); this page is the fallback for hosts without one, and works without JS.
 */
export default function RootRedirect() {
  const edition = editionConfig(site.defaultEdition)
  return (
    <html lang={edition.code} dir={edition.dir}>
      <head>
        <meta httpEquiv="refresh" content={`0; url=${target}`} />
      </head>
      <body className="p-8 font-sans">
        <p>
          {/* Not TextLink: this page loads no framework code, and TextLink's module brings Next's Link. */}
          <a href={target} className="text-link underline">
            {edition.name}
          </a>
        </p>
      </body>
    </html>
  )
}
