import type { Metadata } from 'next'
import { EditionChrome } from '@/components/layout/edition-chrome'
import { notFound } from 'next/navigation'
import { ArticleListing } from '@/components/teaser/article-listing'
import { ListingHeader } from '@/components/teaser/listing-header'
import { getEditionChrome, getTagPage, getTagSlugs } from '@/lib/content'
import { getEdition, siteIdentity } from '@/lib/edition'
import { decodeSegment, tagUrl } from '@/lib/routes'
import { pageMetadata } from '@/lib/seo'

export const dynamicParams = false

export function generateStaticParams({ params }: { params: { edition: string } }) {
  return getTagSlugs(getEdition(params.edition).code).map((tag) => ({ tag }))
}

type Props = { params: Promise<{ edition: string; tag: string }> }

async function load(params: Props['params']) {
  const { edition: code, tag } = await params
  const edition = getEdition(code)
  const paged = getTagPage(edition.code, decodeSegment(tag), 1)
  if (!paged) notFound()
  return { edition, paged }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition, paged } = await load(params)
  const title = edition.t.tagTitle(paged.tag.label)
  return pageMetadata(siteIdentity(edition), { title, description: title, path: paged.tag.href })
}

export default async function TagRoute({ params }: Props) {
  const { edition, paged } = await load(params)
  // Topics are per edition: the edition switch leads to the other editions' front pages.
  return (
    <EditionChrome edition={edition} chrome={getEditionChrome(edition.code)}>
      <ArticleListing
        header={<ListingHeader kicker={edition.t.tags} title={paged.tag.label} />}
        paged={paged}
        hrefForPage={(page) => tagUrl(edition.code, paged.tag.label, page)}
        edition={edition}
      />
    </EditionChrome>
  )
}
