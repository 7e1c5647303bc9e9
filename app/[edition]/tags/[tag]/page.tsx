import type { Metadata } from 'next'
import { decodeSegment } from '@/lib/routes'
import {
  ListingRoute,
  type ListingAddress,
  listingPageMetadata,
  listingSlugs,
} from '../../listing-route'

export const dynamicParams = false

export function generateStaticParams({ params }: { params: { edition: string } }) {
  return listingSlugs(params.edition, 'tag').map((tag) => ({ tag }))
}

type Props = { params: Promise<{ edition: string; tag: string }> }

async function address(params: Props['params']): Promise<ListingAddress> {
  const { edition, tag } = await params
  return { edition, kind: 'tag', slug: decodeSegment(tag) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingPageMetadata(await address(params))
}

export default async function TagRoute({ params }: Props) {
  return <ListingRoute address={await address(params)} />
}
