import type { Metadata } from 'next'
import { EditionChrome } from '@/components/layout/edition-chrome'
import { SearchPage } from '@/components/search/search-page'
import { alternates, getEditionChrome } from '@/lib/content/export-reader'
import { getEdition, siteIdentity } from '@/lib/site/edition'
import { searchUrl } from '@/lib/site/routes'
import { pageMetadata } from '@/lib/outputs/seo'

type Props = { params: Promise<{ edition: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const edition = getEdition((await params).edition)
  return pageMetadata(siteIdentity(edition), {
    title: edition.t.search.title,
    description: edition.t.search.label,
    path: searchUrl(edition.code),
    alternates: alternates.search(),
    noindex: true,
  })
}

export default async function SearchRoute({ params }: Props) {
  const edition = getEdition((await params).edition)
  return (
    <EditionChrome
      edition={edition}
      chrome={getEditionChrome(edition.code)}
      alternates={alternates.search()}
    >
      <SearchPage edition={edition} />
    </EditionChrome>
  )
}
