import type { Metadata } from 'next'
import {
  ListingRoute,
  type ListingAddress,
  listingPageMetadata,
  listingSlugs,
} from '../../listing-route'

export const dynamicParams = false

export function generateStaticParams({ params }: { params: { edition: string } }) {
  return listingSlugs(params.edition, 'author').map((author) => ({ author }))
}

type Props = { params: Promise<{ edition: string; author: string }> }

async function address(params: Props['params']): Promise<ListingAddress> {
  const { edition, author } = await params
  return { edition, kind: 'author', slug: author }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingPageMetadata(await address(params))
}

export default async function AuthorRoute({ params }: Props) {
  return <ListingRoute address={await address(params)} />
}
