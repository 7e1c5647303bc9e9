import type { Metadata } from 'next'
import {
  ListingRoute,
  type ListingAddress,
  listingPageMetadata,
  listingPages,
} from '../../../../listing-route'

export const dynamicParams = false

export function generateStaticParams({ params }: { params: { edition: string } }) {
  return listingPages(params.edition, 'author').map(({ slug, page }) => ({ author: slug, page }))
}

type Props = { params: Promise<{ edition: string; author: string; page: string }> }

async function address(params: Props['params']): Promise<ListingAddress> {
  const { edition, author, page } = await params
  return { edition, kind: 'author', slug: author, page }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingPageMetadata(await address(params))
}

export default async function AuthorPageRoute({ params }: Props) {
  return <ListingRoute address={await address(params)} />
}
