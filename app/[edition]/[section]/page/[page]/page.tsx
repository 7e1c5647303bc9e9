import type { Metadata } from 'next'
import {
  ListingRoute,
  type ListingAddress,
  listingPageMetadata,
  listingPages,
} from '../../../listing-route'

export const dynamicParams = false

export function generateStaticParams({ params }: { params: { edition: string } }) {
  return listingPages(params.edition, 'section').map(({ slug, page }) => ({ section: slug, page }))
}

type Props = { params: Promise<{ edition: string; section: string; page: string }> }

async function address(params: Props['params']): Promise<ListingAddress> {
  const { edition, section, page } = await params
  return { edition, kind: 'section', slug: section, page }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingPageMetadata(await address(params))
}

export default async function SectionFrontPage({ params }: Props) {
  return <ListingRoute address={await address(params)} />
}
