import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { EditionChrome } from '@/components/layout/edition-chrome'
import { FrontPage } from '@/components/teaser/front-page'
import { exportReader } from '@/lib/content/page-reader'
import { getEdition, siteIdentity } from '@/lib/site/edition'
import { editionUrl } from '@/lib/site/routes'
import { pageMetadata } from '@/lib/outputs/seo'

type Props = { params: Promise<{ edition: string }> }

async function load(params: Props['params']) {
  const edition = getEdition((await params).edition)
  const record = await exportReader.page(editionUrl(edition.code))
  if (record?.kind !== 'front') notFound()
  return { edition, record }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition, record } = await load(params)
  return {
    ...pageMetadata(siteIdentity(edition), {
      title: edition.name,
      description: edition.tagline,
      path: editionUrl(edition.code),
      alternates: record.alternates,
    }),
    title: { absolute: `${edition.name}: ${edition.tagline}` },
  }
}

export default async function EditionFrontPage({ params }: Props) {
  const { edition, record } = await load(params)
  return (
    <EditionChrome
      edition={edition}
      chrome={await exportReader.chrome(edition.code)}
      alternates={record.alternates}
    >
      <FrontPage front={record.front} edition={edition} />
    </EditionChrome>
  )
}
