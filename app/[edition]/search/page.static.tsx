import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { EditionChrome } from '@/components/layout/edition-chrome'
import { SearchPage } from '@/components/search/search-page'
import { exportReader } from '@/lib/content/page-reader'
import { getEdition, siteIdentity } from '@/lib/site/edition'
import { searchUrl } from '@/lib/site/routes'
import { pageMetadata } from '@/lib/outputs/seo'

type Props = { params: Promise<{ edition: string }> }

async function load(params: Props['params']) {
  const edition = getEdition((await params).edition)
  const record = await exportReader.page(searchUrl(edition.code))
  if (record?.kind !== 'search') notFound()
  return { edition, record }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition, record } = await load(params)
  return pageMetadata(siteIdentity(edition), {
    title: edition.t.search.title,
    description: edition.t.search.label,
    path: searchUrl(edition.code),
    alternates: record.alternates,
    noindex: true,
  })
}

export default async function SearchRoute({ params }: Props) {
  const { edition, record } = await load(params)
  return (
    <EditionChrome
      edition={edition}
      chrome={await exportReader.chrome(edition.code)}
      alternates={record.alternates}
    >
      <SearchPage edition={edition} />
    </EditionChrome>
  )
}
