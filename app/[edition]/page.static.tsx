import type { Metadata } from 'next'
import { EditionChrome } from '@/components/layout/edition-chrome'
import { FrontPage } from '@/components/teaser/front-page'
import { alternates, getEditionChrome, getFrontPage } from '@/lib/content/export-reader'
import { getEdition, siteIdentity } from '@/lib/site/edition'
import { editionUrl } from '@/lib/site/routes'
import { pageMetadata } from '@/lib/outputs/seo'

type Props = { params: Promise<{ edition: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const edition = getEdition((await params).edition)
  return {
    ...pageMetadata(siteIdentity(edition), {
      title: edition.name,
      description: edition.tagline,
      path: editionUrl(edition.code),
      alternates: alternates.frontPage(),
    }),
    title: { absolute: `${edition.name}: ${edition.tagline}` },
  }
}

export default async function EditionFrontPage({ params }: Props) {
  const edition = getEdition((await params).edition)
  return (
    <EditionChrome
      edition={edition}
      chrome={getEditionChrome(edition.code)}
      alternates={alternates.frontPage()}
    >
      <FrontPage front={getFrontPage(edition.code)} edition={edition} />
    </EditionChrome>
  )
}
