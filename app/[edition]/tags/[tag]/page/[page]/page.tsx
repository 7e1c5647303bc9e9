import type { Metadata } from 'next'
import { EditionChrome } from '@/components/layout/edition-chrome'
import { notFound } from 'next/navigation'
import { ArticleListing } from '@/components/teaser/article-listing'
import { ListingHeader } from '@/components/teaser/listing-header'
import { FirstPagePointer } from '@/components/ui/first-page-pointer'
import { getEditionChrome, getTagPage, getTagPageParams } from '@/lib/content'
import { getEdition, siteIdentity } from '@/lib/edition'
import { parsePageNumber } from '@/lib/pagination'
import { decodeSegment, tagUrl } from '@/lib/routes'
import { pageMetadata } from '@/lib/seo'

export const dynamicParams = false

export function generateStaticParams({ params }: { params: { edition: string } }) {
  return getTagPageParams(getEdition(params.edition).code)
}

type Props = { params: Promise<{ edition: string; tag: string; page: string }> }

async function load(params: Props['params']) {
  const { edition: code, tag, page: segment } = await params
  const edition = getEdition(code)
  const page = parsePageNumber(segment)
  const paged = page === undefined ? undefined : getTagPage(edition.code, decodeSegment(tag), page)
  if (!paged) notFound()
  return { edition, paged }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition, paged } = await load(params)
  const title = `${edition.t.tagTitle(paged.tag.label)} (${paged.page})`
  return pageMetadata(siteIdentity(edition), {
    title,
    description: title,
    path: tagUrl(edition.code, paged.tag.label, paged.page),
  })
}

export default async function TagPageRoute({ params }: Props) {
  const { edition, paged } = await load(params)
  return (
    <EditionChrome edition={edition} chrome={getEditionChrome(edition.code)}>
      {paged.page === 1 ? (
        <FirstPagePointer href={paged.tag.href} title={paged.tag.label} />
      ) : (
        <ArticleListing
          header={<ListingHeader kicker={edition.t.tags} title={paged.tag.label} />}
          paged={paged}
          hrefForPage={(page) => tagUrl(edition.code, paged.tag.label, page)}
          edition={edition}
        />
      )}
    </EditionChrome>
  )
}
