import type { Metadata } from 'next'
import { ListingRoute, listingPageMetadata, listingSlugs } from '../listing-route'

export const dynamicParams = false

export function generateStaticParams({ params }: { params: { edition: string } }) {
  return listingSlugs(params.edition, 'section').map((section) => ({ section }))
}

type Props = { params: Promise<{ edition: string; section: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition, section } = await params
  return listingPageMetadata({ edition, kind: 'section', slug: section })
}

export default async function SectionFront({ params }: Props) {
  const { edition, section } = await params
  return <ListingRoute address={{ edition, kind: 'section', slug: section }} />
}
