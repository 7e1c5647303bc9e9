import type { Metadata } from 'next'
import { decodeSegment } from '@/lib/routes'
import {
  ListingRoute,
  type ListingAddress,
  listingPageMetadata,
  listingPages,
} from '../../../../listing-route'

export const dynamicParams = false

export function generateStaticParams({ params }: { params: { edition: string } }) {
  return listingPages(params.edition, 'tag').map(({ slug, page }) => ({ tag: slug, page }))
}

type Props = { params: Promise<{ edition: string; tag: string; page: string }> }

async function address(params: Props['params']): Promise<ListingAddress> {
  const { edition, tag, page } = await params
  return { edition, kind: 'tag', slug: decodeSegment(tag), page }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingPageMetadata(await address(params))
}

export default async function TagPageRoute({ params }: Props) {
  return <ListingRoute address={await address(params)} />
}
