/**
 * What every listing route does (section fronts, topics, authors, and their /page/N/):
 * read the address, ask lib/content for the listing, notFound() on a miss, render.
 */
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ListingPage } from '@/components/teaser/listing-page'
import { getEditionChrome, getListing, getListingPages } from '@/lib/content'
import { getEdition, siteIdentity } from '@/lib/edition'
import type { ListingKind } from '@/lib/newsroom'
import { parsePageNumber } from '@/lib/pagination'
import { listingMetadata } from '@/lib/seo'

/** A listing's address: its edition, kind and slug, and the /page/N/ segment when there is one. */
export type ListingAddress = { edition: string; kind: ListingKind; slug: string; page?: string }

function load({ edition: code, kind, slug, page }: ListingAddress) {
  const edition = getEdition(code)
  const number = page === undefined ? 1 : parsePageNumber(page)
  const listing = number === undefined ? undefined : getListing(edition.code, kind, slug, number)
  if (!listing) notFound()
  return { edition, listing, route: page === undefined ? ('first' as const) : ('paged' as const) }
}

export function listingPageMetadata(address: ListingAddress): Metadata {
  const { edition, listing, route } = load(address)
  return listingMetadata(siteIdentity(edition), edition.t, listing, route)
}

/** The page of the listing at `address`. */
export function ListingRoute({ address }: { address: ListingAddress }) {
  const { edition, listing, route } = load(address)
  return (
    <ListingPage
      listing={listing}
      edition={edition}
      chrome={getEditionChrome(edition.code)}
      route={route}
    />
  )
}

/** The slugs of every listing of a kind in an edition. */
export function listingSlugs(edition: string, kind: ListingKind): string[] {
  const slugs = getListingPages(getEdition(edition).code, kind).map(({ slug }) => slug)
  return [...new Set(slugs)]
}

/** Every page of every listing of a kind in an edition, /page/1/ included. */
export function listingPages(edition: string, kind: ListingKind): { slug: string; page: string }[] {
  return getListingPages(getEdition(edition).code, kind).map(({ slug, page }) => ({
    slug,
    page: String(page),
  }))
}
