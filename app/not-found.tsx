import type { Metadata } from 'next'
import { NotFoundMessage } from '@/components/layout/not-found-message'
import { getEdition } from '@/lib/site/edition'
import { site } from '@/lib/site/site'

// No `robots` here: Next marks a not-found page noindex itself (a second tag said it twice).
export const metadata: Metadata = {
  title: `${getEdition(site.defaultEdition).t.notFoundTitle} | ${site.name}`,
}

/**
 * Exported as out/404.html, which static hosts serve with status 404 for any missing path.
 * It sits outside the editions, so it speaks the default edition's language.
 */
export default function NotFound() {
  const edition = getEdition(site.defaultEdition)
  return (
    <html lang={edition.code} dir={edition.dir}>
      <body>
        <NotFoundMessage edition={edition} />
      </body>
    </html>
  )
}
